package org.legadvisor.report.office;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.legadvisor.assessment.AdvisorFixture;
import org.legadvisor.assessment.Assessment;
import org.legadvisor.language.Language;
import org.legadvisor.language.Translator;
import org.legadvisor.language.Words;
import org.legadvisor.report.Report;
import org.legadvisor.report.ReportBuilder;

/**
 * The Word and Excel reports in French, opened again with POI: the headings, column names and sheet names in French,
 * and none of the English ones the office formats write.
 */
class FrenchOfficeReportTest {

	/** Every key of the messages the Word and Excel reports write themselves (the rest comes from the report). */
	private static final List<String> OFFICE_KEYS = List.of("report.title", "report.country", "report.assessedOn",
			"report.respondent", "office.summary", "report.profile", "report.profile.caption", "report.actions",
			"report.findings", "report.profile.principle", "report.profile.score", "report.profile.level",
			"report.profile.answered", "report.profile.findings", "office.finding", "office.severity",
			"report.finding.challenge", "report.finding.evidence", "report.finding.basis", "report.actions.rank",
			"report.actions.action", "report.actions.lead", "report.actions.horizon", "office.firstStep",
			"office.owner", "office.dueDate", "office.status", "office.question", "office.answer",
			"office.sheet.principles", "office.sheet.findings", "office.sheet.actions", "office.sheet.answers");

	private static final Words ENGLISH = Words.in(Language.ENGLISH);

	private static final Words FRENCH = Words.in(new Language("fr"));

	private static AdvisorFixture fixture;

	private static Report report;

	@BeforeAll
	static void assess() throws Exception {
		fixture = new AdvisorFixture();
		Translator translator = new Translator(fixture.advisor().questionnaire(), fixture.advisor().knowledge());
		Assessment assessment = fixture.assess(AdvisorFixture.profile("donor-chaired-no-tor"));
		report = new ReportBuilder(translator.in(new Language("fr"))).build(assessment);
	}

	@AfterAll
	static void close() {
		fixture.close();
	}

	@Test
	void theWordDocumentHasFrenchHeadingsAndTableHeadersAndNoEnglishOnes() throws Exception {
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(new WordReport().write(report)))) {
			assertThat(document.getParagraphs().get(0).getText())
				.isEqualTo("Rapport LEG Advisor : " + report.leg().name());
			List<String> headings = document.getParagraphs().stream().filter(p -> p.getStyleID() != null)
				.map(XWPFParagraph::getText).toList();
			assertThat(headings).contains("Synthèse", FRENCH.get("report.profile"), FRENCH.get("report.actions"),
					FRENCH.get("report.findings"));
			assertThat(document.getTables().get(1).getRow(0).getCell(0).getText()).isEqualTo("Rang");
			assertThat(document.getTables().get(1).getRow(1).getCell(1).getText())
				.isEqualTo(report.actions().get(0).title());
			String text = new XWPFWordExtractor(document).getText();
			assertThat(text).contains("Pays : " + report.leg().country(), report.summary().headline());
			assertThat(text).doesNotContain(englishOnly());
		}
	}

	@Test
	void theWorkbookHasFrenchSheetNamesAndColumnNamesAndNoEnglishOnes() throws Exception {
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(new ExcelReport().write(report)))) {
			List<String> sheets = new ArrayList<>();
			workbook.forEach(s -> sheets.add(s.getSheetName()));
			assertThat(sheets).containsExactly("Principes", "Constats", "Actions", "Réponses");
			assertThat(header(workbook.getSheet("Actions").getRow(0))).containsExactly("Rang", "Action",
					"Chef de file", "Échéance", "Première étape", "Responsable", "Échéance", "État d'avancement");
			assertThat(header(workbook.getSheet("Réponses").getRow(0))).containsExactly("Question", "Réponse");
			List<String> written = new ArrayList<>();
			workbook.forEach(sheet -> sheet.forEach(row -> row.forEach(cell -> written.add(cell.toString()))));
			assertThat(String.join("\n", written)).contains(report.findings().get(0).title())
				.doesNotContain(englishOnly());
		}
	}

	/** The English words of the office formats that French says otherwise ("Summary", "Due date"...). */
	private static String[] englishOnly() {
		return OFFICE_KEYS.stream().filter(key -> !ENGLISH.get(key).equals(FRENCH.get(key))).map(ENGLISH::get)
			.toArray(String[]::new);
	}

	private static List<String> header(Row row) {
		List<String> cells = new ArrayList<>();
		row.forEach((Cell c) -> cells.add(c.getStringCellValue()));
		return cells;
	}

}
