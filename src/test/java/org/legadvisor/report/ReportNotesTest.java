package org.legadvisor.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.legadvisor.assessment.AdvisorFixture;
import org.legadvisor.knowledge.JsonFiles;
import org.legadvisor.knowledge.KnowledgeBase;
import org.legadvisor.questionnaire.Questionnaire;

/** The respondent's free text reaches every format, under its own heading, and as text only. */
class ReportNotesTest {

	private static final String NOTE = "A new minister took office in March <b>2026</b> & the plan is late.";

	private static AdvisorFixture fixture;

	private static ReportBuilder builder;

	@BeforeAll
	static void compileTheRules() throws Exception {
		fixture = new AdvisorFixture();
		builder = new ReportBuilder(Questionnaire.load(AdvisorFixture.KNOWLEDGE_BASE.resolve("questionnaire.json")),
				KnowledgeBase.load(AdvisorFixture.KNOWLEDGE_BASE));
	}

	@AfterAll
	static void release() {
		fixture.close();
	}

	private static Report report(Object note) throws Exception {
		return builder.build(fixture.assess(AdvisorFixture.profile("crisis-setting",
				note == null ? Map.of() : Map.of("context.notes", note))));
	}

	@Test
	void showsTheNotesFromTheRespondentInEveryFormat() throws Exception {
		Report report = report(NOTE);

		assertThat(ReportFormat.text.render(report)).contains("NOTES FROM THE RESPONDENT", NOTE);
		assertThat(ReportFormat.markdown.render(report)).contains("## Notes from the respondent",
				"A new minister took office in March &lt;b&gt;2026&lt;/b&gt; &amp; the plan is late.")
			.doesNotContain("<b>");
		JsonNode json = JsonFiles.mapper().readTree(ReportFormat.json.render(report));
		assertThat(json.get("notes").get(0).get("question").asText()).isEqualTo("context.notes");
		assertThat(json.get("notes").get(0).get("text").asText()).isEqualTo(NOTE);
	}

	@Test
	void leavesTheNotesOutWhenThereAreNone() throws Exception {
		for (Object none : new Object[] { null, "   " }) {
			Report report = report(none);

			assertThat(report.notes()).isEmpty();
			assertThat(ReportFormat.text.render(report)).doesNotContain("NOTES FROM THE RESPONDENT");
			assertThat(ReportFormat.markdown.render(report)).doesNotContain("Notes from the respondent");
		}
	}

	@Test
	void namesTheRespondentInTheTextAndMarkdownReports() throws Exception {
		Report report = report(null);

		assertThat(report.leg().respondent()).isNotBlank();
		assertThat(ReportFormat.text.render(report)).contains("Answered by: " + report.leg().respondent());
		assertThat(ReportFormat.markdown.render(report)).contains("Answered by: " + report.leg().respondent());
	}

}
