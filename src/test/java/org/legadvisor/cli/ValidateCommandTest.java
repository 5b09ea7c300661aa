package org.legadvisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.legadvisor.authoring.RuleFiles;
import org.legadvisor.authoring.TinyKnowledgeBase;
import org.legadvisor.knowledge.JsonFiles;

class ValidateCommandTest {

	@TempDir
	Path copy;

	@TempDir
	Path dir;

	@Test
	void acceptsTheShippedRules() {
		CliRun run = CliRun.of("validate", "rules");

		assertThat(run.exitCode()).isZero();
		assertThat(run.out()).contains("compile without errors");
		assertThat(run.out().lines().filter(line -> line.contains(": warning: "))).isEmpty();
	}

	@Test
	void exitsWithOneNamingFileAndLineOfASyntaxErrorInACopyOfTheRules() throws IOException {
		copyRules();
		Path mandate = copy.resolve("p1-mandate.drl");
		String text = Files.readString(mandate);
		Files.writeString(mandate, text.replaceFirst("Answer\\( question == \"tor.exists\", value == \"no\" \\)",
				"Answer( question == \"tor.exists\" value == \"no\" )"));
		int line = lineOf(Files.readString(mandate), "Answer( question == \"tor.exists\" value");

		CliRun run = CliRun.of("validate", copy.toString());

		assertThat(run.exitCode()).isEqualTo(1);
		assertThat(run.out()).contains(copy.resolve("p1-mandate.drl") + ":" + line + ":");
	}

	@Test
	void exitsWithOneNamingFileLineAndColumnOfAnUnknownAction() throws IOException {
		copyRules();
		Path inclusion = copy.resolve("p2-inclusion.drl");
		Files.writeString(inclusion, Files.readString(inclusion).replace("A-FINANCE-INVITE", "A-FINANCE-INVTE"));
		String text = Files.readString(inclusion);
		int line = lineOf(text, "A-FINANCE-INVTE");
		int column = text.split("\n", -1)[line - 1].indexOf("A-FINANCE-INVTE") + 1;

		CliRun run = CliRun.of("validate", copy.toString());

		assertThat(run.exitCode()).isEqualTo(1);
		assertThat(run.out()).contains(inclusion + ":" + line + ":" + column
				+ ": @action: there is no action A-FINANCE-INVTE in actions.json (did you mean \"A-FINANCE-INVITE\"?)")
			.contains(copy + ": 1 error(s).");
	}

	@Test
	void printsWarningsButExitsWithZeroWhenThereIsNoError() throws IOException {
		Path knowledgeBase = TinyKnowledgeBase.write(dir.resolve("kb"));
		Path file = RuleFiles.write(copy, "a.drl", RuleFiles.diagnosis("Sometimes", "S",
				"Answer( question == \"tor.exists\", value == \"sometimes\" )").replace("A-TOR-DRAFT", "A-TOR"));

		CliRun run = CliRun.of("validate", copy.toString(), "--knowledge-base", knowledgeBase.toString());

		assertThat(run.exitCode()).isZero();
		assertThat(run.out()).contains(file + ":" + (RuleFiles.FIRST_RULE_LINE + 4) + ":39: warning: rule \"Sometimes\"")
			.contains("compile without errors").contains("1 warning(s).");
	}

	@Test
	void writesJsonWithTheFolderCountsVersionErrorsAndWarnings() throws Exception {
		Path knowledgeBase = TinyKnowledgeBase.write(dir.resolve("kb"));
		RuleFiles.write(copy, "a.drl", (RuleFiles.diagnosis("Unknown question", "U", "Answer( question == \"nope\" )")
				+ RuleFiles.diagnosis("Sometimes", "S", "Answer( question == \"tor.exists\", value == \"sometimes\" )"))
			.replace("A-TOR-DRAFT", "A-TOR"));

		CliRun run = CliRun.of("validate", copy.toString(), "--format", "json", "--knowledge-base",
				knowledgeBase.toString());

		assertThat(run.exitCode()).isEqualTo(1);
		JsonNode report = JsonFiles.mapper().readTree(run.out());
		assertThat(report.get("rulesFolder").asText()).isEqualTo(copy.toString());
		assertThat(report.get("rules").asInt()).isEqualTo(2);
		assertThat(report.get("files").asInt()).isEqualTo(1);
		assertThat(report.get("version").asText()).hasSize(12);
		JsonNode error = report.get("errors").get(0);
		assertThat(error.get("file").asText()).isEqualTo(copy.resolve("a.drl").toString());
		assertThat(error.get("line").asInt()).isEqualTo(RuleFiles.FIRST_RULE_LINE + 4);
		assertThat(error.get("column").asInt()).isEqualTo(13);
		assertThat(error.get("kind").asText()).isEqualTo("UNKNOWN_QUESTION");
		assertThat(error.get("message").asText()).contains("\"nope\"");
		assertThat(report.get("warnings").get(0).get("kind").asText()).isEqualTo("IMPOSSIBLE_VALUE");
	}

	@Test
	void checksAgainstTheKnowledgeBaseGiven() throws IOException {
		Path knowledgeBase = TinyKnowledgeBase.write(copy.resolve("kb"));

		CliRun run = CliRun.of("validate", "rules", "--knowledge-base", knowledgeBase.toString());

		assertThat(run.exitCode()).isEqualTo(1);
		assertThat(run.out()).contains("reads question \"chair.who\", which is not in the questionnaire")
			.contains("there is no action A-TOR-DRAFT in actions.json");
	}

	@Test
	void saysWhenTheRulesFolderDoesNotExist() {
		CliRun run = CliRun.of("validate", "no-such-folder");

		assertThat(run.exitCode()).isEqualTo(1);
		assertThat(run.err()).contains("Rules folder not found");
	}

	private void copyRules() throws IOException {
		try (Stream<Path> files = Files.list(Path.of("rules"))) {
			for (Path file : files.filter(f -> f.toString().endsWith(".drl")).toList()) {
				Files.copy(file, copy.resolve(file.getFileName()));
			}
		}
	}

	private static int lineOf(String text, String fragment) {
		String[] lines = text.split("\n", -1);
		for (int i = 0; i < lines.length; i++) {
			if (lines[i].contains(fragment)) {
				return i + 1;
			}
		}
		throw new AssertionError(fragment + " not found");
	}

}
