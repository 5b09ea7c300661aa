package org.legadvisor.interchange.submissions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.node.TextNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.legadvisor.assessment.AdvisorFixture;
import org.legadvisor.questionnaire.AnswersDocument;
import org.legadvisor.questionnaire.AnswersReader;
import org.legadvisor.questionnaire.Questionnaire;

/** Submissions exported from the XLSForm come back as the answers they were, and assess as the examples do. */
class SubmissionImportTest {

	private static AdvisorFixture fixture;

	private static Questionnaire questionnaire;

	private static List<Path> examples;

	private static List<AnswersDocument> documents;

	@TempDir
	Path dir;

	@BeforeAll
	static void load() throws Exception {
		fixture = new AdvisorFixture();
		questionnaire = fixture.advisor().questionnaire();
		try (Stream<Path> files = Files.list(AdvisorFixture.EXAMPLES)) {
			examples = files.filter(f -> f.toString().endsWith(".json") && !f.toString().endsWith(".expected.json"))
				.sorted().toList();
		}
		documents = new ArrayList<>();
		for (Path example : examples) {
			documents.add(new AnswersReader().read(example));
		}
	}

	@AfterAll
	static void close() {
		fixture.close();
	}

	@Test
	void aKoboCsvOfTheExamplesImportsToTheSameFindingsAsAssessingTheExamples() throws Exception {
		SurveyExport kobo = new SurveyExport(questionnaire, SurveyExport.Layout.KOBO);
		Path csv = Files.writeString(dir.resolve("kobo.csv"), kobo.csv(rows(kobo, documents)));

		SubmissionImport.Result result = new SubmissionImport(questionnaire).read(csv);

		assertSameFindingsAsTheExamples(result);
		assertThat(result.unreadColumns()).isEmpty();
	}

	@Test
	void anOdkCentralXlsxWithOneColumnPerOptionImportsToTheSameFindings() throws Exception {
		SurveyExport odk = new SurveyExport(questionnaire, SurveyExport.Layout.ODK_CENTRAL);
		Path xlsx = dir.resolve("odk.xlsx");
		try (OutputStream out = Files.newOutputStream(xlsx)) {
			odk.xlsx(rows(odk, documents), out);
		}

		assertSameFindingsAsTheExamples(new SubmissionImport(questionnaire).read(xlsx));
	}

	@Test
	void aRowWithABadValueIsReportedByRowAndQuestionTextAndTheOthersGoThrough() throws Exception {
		SurveyExport kobo = new SurveyExport(questionnaire, SurveyExport.Layout.KOBO);
		List<List<Object>> rows = rows(kobo, documents.subList(0, 3));
		int active = kobo.header().indexOf("participation/members_active");
		rows.get(1).set(active, "2.5");
		Path csv = Files.writeString(dir.resolve("kobo.csv"), kobo.csv(rows));

		SubmissionImport.Result result = new SubmissionImport(questionnaire).read(csv);

		assertThat(result.rows()).extracting(ImportedRow::row).containsExactly(2, 3, 4);
		assertThat(result.rows()).extracting(ImportedRow::valid).containsExactly(true, false, true);
		String text = questionnaire.question("members.active").orElseThrow().text();
		assertThat(result.rows().get(1).problems()).singleElement().asString()
			.isEqualTo("Question \"" + text + "\": expected a whole number from 0 to 300, got 2.5")
			.doesNotContain("members.active").doesNotContain("members_active");
	}

	@Test
	void aFollowUpAnsweredAgainstItsParentNamesBothQuestionsByTheirText() throws Exception {
		SurveyExport kobo = new SurveyExport(questionnaire, SurveyExport.Layout.KOBO);
		List<List<Object>> rows = rows(kobo, documents.subList(0, 1));
		rows.get(0).set(kobo.header().indexOf("participation/members_total"), "5");
		rows.get(0).set(kobo.header().indexOf("participation/members_active"), "9");
		Path csv = Files.writeString(dir.resolve("kobo.csv"), kobo.csv(rows));

		List<String> problems = new SubmissionImport(questionnaire).read(csv).rows().get(0).problems();

		assertThat(problems).singleElement().asString()
			.contains(questionnaire.question("members.active").orElseThrow().text())
			.contains("\"" + questionnaire.question("members.total").orElseThrow().text() + "\"")
			.doesNotContain("members.total");
	}

	@Test
	void dontKnowChosenAloneInAMultipleChoiceIsDontKnowInEitherLayout() throws Exception {
		AnswersDocument unknown = documents.get(0).withChanges(Map.of("priorities.focus", TextNode.valueOf("dont_know")));
		for (SurveyExport.Layout layout : SurveyExport.Layout.values()) {
			SurveyExport export = new SurveyExport(questionnaire, layout);
			Path csv = Files.writeString(dir.resolve(layout + ".csv"), export.csv(rows(export, List.of(unknown))));

			ImportedRow row = new SubmissionImport(questionnaire).read(csv).rows().get(0);

			assertThat(row.problems()).as(layout.name()).isEmpty();
			assertThat(row.document().answers().get("priorities.focus").asText()).as(layout.name()).isEqualTo("dont_know");
		}
	}

	@Test
	void aRowWithoutTheLegsNameIsRefusedInWords() throws Exception {
		SurveyExport kobo = new SurveyExport(questionnaire, SurveyExport.Layout.KOBO);
		List<List<Object>> rows = rows(kobo, documents.subList(0, 1));
		rows.get(0).set(kobo.header().indexOf("leg/leg_name"), "");
		Path csv = Files.writeString(dir.resolve("kobo.csv"), kobo.csv(rows));

		assertThat(new SubmissionImport(questionnaire).read(csv).rows().get(0).problems()).singleElement().asString()
			.startsWith("The LEG's name: expected the name of the LEG assessed");
	}

	@Test
	void aFileWithoutAnyQuestionColumnIsRefusedWithWhatToExport() throws Exception {
		Path csv = Files.writeString(dir.resolve("labels.csv"), "Name of the LEG;Does the LEG have a ToR?\nX;Yes\n");

		assertThat(catchThrowable(() -> new SubmissionImport(questionnaire).read(csv)))
			.isInstanceOf(UnreadableSubmissionsException.class).hasMessageContaining("XML values and headers");
	}

	private static List<List<Object>> rows(SurveyExport export, List<AnswersDocument> documents) {
		List<List<Object>> rows = new ArrayList<>();
		for (int i = 0; i < documents.size(); i++) {
			rows.add(new ArrayList<>(export.row(documents.get(i), i + 1)));
		}
		return rows;
	}

	private void assertSameFindingsAsTheExamples(SubmissionImport.Result result) throws Exception {
		assertThat(result.rows()).hasSize(examples.size());
		for (int i = 0; i < examples.size(); i++) {
			ImportedRow row = result.rows().get(i);
			assertThat(row.problems()).as(examples.get(i).toString()).isEmpty();
			assertThat(row.document().leg()).isEqualTo(documents.get(i).leg());
			assertThat(row.document().answers()).as(examples.get(i).toString())
				.containsOnlyKeys(documents.get(i).answers().keySet());
			assertThat(fixture.findingIds(row.document())).as(examples.get(i).toString())
				.containsExactlyElementsOf(fixture.findingIds(documents.get(i)));
		}
	}

}
