package org.legadvisor.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.legadvisor.assessment.AdvisorFixture;
import org.legadvisor.knowledge.JsonFiles;
import org.legadvisor.knowledge.KnowledgeBase;
import org.legadvisor.questionnaire.Answer;
import org.legadvisor.questionnaire.Questionnaire;

/**
 * The summary comes first in every format (the reading, principle by principle, the top five actions, before any
 * detailed finding), and nothing a person reads shows a code: no rule, question or action id, no option code.
 */
class ReportSummaryTest {

	private static final Pattern RULE_ID = Pattern.compile("@id\\(\"([^\"]+)\"\\)");

	private static final Pattern WORD = Pattern.compile("[\\w.-]+");

	private static AdvisorFixture fixture;

	private static ReportBuilder builder;

	private static Questionnaire questionnaire;

	@BeforeAll
	static void compileTheRules() throws Exception {
		fixture = new AdvisorFixture();
		questionnaire = Questionnaire.load(AdvisorFixture.KNOWLEDGE_BASE.resolve("questionnaire.json"));
		builder = new ReportBuilder(questionnaire, KnowledgeBase.load(AdvisorFixture.KNOWLEDGE_BASE));
	}

	@AfterAll
	static void release() {
		fixture.close();
	}

	private static Report report(String example) throws Exception {
		return builder.build(fixture.assess(AdvisorFixture.profile(example)));
	}

	@Test
	void putsTheReadingThePrinciplesAndTheTopFiveActionsBeforeTheDetailsInEveryFormat() throws Exception {
		Report report = report("donor-chaired-no-tor");
		List<String> top = report.topActions().stream().map(Report.ActionItem::title).toList();
		assertThat(top).hasSize(Report.TOP_ACTIONS);

		for (ReportFormat format : List.of(ReportFormat.text, ReportFormat.markdown, ReportFormat.html)) {
			String read = readable(format, report);
			String lower = read.toLowerCase(Locale.ROOT);
			int findings = lower.indexOf(ReportWords.get("report.findings").toLowerCase(Locale.ROOT));
			int firstFinding = read.indexOf(report.findings().get(0).title(), read.indexOf(top.get(top.size() - 1)));
			int previous = read.indexOf(report.leg().name());
			for (String expected : List.of(report.leg().assessedOn(), report.summary().reading(),
					report.profile().get(0).shortName(), report.profile().get(6).mainFinding(), top.get(0), top.get(1),
					top.get(2), top.get(3), top.get(4))) {
				int at = read.indexOf(expected, previous);
				assertThat(at).as(format + ": " + expected).isGreaterThan(previous);
				previous = at;
			}
			assertThat(findings).as(format + ": findings heading after the top actions").isGreaterThan(previous);
			assertThat(firstFinding).as(format + ": detailed findings after the top actions").isGreaterThan(previous);
			assertThat(lower.indexOf(ReportWords.format("report.summary.allActions", report.actions().size())
				.toLowerCase(Locale.ROOT)))
				.as(format + ": the full action list after the summary").isGreaterThan(previous);
		}
	}

	@Test
	void readsInOneSentenceFromThePrincipleLevelsAndTheHighSeverityFindings() throws Exception {
		Report donor = report("donor-chaired-no-tor");
		Report established = report("established-leg");

		assertThat(donor.summary().reading()).isEqualTo(ReportWords.format("report.reading.weak", 7, 7,
				donor.summary().bySeverity().get("high"), "developing or emerging"));
		assertThat(established.summary().reading()).isEqualTo(established.summary().headline());
		assertThat(donor.profile()).allSatisfy(p -> assertThat(p.mainFinding()).isNotBlank());
		assertThat(donor.profile().get(0).mainFinding()).isEqualTo(donor.findings().stream()
			.filter(f -> f.principle().equals("P1") && f.severity().equals("high")).findFirst().orElseThrow().title());
	}

	@Test
	void showsNoRuleQuestionOrActionIdNorOptionCodeInWhatPeopleRead() throws Exception {
		Set<String> codes = codes();
		List<String> leaks = new ArrayList<>();
		for (String example : examples()) {
			Report report = report(example);
			for (ReportFormat format : List.of(ReportFormat.text, ReportFormat.markdown, ReportFormat.html)) {
				Set<String> words = words(readable(format, report));
				codes.stream().filter(words::contains).forEach(code -> leaks.add(example + " " + format + ": " + code));
			}
		}
		assertThat(leaks).isEmpty();
	}

	@Test
	void showsYesPartlyNoAndDontKnowByTheirWordsInEvidenceAndAnswers() throws Exception {
		Report report = report("donor-chaired-no-tor");
		List<Report.EvidenceItem> shown = Stream.concat(report.answers().stream(),
				report.findings().stream().flatMap(f -> f.evidence().stream())).toList();

		assertThat(shown).filteredOn(e -> Answer.YES_PARTLY_NO.contains(e.answer()) || Answer.DONT_KNOW.equals(e.answer()))
			.isNotEmpty()
			.allSatisfy(e -> assertThat(e.answerLabel()).isNotEqualTo(e.answer()).matches("\\p{Lu}.*"))
			.anySatisfy(e -> assertThat(e.answerLabel()).isEqualTo(ReportWords.get("answer.no")));
		Report unknown = builder.build(fixture.assess(AdvisorFixture.profile("donor-chaired-no-tor",
				Map.of("tor.exists", Answer.DONT_KNOW))));
		assertThat(unknown.answers()).filteredOn(e -> e.question().equals("tor.exists"))
			.extracting(Report.EvidenceItem::answerLabel).containsExactly("Don't know");
		String text = ReportFormat.text.render(report);
		assertThat(text).doesNotContainPattern("-> (no|yes|partly|dont_know)\\b");
		assertThat(ReportFormat.markdown.render(report)).doesNotContainPattern(": (no|yes|partly)$");
	}

	@Test
	void keepsTheIdsInJsonBesideTheWords() throws Exception {
		Report report = report("donor-chaired-no-tor");
		JsonNode json = JsonFiles.mapper().readTree(ReportFormat.json.render(report));

		JsonNode action = json.get("actions").get(0);
		assertThat(action.get("because").get(0).asText()).isEqualTo(report.actions().get(0).because().get(0));
		assertThat(action.get("becauseTitles").get(0).asText()).isEqualTo(report.findings().stream()
			.filter(f -> f.id().equals(report.actions().get(0).because().get(0))).findFirst().orElseThrow().title());
		JsonNode finding = json.get("findings").get(0);
		assertThat(finding.get("severity").asText()).isIn("high", "medium", "low");
		assertThat(finding.get("severityLabel").asText()).isIn("High", "Medium", "Low");
		JsonNode answer = json.get("answers").get(0);
		assertThat(answer.get("question").asText()).isEqualTo(questionnaire.questions().stream()
			.filter(q -> report.answers().get(0).question().equals(q.id())).findFirst().orElseThrow().id());
		assertThat(answer.has("answer")).isTrue();
		assertThat(answer.has("answerLabel")).isTrue();
		assertThat(json.at("/profile/0/shortName").asText()).isEqualTo("Mandate");
		assertThat(json.at("/profile/0/mainFindingId").asText()).isNotBlank();
		assertThat(json.at("/summary/reading").asText()).isEqualTo(report.summary().reading());
	}

	/** The words of a text, ids included: letters, digits and the _ . - inside them, not at their ends. */
	private static Set<String> words(String text) {
		Set<String> words = new LinkedHashSet<>();
		Matcher word = WORD.matcher(text);
		while (word.find()) {
			words.add(word.group().replaceAll("[.-]+$", ""));
		}
		return words;
	}

	/** What a person reads, its white space as single spaces: the text, the Markdown, the HTML page's text. */
	private static String readable(ReportFormat format, Report report) {
		String rendered = format.render(report);
		if (format != ReportFormat.html) {
			return rendered.replace("\\", "").replaceAll("\\s+", " ");
		}
		Document page = Jsoup.parse(rendered);
		page.select("script, style").remove();
		return page.body().text();
	}

	/** Every rule id (rules/), question id and action id, and the option codes that differ from their words. */
	private static Set<String> codes() throws IOException {
		Set<String> codes = new LinkedHashSet<>();
		try (Stream<Path> files = Files.list(Path.of("rules"))) {
			for (Path drl : files.filter(f -> f.toString().endsWith(".drl")).toList()) {
				Matcher ids = RULE_ID.matcher(Files.readString(drl));
				while (ids.find()) {
					codes.add(ids.group(1));
				}
			}
		}
		KnowledgeBase knowledge = KnowledgeBase.load(AdvisorFixture.KNOWLEDGE_BASE);
		codes.addAll(knowledge.actions().keySet());
		for (Questionnaire.Question question : questionnaire.questions()) {
			codes.add(question.id());
			question.options().stream().map(Questionnaire.Option::value).filter(v -> v.contains("_"))
				.forEach(codes::add);
		}
		codes.add(Answer.DONT_KNOW);
		assertThat(codes).hasSizeGreaterThan(100);
		return codes;
	}

	private static List<String> examples() throws IOException {
		try (Stream<Path> files = Files.list(AdvisorFixture.EXAMPLES)) {
			return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".json") && !n.contains(".expected"))
				.map(n -> n.substring(0, n.length() - ".json".length())).sorted().toList();
		}
	}

}
