package org.legadvisor.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.legadvisor.assessment.AdvisorFixture;
import org.legadvisor.assessment.Assessment;
import org.legadvisor.diagnosis.Finding;
import org.legadvisor.knowledge.JsonFiles;
import org.legadvisor.knowledge.KnowledgeBase;
import org.legadvisor.questionnaire.Questionnaire;

/**
 * The report opens with the context it took into account and what that changed, says which ranking it used, and
 * never calls a report clean when most principles had too few answers: in JSON, text and Markdown alike.
 */
class ReportContextAndRankingTest {

	private static AdvisorFixture fixture;

	private static ReportBuilder builder;

	private static KnowledgeBase knowledge;

	@BeforeAll
	static void compileTheRules() throws Exception {
		fixture = new AdvisorFixture();
		knowledge = KnowledgeBase.load(AdvisorFixture.KNOWLEDGE_BASE);
		builder = new ReportBuilder(Questionnaire.load(AdvisorFixture.KNOWLEDGE_BASE.resolve("questionnaire.json")),
				knowledge);
	}

	@AfterAll
	static void release() {
		fixture.close();
	}

	@Test
	void opensWithTheContextAndTheFindingsItChanged() throws Exception {
		Assessment assessment = fixture.assess(AdvisorFixture.profile("crisis-setting"));
		Report report = builder.build(assessment);

		assertThat(report.context().items()).extracting(Report.ContextNote::id)
			.contains("context.crisis", "context.plan-preparation", "context.cluster-active", "context.meetings-abroad");
		for (Report.ContextNote note : report.context().items()) {
			assertThat(note.label()).isEqualTo(knowledge.signals().get(note.id()));
			assertThat(note.from()).isNotEmpty();
			assertThat(note.findings()).containsExactlyElementsOf(assessment.findings().stream()
				.filter(f -> f.context().contains(note.id())).map(Finding::id).toList());
		}
		Report.ContextNote crisis = note(report, "context.crisis");
		assertThat(crisis.findings()).isNotEmpty();
		assertThat(crisis.effect()).contains(title(assessment, crisis.findings().get(0)));

		String text = ReportFormat.text.render(report);
		assertThat(text.indexOf("CONTEXT TAKEN INTO ACCOUNT")).isPositive().isLessThan(text.indexOf("PRINCIPLE PROFILE"));
		assertThat(text).contains(crisis.label(), crisis.effect().substring(0, 30));
		String markdown = ReportFormat.markdown.render(report);
		assertThat(markdown.indexOf("## Context taken into account")).isPositive()
			.isLessThan(markdown.indexOf("## Principle profile"));
		JsonNode json = JsonFiles.mapper().readTree(ReportFormat.json.render(report));
		assertThat(json.get("context").get("items").findValuesAsText("id")).contains("context.crisis");
	}

	@Test
	void saysSoWhenNoParticularContextWasDescribed() throws Exception {
		Map<String, Object> noPhase = new HashMap<>();
		noPhase.put("context.cycle_phase", null);
		noPhase.put("engagement.trend", null);
		Report report = builder.build(fixture.assess(AdvisorFixture.profile("established-leg", noPhase)));

		assertThat(report.context().items()).isEmpty();
		assertThat(report.context().intro()).isEqualTo(ReportWords.get("report.context.none"));
		assertThat(ReportFormat.text.render(report)).contains(ReportWords.get("report.context.none").substring(0, 40));
	}

	@Test
	void saysWhichRankingItUsed() throws Exception {
		Report byDefault = builder.build(fixture.assess(AdvisorFixture.profile("crisis-setting")));
		Report focused = builder.build(fixture.assess(AdvisorFixture.profile("crisis-setting",
				Map.of("priorities.focus", List.of("P5")))));

		assertThat(byDefault.ranking().kind()).isEqualTo("default");
		assertThat(byDefault.ranking().description()).isEqualTo(ReportWords.get("report.ranking.default"));
		assertThat(focused.ranking().kind()).isEqualTo("focus");
		assertThat(focused.ranking().focus()).containsExactly("P5");
		String p5 = knowledge.framework().principle("P5").orElseThrow().name();
		assertThat(focused.ranking().description()).contains("P5 " + p5);
		for (ReportFormat format : ReportFormat.texts()) {
			assertThat(format.render(focused)).as(format.name()).contains("P5 " + p5);
			assertThat(format.render(byDefault)).as(format.name()).contains("Default ranking");
		}
		// the monitoring actions move up
		assertThat(rank(focused, "P5")).isLessThan(rank(byDefault, "P5"));
	}

	@Test
	void namesTheLowTrustRaiseWhenItIsInForce() throws Exception {
		Report report = builder.build(fixture.assess(AdvisorFixture.profile("token-civil-society")));

		String label = knowledge.priorities().raises().get(0).label();
		assertThat(report.ranking().adjustments()).anySatisfy(a -> assertThat(a).startsWith(label));
		assertThat(ReportFormat.text.render(report)).contains(label);
	}

	@Test
	void neverCallsAReportCleanWhenMostPrinciplesHadTooFewAnswers() throws Exception {
		Map<String, Object> none = new HashMap<>();
		fixture.advisor().questionnaire().questions().forEach(q -> none.put(q.id(), null));
		Report report = builder.build(fixture.assess(AdvisorFixture.profile("established-leg", none)));

		assertThat(report.summary().findings()).isZero();
		assertThat(report.summary().principlesAssessed()).isZero();
		assertThat(report.summary().headline()).doesNotContain(ReportWords.get("report.headline.none"))
			.contains("too few answers");
		for (ReportFormat format : ReportFormat.texts()) {
			assertThat(format.render(report)).as(format.name()).doesNotContain(ReportWords.get("report.headline.none"));
		}
		assertThat(report.profile()).allSatisfy(p -> assertThat(p.levelLabel()).isEqualTo("Too few answers to assess"));
	}

	@Test
	void namesThePrinciplesLeftUnassessed() throws Exception {
		Map<String, Object> noMonitoring = new HashMap<>();
		fixture.advisor().questionnaire().questions().stream()
			.filter(q -> q.elements().stream().anyMatch(e -> e.startsWith("P5.")) && !q.context())
			.forEach(q -> noMonitoring.put(q.id(), null));
		// follow-ups of the questions cleared no longer apply
		fixture.advisor().questionnaire().questions().stream()
			.filter(q -> q.showIf() != null && noMonitoring.containsKey(q.showIf().question()))
			.forEach(q -> noMonitoring.put(q.id(), null));
		Report report = builder.build(fixture.assess(AdvisorFixture.profile("established-leg", noMonitoring)));

		assertThat(report.summary().caution()).contains("P5");
		assertThat(ReportFormat.text.render(report)).contains(report.summary().caution().substring(0, 40));
	}

	/** The best rank of an action serving the principle. */
	private static int rank(Report report, String principle) {
		return report.actions().stream().filter(a -> a.elements().stream().anyMatch(e -> e.startsWith(principle + ".")))
			.mapToInt(Report.ActionItem::rank).min().orElseThrow();
	}

	private static Report.ContextNote note(Report report, String id) {
		return report.context().items().stream().filter(n -> n.id().equals(id)).findFirst().orElseThrow();
	}

	private static String title(Assessment assessment, String finding) {
		return assessment.findings().stream().filter(f -> f.id().equals(finding)).findFirst().orElseThrow().title();
	}

}
