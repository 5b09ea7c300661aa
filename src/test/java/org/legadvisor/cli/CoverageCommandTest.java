package org.legadvisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.legadvisor.authoring.TinyKnowledgeBase;
import org.legadvisor.knowledge.JsonFiles;

class CoverageCommandTest {

	@TempDir
	Path dir;

	private CliRun coverage(String metadata, String... options) throws Exception {
		return coverageOf(TinyKnowledgeBase.write(dir.resolve("kb")),
				TinyKnowledgeBase.rules(dir.resolve("rules"), metadata), options);
	}

	private static CliRun coverageOf(Path knowledgeBase, Path rules, String... options) {
		String[] args = new String[options.length + 5];
		args[0] = "coverage";
		args[1] = "--rules";
		args[2] = rules.toString();
		args[3] = "--knowledge-base";
		args[4] = knowledgeBase.toString();
		System.arraycopy(options, 0, args, 5, options.length);
		return CliRun.of(args);
	}

	@Test
	void exitsWithZeroWhenEverythingIsCovered() throws Exception {
		CliRun run = coverage(TinyKnowledgeBase.COVERING);

		assertThat(run.exitCode()).isZero();
		assertThat(run.out()).containsPattern("P1\\.2 +element +1 +1 +1 +yes")
			.contains("Every function, challenge and element is covered.");
	}

	@Test
	void exitsWithOneNamingAnElementThatIsNotCovered() throws Exception {
		CliRun run = coverage(TinyKnowledgeBase.COVERING.replace("P1.1, P1.2", "P1.1"));

		assertThat(run.exitCode()).isEqualTo(1);
		assertThat(run.out()).containsPattern("P1\\.2 +element +1 +0 +1 +no: no rule")
			.contains("- P1.2 (element) is not covered: no rule");
	}

	@Test
	void exitsWithOneNamingARuleThatReferencesAnUnknownId() throws Exception {
		CliRun run = coverage(TinyKnowledgeBase.COVERING.replace("@principle(\"P1\")", "@principle(\"P9.9\")"));

		assertThat(run.exitCode()).isEqualTo(1);
		assertThat(run.out()).contains("rule P1-no-tor (p1.drl:").contains("names P9.9 in @principle");
	}

	@Test
	void listsWhoReferencesEachIdWithDetailsAndInJson() throws Exception {
		CliRun details = coverage(TinyKnowledgeBase.COVERING, "--details");
		CliRun json = coverage(TinyKnowledgeBase.COVERING, "--format", "json");

		assertThat(details.out()).contains("questions: tor.exists").contains("rules: P1-no-tor").contains("actions: A-TOR");
		JsonNode coverage = JsonFiles.mapper().readTree(json.out());
		assertThat(coverage.get("complete").asBoolean()).isTrue();
		JsonNode function = coverage.get("rows").get(0);
		assertThat(function.get("id").asText()).isEqualTo("F1");
		assertThat(function.get("rules").get(0).asText()).isEqualTo("P1-no-tor");
	}

	@Test
	void documentsTheCoverageRuleInItsHelp() {
		CliRun run = CliRun.of("help", "coverage");

		assertThat(run.out().replaceAll("\\s+", " ")).contains("A challenge is covered when at least one rule names it in @challenge");
	}

	@Test
	void shippedRuleBaseIsFullyCovered() {
		CliRun run = CliRun.of("coverage");

		assertThat(run.exitCode()).as(run.out()).isZero();
	}


	private CliRun answerCoverage(String... options) throws Exception {
		return coverageOf(TinyKnowledgeBase.withAnswerOptions(TinyKnowledgeBase.write(dir.resolve("kb"))),
				TinyKnowledgeBase.answerRules(dir.resolve("rules")), options);
	}

	@Test
	void showsEveryAnswerWithTheRulesItCanTriggerOrWhyItIsHealthy() throws Exception {
		CliRun run = answerCoverage("--unread-answers", "note");

		assertThat(run.exitCode()).as(run.out()).isZero();
		assertThat(run.out()).containsPattern("\\n {4}no +P1-no-tor\\n")
			.containsPattern("\\n {4}rarely +P1-irregular \\(through meetings\\.irregular\\)\\n")
			.containsPattern("\\n {4}yes +healthy: Written terms of reference are the paper's aim\\.\\n")
			.containsPattern("\\n {4}mostly +NOT READ: no rule reads it and no healthy reason is recorded\\n")
			.containsPattern("\\n {4}read by +P1-meetings-rare\\n")
			.contains("8 answers of closed questions: 5 read by a rule, 2 healthy by decision, 1 neither");
	}

	@Test
	void exitsWithOneNamingTheQuestionAndTheAnswerNoRuleReadsWhenUnreadAnswersAreProblems() throws Exception {
		CliRun run = answerCoverage();

		assertThat(run.exitCode()).as("unread answers are problems by default").isEqualTo(1);
		assertThat(run.out().replaceAll("\\s+", " ")).contains("- question calendar.kept (\"Are meetings held as planned?\"): the answer "
				+ "\"mostly\" (Mostly) is read by no rule and has no recorded healthy reason");
	}

	@Test
	void listsEveryAnswerInJson() throws Exception {
		CliRun run = answerCoverage("--format", "json");

		JsonNode answers = JsonFiles.mapper().readTree(run.out()).get("answers");
		JsonNode kept = answers.get(2);
		assertThat(kept.get("id").asText()).isEqualTo("calendar.kept");
		assertThat(kept.get("options").get(0).get("healthy").asText()).isEqualTo("The best answer.");
		assertThat(kept.get("options").get(1).get("covered").asBoolean()).isFalse();
		assertThat(kept.get("options").get(2).get("rules").get(0).get("rule").asText()).isEqualTo("P1-irregular");
		assertThat(kept.get("options").get(2).get("rules").get(0).get("through").asText()).isEqualTo("meetings.irregular");
		assertThat(answers.get(3).get("rules").get(0).get("rule").asText()).isEqualTo("P1-meetings-rare");
	}

}
