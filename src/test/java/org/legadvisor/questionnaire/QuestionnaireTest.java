package org.legadvisor.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.legadvisor.knowledge.KnowledgeBaseException;

class QuestionnaireTest {

	@TempDir
	Path folder;

	private Questionnaire load(String questions) throws Exception {
		Path file = folder.resolve("questionnaire.json");
		Files.writeString(file, """
				{ "version": "1.0", "title": "T", "intro": "I", "sections": [
				  { "id": "s", "title": "S", "intro": "I", "questions": [ %s ] } ] }""".formatted(questions));
		return Questionnaire.load(file);
	}

	@Test
	void readsTheChecksBetweenAnswersFromTheQuestionnaireFile() throws Exception {
		Questionnaire questionnaire = load("""
				{ "id": "a", "text": "All?", "type": "number", "wholeNumber": true },
				{ "id": "b", "text": "Some?", "type": "number", "atMost": "a" }""");

		assertThat(questionnaire.question("a").orElseThrow().wholeNumber()).isTrue();
		assertThat(questionnaire.question("b").orElseThrow().wholeNumber()).isFalse();
		assertThat(questionnaire.question("b").orElseThrow().atMost()).isEqualTo("a");
	}

	@Test
	void refusesABoundNamingAQuestionItDoesNotHave() {
		assertThatThrownBy(() -> load("""
				{ "id": "b", "text": "Some?", "type": "number", "atMost": "missing" }"""))
			.isInstanceOf(KnowledgeBaseException.class)
			.hasMessageContaining("questionnaire.json")
			.hasMessageContaining("atMost names missing, which is not a number question");
	}

	@Test
	void refusesNumberChecksOnAQuestionThatIsNotANumber() {
		assertThatThrownBy(() -> load("""
				{ "id": "a", "text": "Yes?", "type": "yes_partly_no", "wholeNumber": true }"""))
			.isInstanceOf(KnowledgeBaseException.class)
			.hasMessageContaining("question a: wholeNumber and atMost apply to number questions only");
	}

}
