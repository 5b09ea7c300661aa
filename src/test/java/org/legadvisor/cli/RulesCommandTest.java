package org.legadvisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.legadvisor.authoring.drl.AuthoredRule;
import org.legadvisor.authoring.drl.DrlReader;
import org.legadvisor.authoring.RuleFiles;
import org.legadvisor.authoring.drl.RuleModel;
import org.legadvisor.engine.RuleSources;
import org.legadvisor.knowledge.JsonFiles;

class RulesCommandTest {

	@Test
	void listsEveryShippedRuleWithItsFileAndLine() throws Exception {
		RuleModel shipped = new DrlReader().read(RuleSources.read(Path.of("rules")));

		CliRun run = CliRun.of("rules");

		assertThat(run.exitCode()).isZero();
		String flat = run.out().replaceAll("\\s+", " ");
		for (AuthoredRule rule : shipped.rules()) {
			assertThat(flat).contains(rule.name().replaceAll("\\s+", " "))
				.contains(Path.of("rules").resolve(rule.file()) + ":" + rule.at().line());
		}
	}

	@Test
	void saysWhatEachRuleLooksAtConcludesAndRecommendsInWords() {
		String flat = CliRun.of("rules").out().replaceAll("\\s+", " ");

		assertThat(flat).contains("P1-no-tor: Without written terms of reference the mandate is not agreed")
			.contains("Looks at: tor.exists \"Does the LEG have written terms of reference (ToR) or a memorandum of "
					+ "understanding (MoU) agreed by its members?\" is \"no\"")
			.contains("Concludes: high severity; challenge C1 (Unclear or contested LEG mandate and functions)")
			.contains("Action: A-TOR-DRAFT (Write and agree terms of reference for the LEG)")
			.contains("Paper: Part II, challenge 1; Part III, principle 1; Part III, principle 1, element 2")
			.contains("is \"no_chair\" (Nobody chairs it regularly)")
			.contains("NOT signal context.crisis (Crisis or emergency setting");
	}

	@Test
	void groupsDiagnosisRulesByPrincipleAndListsSignalRulesApart() {
		String out = CliRun.of("rules").out();

		assertThat(out.indexOf("P1 A clear and agreed mandate")).isPositive()
			.isLessThan(out.indexOf("P2 A partnership framework"));
		assertThat(out.indexOf("SIGNAL RULES")).isGreaterThan(out.indexOf("P6 Leadership"));
		assertThat(out.substring(out.indexOf("SIGNAL RULES")).replaceAll("\\s+", " ")).contains("Derives: signal context.crisis");
	}

	@Test
	void writesMarkdownAndJson() throws Exception {
		CliRun markdown = CliRun.of("rules", "--format", "markdown");
		CliRun json = CliRun.of("rules", "--format", "json");

		assertThat(markdown.out()).startsWith("# Rule catalogue").contains("## Signal rules")
			.contains("### `P1-no-tor` Without written terms of reference");
		JsonNode catalogue = JsonFiles.mapper().readTree(json.out());
		JsonNode first = java.util.stream.StreamSupport.stream(catalogue.get("principles").get(0).get("rules").spliterator(),
				false).filter(rule -> rule.get("id").asText().equals("P1-no-tor")).findFirst().orElseThrow();
		assertThat(first.get("looksAt").get(0).get("text").asText()).startsWith("Does the LEG have written terms");
		assertThat(first.get("actions").get(0).get("name").asText()).isEqualTo("Write and agree terms of reference for the LEG");
		assertThat(catalogue.get("signalRules").size()).isPositive();
	}

	@Test
	void exitsWithOneAndNamesAFileItCannotRead(@TempDir Path rules) throws Exception {
		RuleFiles.write(rules, "good.drl", RuleFiles.diagnosis("Good", "G", "Answer( question == \"tor.exists\" )"));
		RuleFiles.write(rules, "broken.drl", "rule \"Broken\" when Answer( then end");

		CliRun run = CliRun.of("rules", "--rules", rules.toString());

		assertThat(run.exitCode()).isEqualTo(1);
		assertThat(run.out()).contains("G: Good");
		assertThat(run.err()).contains(rules.resolve("broken.drl") + ":");
	}


	@Test
	void showsEachRulesBasisInTextMarkdownAndJson(@TempDir Path rules) throws Exception {
		RuleFiles.write(rules, "a.drl", RuleFiles.diagnosis("Paper rule", "X-PAPER", "Answer( question == \"tor.exists\", value == \"no\" )")
				+ RuleFiles.diagnosis("Practice rule", "X-PRACTICE", "Answer( question == \"tor.exists\", value == \"partly\" )")
					.replace("@basis(\"Part III, principle 1, element 2\")", "@basis(\"practice: most LEGs agree a draft within a year\")"));

		String text = CliRun.of("rules", "--rules", rules.toString()).out().replaceAll("\\s+", " ");
		String markdown = CliRun.of("rules", "--rules", rules.toString(), "--format", "markdown").out();
		JsonNode json = JsonFiles.mapper().readTree(CliRun.of("rules", "--rules", rules.toString(), "--format", "json").out());

		assertThat(text).contains("Basis: Part III, principle 1, element 2")
			.contains("Basis: common practice: most LEGs agree a draft within a year");
		assertThat(markdown).contains("- **Basis:** Part III, principle 1, element 2")
			.contains("- **Basis:** common practice: most LEGs agree a draft within a year");
		JsonNode entries = json.get("principles").get(0).get("rules");
		assertThat(entries.get(0).get("basis").asText()).isEqualTo("Part III, principle 1, element 2");
		assertThat(entries.get(1).get("basis").asText()).isEqualTo("practice: most LEGs agree a draft within a year");
	}


	@Test
	void namesTheFigureARuleComparesWithAndItsBasis() {
		String flat = CliRun.of("rules").out().replaceAll("\\s+", " ");

		assertThat(flat).contains("P4-meetings-rare: Core-group meetings less frequent than common practice make it hard to follow the plan cycle")
			.contains("figure meetings.few_per_year: 4 core-group meetings a year (common practice)");
	}

}
