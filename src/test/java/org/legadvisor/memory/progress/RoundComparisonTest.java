package org.legadvisor.memory.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.legadvisor.knowledge.JsonFiles;
import org.legadvisor.questionnaire.Questionnaire;

class RoundComparisonTest {

	private final RoundComparison comparison = new RoundComparison(
			Questionnaire.load(Path.of("knowledge-base/questionnaire.json")));

	@Test
	void aPrincipleWithTooFewAnswersOnEitherSideHasNoChangeInFigures() throws Exception {
		Progress progress = comparison.compare(snapshot("""
				{"profile": [{"principle": "P1", "name": "Mandate", "score": null, "level": "insufficient",
				              "levelLabel": "Too few answers"}], "findings": []}""", "{}"), snapshot("""
				{"profile": [{"principle": "P1", "name": "Mandate", "score": 60, "level": "developing",
				              "levelLabel": "Developing"}], "findings": []}""", "{}"));

		Progress.PrincipleChange mandate = progress.principles().get(0);
		assertThat(mandate.change()).isNull();
		assertThat(mandate.before().score()).isNull();
		assertThat(mandate.before().levelLabel()).isEqualTo("Too few answers");
		assertThat(mandate.after().score()).isEqualTo(60);
	}

	@Test
	void matchesFindingsByIdAndListsAnAnswerWithdrawnAsChanged() throws Exception {
		Progress progress = comparison.compare(snapshot("""
				{"profile": [], "findings": [{"id": "A", "title": "a"}, {"id": "B", "title": "b"}]}""",
				"{\"tor.exists\": \"no\", \"meetings.per_year\": 2}"), snapshot("""
				{"profile": [], "findings": [{"id": "B", "title": "b, reworded"}, {"id": "C", "title": "c"}]}""",
				"{\"tor.exists\": \"no\"}"));

		assertThat(progress.resolved()).extracting(Progress.FindingRef::id).containsExactly("A");
		assertThat(progress.added()).extracting(Progress.FindingRef::id).containsExactly("C");
		assertThat(progress.persisting()).extracting(Progress.FindingRef::title).containsExactly("b, reworded");
		assertThat(progress.answersChanged()).singleElement().satisfies(change -> {
			assertThat(change.question()).isEqualTo("meetings.per_year");
			assertThat(change.before().asInt()).isEqualTo(2);
			assertThat(change.after()).isNull();
		});
		assertThat(JsonFiles.mapper().valueToTree(progress).has("new")).isTrue();
	}

	private static RoundComparison.Snapshot snapshot(String report, String answers) throws Exception {
		JsonNode document = JsonFiles.mapper().readTree("{\"answers\": " + answers + "}");
		return new RoundComparison.Snapshot(new Progress.Side(null, "x", "v"), JsonFiles.mapper().readTree(report),
				document);
	}

}
