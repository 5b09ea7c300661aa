package org.legadvisor.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.legadvisor.assessment.Advisor;
import org.legadvisor.assessment.AdvisorFixture;
import org.legadvisor.assessment.Assessment;
import org.legadvisor.engine.RuleBase;
import org.legadvisor.engine.RuleBaseCompiler;
import org.legadvisor.knowledge.JsonFiles;
import org.legadvisor.knowledge.KnowledgeBase;
import org.legadvisor.language.Language;
import org.legadvisor.language.Translator;
import org.legadvisor.questionnaire.AnswerProblem;
import org.legadvisor.questionnaire.AnswersDocument;
import org.legadvisor.questionnaire.InvalidAnswersException;
import org.legadvisor.questionnaire.Questionnaire;

/**
 * Every format shows where a finding and an action rest (the paper, or common practice with its reason) and the
 * figures a finding was measured against, as the LEG adjusted them. Runs copies of the shipped rules and knowledge
 * base in which one rule and one action carry a basis.
 */
class BasisAndFiguresReportTest {

	private static final String PRACTICE = "a quarterly rhythm follows the budget calendar";

	private static final String PRATIQUE = "un rythme trimestriel suit le calendrier budgétaire";

	@TempDir
	static Path dir;

	private static RuleBase rules;

	private static Advisor advisor;

	private static ReportBuilder builder;

	private static ReportBuilder french;

	@BeforeAll
	static void copyTheShippedRulesAndKnowledgeBaseWithBases() throws Exception {
		Path rulesCopy = copy(AdvisorFixture.RULES, dir.resolve("rules"));
		Path knowledgeCopy = copy(AdvisorFixture.KNOWLEDGE_BASE, dir.resolve("kb"));
		// Short bases of the test's own, so that the assertions below do not depend on the shipped wording.
		replaceFirstAfter(rulesCopy.resolve("p4-working-arrangements.drl"), "@id(\"P4-meetings-rare\")",
				"@basis\\(\"[^\"]*\"\\)", "@basis(\"practice\")");
		replaceFirstAfter(knowledgeCopy.resolve("findings.json"), "\"P4-meetings-rare\": {",
				"\"practice\": \"[^\"]*\"", "\"practice\": \"" + PRACTICE + "\"");
		replaceFirstAfter(knowledgeCopy.resolve("actions.json"), "\"id\": \"A-MEETING-CALENDAR\",",
				"\"basis\": \"[^\"]*\"", "\"basis\": \"Part III, principle 1, element 4\"");
		rules = new RuleBaseCompiler().compile(rulesCopy);
		KnowledgeBase knowledge = KnowledgeBase.load(knowledgeCopy);
		Questionnaire questionnaire = Questionnaire.load(knowledge.questionnaireFile());
		advisor = new Advisor(questionnaire, knowledge, rules);
		builder = new ReportBuilder(questionnaire, knowledge);
		replaceFirstAfter(knowledgeCopy.resolve("translations/fr/findings.json"), "\"P4-meetings-rare\": {",
				"\"practice\": \"[^\"]*\"", "\"practice\": \"" + PRATIQUE + "\"");
		french = new ReportBuilder(new Translator(questionnaire, knowledge).in(new Language("fr")));
	}

	@AfterAll
	static void release() {
		rules.close();
	}

	private static Path copy(Path from, Path to) throws IOException {
		try (Stream<Path> files = Files.walk(from)) {
			for (Path file : files.toList()) {
				Path target = to.resolve(from.relativize(file).toString());
				if (Files.isDirectory(file)) {
					Files.createDirectories(target);
				}
				else {
					Files.copy(file, target);
				}
			}
		}
		return to;
	}

	/** Replaces the first match of {@code regex} after {@code anchor}, which must be in the file. */
	private static void replaceFirstAfter(Path file, String anchor, String regex, String by) throws IOException {
		String content = Files.readString(file);
		int at = content.indexOf(anchor);
		assertThat(at).as(anchor).isNotNegative();
		Files.writeString(file, content.substring(0, at)
				+ content.substring(at).replaceFirst(regex, java.util.regex.Matcher.quoteReplacement(by)));
	}

	private static AnswersDocument meetings(int perYear, Map<String, JsonNode> thresholds) throws Exception {
		AnswersDocument profile = AdvisorFixture.profile("established-leg", Map.of("meetings.per_year", perYear));
		return new AnswersDocument(profile.questionnaireVersion(), profile.leg(), profile.answers(), thresholds);
	}

	private static Report report(AnswersDocument document) throws Exception {
		Assessment assessment = advisor.assess(document);
		return builder.build(assessment);
	}

	private static Report.FindingItem finding(Report report, String id) {
		return report.findings().stream().filter(f -> f.id().equals(id)).findFirst().orElseThrow();
	}

	@Test
	void everyFormatShowsTheBasisOfAFindingAndAnActionAndTheFigureUsed() throws Exception {
		Report report = report(meetings(2, Map.of()));

		String figure = "Figure used: 4 core-group meetings a year (common practice: Many LEGs meet about once a quarter";
		assertThat(ReportFormat.text.render(report).replaceAll("\\s+", " ")).contains("Common practice: " + PRACTICE)
			.contains(figure).contains("Basis: Part III, principle 1, element 4");
		assertThat(ReportFormat.markdown.render(report).replaceAll("\\s+", " ")).contains("- Common practice: " + PRACTICE)
			.contains("- " + figure).contains("<br>Basis: Part III, principle 1, element 4");
		JsonNode json = JsonFiles.mapper().readTree(ReportFormat.json.render(report));
		JsonNode rare = Stream.of(json.get("findings")).flatMap(f -> java.util.stream.StreamSupport.stream(f.spliterator(), false))
			.filter(f -> f.get("id").asText().equals("P4-meetings-rare")).findFirst().orElseThrow();
		assertThat(rare.get("basis").get("text").asText()).isEqualTo("practice: " + PRACTICE);
		assertThat(rare.get("basis").get("words").asText()).isEqualTo(PRACTICE);
		assertThat(rare.get("basis").get("textLanguage").asText()).isEqualTo("en");
		assertThat(rare.get("basis").get("practice").asBoolean()).isTrue();
		assertThat(rare.get("thresholds").get(0).get("id").asText()).isEqualTo("meetings.few_per_year");
		assertThat(rare.get("thresholds").get(0).get("value").asDouble()).isEqualTo(4.0);
		assertThat(rare.get("thresholds").get(0).get("adjusted").asBoolean()).isFalse();
		JsonNode calendar = Stream.of(json.get("actions")).flatMap(a -> java.util.stream.StreamSupport.stream(a.spliterator(), false))
			.filter(a -> a.get("id").asText().equals("A-MEETING-CALENDAR")).findFirst().orElseThrow();
		assertThat(calendar.get("basis").get("words").asText()).isEqualTo("Part III, principle 1, element 4");
		assertThat(calendar.get("basis").get("practice").asBoolean()).isFalse();
		assertThat(calendar.get("section").asText()).isEqualTo("Part III, principle 1, element 4; principle 4, elements 1 and 5");
	}

	@Test
	void aFrenchReportGivesTheReasonOfAPracticeAndTheReferenceInFrenchTheEnglishCitationLabelledAsSuch() throws Exception {
		Report report = french.build(advisor.assess(meetings(2, Map.of())));

		Report.BasisItem practice = finding(report, "P4-meetings-rare").basis();
		assertThat(practice.words()).isEqualTo(PRATIQUE);
		assertThat(practice.text()).isEqualTo("practice: " + PRACTICE);
		assertThat(practice.textLanguage()).isEqualTo("en");
		assertThat(ReportFormat.text.render(report).replaceAll("\\s+", " ")).contains(PRATIQUE).doesNotContain(PRACTICE);
		Report.BasisItem paper = report.actions().stream().filter(a -> a.id().equals("A-MEETING-CALENDAR")).findFirst()
			.orElseThrow().basis();
		assertThat(paper.words()).isEqualTo("Partie III, principe 1, élément 4");
		assertThat(paper.text()).isEqualTo("Part III, principle 1, element 4");
		assertThat(paper.textLanguage()).isEqualTo("en");
	}

	@Test
	void aFigureAdjustedByTheLegChangesTheDiagnosisAndIsReportedAsSuch() throws Exception {
		Map<String, JsonNode> thrice = Map.of("meetings.few_per_year", JsonFiles.mapper().valueToTree(3));

		assertThat(report(meetings(3, Map.of())).findings()).extracting(Report.FindingItem::id).contains("P4-meetings-rare");
		assertThat(report(meetings(3, thrice)).findings()).extracting(Report.FindingItem::id).doesNotContain("P4-meetings-rare");

		Report report = report(meetings(2, thrice));

		Report.ThresholdItem used = finding(report, "P4-meetings-rare").thresholds().get(0);
		assertThat(used.value()).isEqualTo(3.0);
		assertThat(used.knowledgeBaseValue()).isEqualTo(4.0);
		assertThat(used.adjusted()).isTrue();
		String adjusted = "3 core-group meetings a year, adjusted by the LEG (knowledge base: 4; common practice: Many "
				+ "LEGs meet about once a quarter";
		assertThat(ReportFormat.text.render(report).replaceAll("\\s+", " ")).contains("Figure adjusted by the LEG: " + adjusted)
			.contains("Figure used: " + adjusted);
		assertThat(ReportFormat.markdown.render(report).replaceAll("\\s+", " ")).contains("Figure adjusted by the LEG: " + adjusted);
		assertThat(report.adjustedThresholds()).extracting(Report.ThresholdItem::id).containsExactly("meetings.few_per_year");
	}

	@Test
	void refusesAnUnknownThresholdOrAFigureThatIsNotANumberNamingIt() throws Exception {
		Map<String, JsonNode> wrong = new java.util.LinkedHashMap<>();
		wrong.put("meetings.rare", JsonFiles.mapper().valueToTree(2));
		wrong.put("meetings.few_per_year", JsonFiles.mapper().valueToTree("two"));
		AnswersDocument invalidToo = meetings(2, wrong).withChanges(Map.of("tor.exists",
				JsonFiles.mapper().valueToTree("sometimes")));

		assertThatThrownBy(() -> advisor.assess(invalidToo)).isInstanceOfSatisfying(InvalidAnswersException.class, e -> {
			assertThat(e.problems()).extracting(AnswerProblem::field)
				.containsExactly("tor.exists", "thresholds.meetings.rare", "thresholds.meetings.few_per_year");
			assertThat(e.problems().get(1).expected()).startsWith("one of common_knowledge.unknown_share (share of answered questions")
				.contains("meetings.few_per_year (core-group meetings a year)");
			assertThat(e.problems().get(2).toString()).isEqualTo("thresholds.meetings.few_per_year: expected a number of "
					+ "0 or more for core-group meetings a year (the knowledge base uses 4), got \"two\"");
		});
	}

}
