package org.legadvisor.report.office;

import static org.assertj.core.api.Assertions.assertThat;

import static org.assertj.core.api.Assertions.within;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFPicture;
import org.apache.poi.xwpf.usermodel.XWPFPictureData;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.legadvisor.report.ExampleReport;
import org.legadvisor.report.Report;

/** The Word and Excel reports, opened again with POI: what a LEG reads in them, never an id. */
class OfficeReportTest {

	private static Report report;

	@BeforeAll
	static void assess() throws Exception {
		report = ExampleReport.of("donor-chaired-no-tor");
	}

	@Test
	void theWordDocumentHasTheLegsNameAsATitleTheSummaryAndTablesOfScoresActionsAndFindings() throws Exception {
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(new WordReport().write(report)))) {
			assertThat(document.getParagraphs().get(0).getText()).isEqualTo("LEG Advisor report: " + report.leg().name());
			assertThat(document.getParagraphs().get(0).getStyleID()).isEqualTo("Heading1");
			assertThat(document.getStyles().styleExist("Heading2")).isTrue();
			String text = new XWPFWordExtractor(document).getText();
			assertThat(text).contains(report.summary().headline()).contains("Country: " + report.leg().country());
			List<XWPFTable> tables = document.getTables();
			assertThat(tables).hasSize(3);
			assertThat(tables.get(0).getNumberOfRows()).isEqualTo(report.profile().size() + 1);
			assertThat(tables.get(0).getRow(1).getCell(0).getText()).isEqualTo(report.profile().get(0).name());
			assertThat(tables.get(1).getRow(1).getCell(1).getText()).isEqualTo(report.actions().get(0).title());
			assertThat(tables.get(2).getNumberOfRows()).isEqualTo(report.findings().size() + 1);
			for (Report.FindingItem finding : report.findings()) {
				assertThat(text).contains(finding.title()).doesNotContain(finding.id());
			}
			report.actions().forEach(a -> assertThat(text).doesNotContain(a.id()));
		}
	}

	@Test
	void theWordDocumentShowsTheRadarAsAPictureUnderTheProfileHeadingWithItsScoresAsAlternativeText() throws Exception {
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(new WordReport().write(report)))) {
			assertThat(document.getAllPictures()).hasSize(1);
			XWPFPictureData data = document.getAllPictures().get(0);
			assertThat(data.getPictureType()).isEqualTo(Document.PICTURE_TYPE_PNG);
			BufferedImage image = ImageIO.read(new ByteArrayInputStream(data.getData()));
			assertThat(image.getWidth()).isGreaterThanOrEqualTo(800);
			assertThat((double) image.getHeight() / image.getWidth()).isCloseTo(420.0 / 540, within(0.01));

			List<XWPFParagraph> paragraphs = document.getParagraphs();
			int at = paragraphs.indexOf(paragraphs.stream().filter(p -> !p.getRuns().isEmpty()
					&& !p.getRuns().get(0).getEmbeddedPictures().isEmpty()).findFirst().orElseThrow());
			assertThat(paragraphs.get(at - 1).getText()).isEqualTo("Principle profile");
			assertThat(paragraphs.get(at - 1).getStyleID()).isEqualTo("Heading2");
			assertThat(paragraphs.get(at + 1).getText()).startsWith("Score out of 100");
			XWPFPicture picture = paragraphs.get(at).getRuns().get(0).getEmbeddedPictures().get(0);
			// 15 cm wide on the page, in the picture's proportions.
			assertThat(picture.getWidth()).isCloseTo(15 / 2.54 * 72, within(1.0));
			assertThat(picture.getDepth()).isCloseTo(15 / 2.54 * 72 * 420 / 540, within(1.0));
			String description = picture.getDescription();
			assertThat(description).startsWith("Radar chart of the principle profile");
			report.profile().forEach(p -> assertThat(description).contains(p.name()
					+ (p.score() == null ? ": too few answers to assess" : ": " + p.score() + " (" + p.levelLabel() + ")")));
			assertThat(paragraphs.get(at).getCTP().xmlText()).contains("descr=\"" + description.substring(0, 20));
		}
	}

	@Test
	void theWorkbookHasPrinciplesFindingsActionsWithPlanColumnsAndAnswers() throws Exception {
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(new ExcelReport().write(report)))) {
			List<String> sheets = new ArrayList<>();
			workbook.forEach(s -> sheets.add(s.getSheetName()));
			assertThat(sheets).containsExactly("Principles", "Findings", "Actions", "Answers");

			Sheet principles = workbook.getSheet("Principles");
			assertThat(principles.getLastRowNum()).isEqualTo(report.profile().size());
			Report.PrincipleItem first = report.profile().get(0);
			if (first.score() != null) {
				assertThat(principles.getRow(1).getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
				assertThat(principles.getRow(1).getCell(1).getNumericCellValue()).isEqualTo(first.score().doubleValue());
			}

			Sheet actions = workbook.getSheet("Actions");
			assertThat(cells(actions.getRow(0))).containsExactly("Rank", "Action", "Who leads", "When", "First step",
					"Owner", "Due date", "Status");
			assertThat(actions.getLastRowNum()).isEqualTo(report.actions().size());
			Row top = actions.getRow(1);
			assertThat(top.getCell(0).getNumericCellValue()).isEqualTo(1);
			assertThat(top.getCell(1).getStringCellValue()).isEqualTo(report.actions().get(0).title());
			assertThat(top.getCell(5)).isNull();

			Sheet findings = workbook.getSheet("Findings");
			List<String> titles = new ArrayList<>();
			for (int r = 1; r <= findings.getLastRowNum(); r++) {
				titles.add(findings.getRow(r).getCell(0).getStringCellValue());
			}
			assertThat(titles).containsExactlyElementsOf(report.findings().stream().map(Report.FindingItem::title).toList());

			Sheet answers = workbook.getSheet("Answers");
			assertThat(cells(answers.getRow(0))).containsExactly("Question", "Answer");
			List<String> questions = new ArrayList<>();
			for (int r = 1; r <= answers.getLastRowNum(); r++) {
				questions.add(answers.getRow(r).getCell(0).getStringCellValue());
			}
			assertThat(questions).doesNotHaveDuplicates()
				.contains(report.findings().get(0).evidence().get(0).questionText());
		}
	}

	@Test
	void thePrinciplesSheetChartsEachPrinciplesScoreAsABarFromItsOwnCells() throws Exception {
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(new ExcelReport().write(report)))) {
			XSSFSheet principles = workbook.getSheet("Principles");
			List<XSSFChart> charts = principles.getDrawingPatriarch().getCharts();
			assertThat(charts).hasSize(1);
			XSSFChart chart = charts.get(0);
			assertThat(chart.getTitleText().getString()).isEqualTo("Principle profile");
			assertThat(chart.getChartSeries()).hasSize(1);
			XDDFBarChartData bars = (XDDFBarChartData) chart.getChartSeries().get(0);
			assertThat(bars.getBarDirection()).isEqualTo(BarDirection.BAR);
			assertThat(bars.getSeriesCount()).isEqualTo(1);
			int last = report.profile().size() + 1;
			assertThat(bars.getSeries(0).getCategoryData().getDataRangeReference()).isEqualTo("Principles!$A$2:$A$" + last);
			assertThat(bars.getSeries(0).getValuesData().getDataRangeReference()).isEqualTo("Principles!$B$2:$B$" + last);
			assertThat(bars.getValueAxes().get(0).getMaximum()).isEqualTo(100);
			// The chart sits beside the table, not over it.
			assertThat(principles.getDrawingPatriarch().getCTDrawing().getTwoCellAnchorArray(0).getFrom().getCol())
				.isGreaterThanOrEqualTo(principles.getRow(0).getLastCellNum());
		}
	}

	private static List<String> cells(Row row) {
		DataFormatter formatter = new DataFormatter();
		List<String> cells = new ArrayList<>();
		row.forEach(c -> cells.add(formatter.formatCellValue(c)));
		return cells;
	}

}
