package org.legadvisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.legadvisor.knowledge.JsonFiles;

class AssessCommandTest {

	private static final String EXAMPLES = "knowledge-base/examples/";

	@Test
	void printsAReportWithTheLegNameTheRankedActionsAndTheEvidence() {
		CliRun run = CliRun.of("assess", EXAMPLES + "donor-chaired-no-tor.json");

		assertThat(run.exitCode()).isZero();
		assertThat(run.out()).contains("Education Development Partners Group of Belmora")
			.containsPattern("rule base [0-9a-f]{12} loaded \\d{4}-\\d\\d-\\d\\dT")
			.containsPattern("ALL \\d+ ACTIONS")
			.containsPattern("PRINCIPLE PROFILE[\\s\\S]*P1 +A clear and agreed mandate")
			.contains(" 1. Write and agree terms of reference for the LEG")
			.contains("Who leads: Government")
			.contains("FINDINGS BY PRINCIPLE")
			.contains("Evidence: Does the LEG have written terms of reference")
			.contains("Paper: Part II, challenge 1; Part III, principle 1, element 2");
	}

	@Test
	void reportsNoAreaToStrengthenForTheWellFunctioningExample() {
		CliRun run = CliRun.of("assess", EXAMPLES + "established-leg.json");

		assertThat(run.exitCode()).isZero();
		assertThat(run.out()).contains("0 area(s) to strengthen").doesNotContainPattern("ALL \\d+ ACTIONS");
	}

	@Test
	void writesJsonWithFindingsActionsAndSummary() throws Exception {
		CliRun run = CliRun.of("assess", EXAMPLES + "crisis-setting.json", "--format", "json");

		JsonNode report = JsonFiles.mapper().readTree(run.out());
		JsonNode finding = report.get("findings").get(0);
		for (String field : new String[] { "id", "rule", "challenge", "principle", "elements", "severity", "title",
				"evidence" }) {
			assertThat(finding.has(field)).as(field).isTrue();
		}
		JsonNode action = report.get("actions").get(0);
		for (String field : new String[] { "rank", "id", "title", "responsible", "horizon", "elements", "because" }) {
			assertThat(action.has(field)).as(field).isTrue();
		}
		assertThat(action.get("rank").asInt()).isEqualTo(1);
		assertThat(report.get("profile")).hasSize(7);
		assertThat(report.get("profile").get(0).has("level")).isTrue();
		assertThat(report.get("summary").get("findings").asInt()).isEqualTo(report.get("findings").size());
	}

	@Test
	void writesTheHtmlReportWithItsChartsAndNothingToLoadFromElsewhere(@TempDir Path dir) throws Exception {
		Path out = dir.resolve("report.html");
		CliRun run = CliRun.of("assess", EXAMPLES + "donor-chaired-no-tor.json", "--format", "html", "--out",
				out.toString());

		assertThat(run.exitCode()).isZero();
		org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(Files.readString(out));
		assertThat(page.select("#leg-name").text()).isEqualTo("Education Development Partners Group of Belmora");
		assertThat(page.select("#top-actions li")).hasSize(5);
		assertThat(page.select("#top-actions li").first().text()).startsWith("Write and agree terms of reference");
		assertThat(page.select("#radar-chart .axis")).hasSize(7);
		assertThat(page.select("#challenge-chart rect.bar")).isNotEmpty();
		assertThat(page.select("head style")).hasSize(1);
		assertThat(page.select("link, script[src], img, form")).as("self-contained, no server buttons").isEmpty();
		assertThat(page.select("details.part")).hasSizeGreaterThanOrEqualTo(4);
	}

	@Test
	void writesMarkdownToTheFileGivenWithOut(@TempDir Path dir) throws Exception {
		Path out = dir.resolve("report.md");

		CliRun run = CliRun.of("assess", EXAMPLES + "crisis-setting.json", "--format", "markdown", "--out", out.toString());

		assertThat(run.exitCode()).isZero();
		assertThat(Files.readString(out)).startsWith("# LEG Advisor report: Education Sector Working Group of Corvasia")
			.contains("| Rank | Action | Who leads | When | Why |");
	}

	@Test
	void exitsWithTwoAndNamesTheQuestionOnInvalidAnswers(@TempDir Path dir) throws Exception {
		Path answers = dir.resolve("answers.json");
		Files.writeString(answers, """
				{ "questionnaireVersion": "1.0", "leg": { "name": "X" }, "answers": { "meetings.per_year": 99 } }""");

		CliRun run = CliRun.of("assess", answers.toString());

		assertThat(run.exitCode()).isEqualTo(2);
		assertThat(run.err()).contains("Question \"How many times did the LEG core group meet in the last twelve "
				+ "months?\": expected a whole number from 0 to 52, got 99").doesNotContain("meetings.per_year");
		assertThat(run.out()).isEmpty();
	}

	@Test
	void exitsWithTwoAndNamesEveryAnswerThatContradictsAnother(@TempDir Path dir) throws Exception {
		Path answers = Files.writeString(dir.resolve("answers.json"), """
				{ "questionnaireVersion": "1.0", "leg": { "name": "X" }, "answers": {
				  "members.total": 5, "members.active": 9, "members.cso": 12, "meetings.per_year": 2.5,
				  "finance.member": "no", "finance.attendance": "rarely" } }""");

		CliRun run = CliRun.of("assess", answers.toString());

		assertThat(run.exitCode()).isEqualTo(2);
		assertThat(run.err()).contains("4 problem(s)")
			.contains("Question \"How many of these member organizations took an active part in the last twelve "
					+ "months?\": expected at most 5, the number given for question \"How many organizations are "
					+ "members of the LEG core group?\", got 9")
			.contains("Question \"How many of them are civil-society organizations, coalitions or teachers' "
					+ "organizations?\": expected at most 5, the number given for question \"How many")
			.contains("got 12")
			.contains("Question \"How many times did the LEG core group meet in the last twelve months?\": "
					+ "expected a whole number from 0 to 52, got 2.5")
			.contains("Question \"How often do finance-ministry officials actually attend LEG meetings?\": "
					+ "expected no answer, since question \"")
			.doesNotContain("members.active", "members.cso", "finance.member", "meetings.per_year")
			.doesNotContain("Exception");
		assertThat(run.out()).isEmpty();
	}

	@Test
	void reportsInvalidAnswersBeforeLookingAtTheRules(@TempDir Path dir) throws Exception {
		Path answers = Files.writeString(dir.resolve("answers.json"), """
				{ "questionnaireVersion": "1.0", "leg": { "name": "X" }, "answers": { "meetings.per_year": 99 } }""");
		Path brokenRules = Files.createDirectories(dir.resolve("rules"));
		Files.writeString(brokenRules.resolve("broken.drl"), "rule \"never compiles\" when then");

		CliRun run = CliRun.of("assess", answers.toString(), "--rules", brokenRules.toString());

		assertThat(run.exitCode()).isEqualTo(2);
		assertThat(run.err()).contains("How many times did the LEG core group meet").doesNotContain("broken.drl");
	}

	@Test
	void refusesRulesWithMissingMetadataBeforeRunningThemAndSaysWhere(@TempDir Path rules) throws Exception {
		try (var files = Files.list(Path.of("rules"))) {
			for (Path file : files.filter(f -> f.toString().endsWith(".drl")).toList()) {
				Files.copy(file, rules.resolve(file.getFileName()));
			}
		}
		Path mandate = rules.resolve("p1-mandate.drl");
		Files.writeString(mandate, Files.readString(mandate).replace("@severity(\"high\") ", ""));

		CliRun run = CliRun.of("assess", EXAMPLES + "donor-chaired-no-tor.json", "--rules", rules.toString());

		assertThat(run.exitCode()).isEqualTo(1);
		assertThat(run.err()).contains(mandate + ":").contains("@severity").doesNotContain("Exception");
		assertThat(run.out()).isEmpty();
	}

	@Test
	void exitsWithTwoWhenTheAnswersFileIsMissing() {
		CliRun run = CliRun.of("assess", "no-such-file.json");

		assertThat(run.exitCode()).isEqualTo(2);
		assertThat(run.err()).contains("Answers file not found: no-such-file.json");
	}

	@Test
	void rejectsAnUnknownFormatWithUsageHelp() {
		CliRun run = CliRun.of("assess", EXAMPLES + "crisis-setting.json", "--format", "odt");

		assertThat(run.exitCode()).isEqualTo(2);
		assertThat(run.err()).contains("--format").contains("text, markdown, json");
	}

}
