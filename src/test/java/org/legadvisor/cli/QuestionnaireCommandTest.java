package org.legadvisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.legadvisor.knowledge.JsonFiles;

class QuestionnaireCommandTest {

	@Test
	void printsEveryQuestionWithItsIdHelpAndAcceptedAnswers() {
		CliRun run = CliRun.of("questionnaire");

		assertThat(run.exitCode()).isZero();
		assertThat(run.out()).contains("== Mandate and terms of reference ==")
			.contains("[tor.covers]")
			.contains("Only if tor.exists is yes or partly.")
			.contains("Answer: yes | partly | no | dont_know")
			.contains("Answer: a whole number from 0 to 52 (meetings) | dont_know")
			.contains("Answer: a whole number from 0 to 300 (organizations), at most the answer to members.total | dont_know");
	}

	@Test
	void printsABlankAnswersTemplateWithEveryQuestionId() throws Exception {
		CliRun run = CliRun.of("questionnaire", "--template");

		JsonNode template = JsonFiles.mapper().readTree(run.out());
		assertThat(template.get("questionnaireVersion").asText()).isEqualTo("1.0");
		assertThat(template.get("leg").has("name")).isTrue();
		assertThat(template.get("answers").has("finance.attendance")).isTrue();
	}

	@Test
	void theLauncherPrintsTheWholeTemplateBeforeExiting() throws Exception {
		Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
				System.getProperty("java.class.path"), LegAdvisorCommand.class.getName(), "questionnaire", "--template")
			.redirectError(ProcessBuilder.Redirect.DISCARD)
			.start();
		String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

		assertThat(process.waitFor()).isZero();
		assertThat(JsonFiles.mapper().readTree(out).get("answers").has("finance.attendance")).isTrue();
	}

}
