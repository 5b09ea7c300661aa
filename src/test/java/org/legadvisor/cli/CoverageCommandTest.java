package org.legadvisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.legadvisor.authoring.TinyKnowledgeBase;
import org.legadvisor.knowledge.JsonFiles;

class CoverageCommandTest {

	@TempDir
	Path dir;

	private CliRun coverage(String metadata, String... options) throws Exception {
		Path knowledgeBase = TinyKnowledgeBase.write(dir.resolve("kb"));
		Path rules = TinyKnowledgeBase.rules(dir.resolve("rules"), metadata);
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
	@Disabled("enabled once the complete rule base of issue 3 lands")
	void shippedRuleBaseIsFullyCovered() {
		CliRun run = CliRun.of("coverage");

		assertThat(run.exitCode()).as(run.out()).isZero();
	}

}
