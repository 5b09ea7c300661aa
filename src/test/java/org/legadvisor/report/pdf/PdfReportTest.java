package org.legadvisor.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.legadvisor.language.Language;
import org.legadvisor.language.Words;
import org.legadvisor.report.ExampleReport;
import org.legadvisor.report.Report;

/** The PDF report, read back with PDFBox: A4 pages carrying the LEG, its summary, every action and every finding. */
class PdfReportTest {

	private static Report report;

	@BeforeAll
	static void assess() throws Exception {
		report = ExampleReport.of("donor-chaired-no-tor");
	}

	@Test
	void printsTheWholeReportOnA4PagesWithTheLegsNameTheSummaryEveryActionAndEveryFinding() throws Exception {
		try (PDDocument pdf = Loader.loadPDF(new PdfReport().write(report))) {
			assertThat(pdf.getNumberOfPages()).isGreaterThan(3);
			PDRectangle page = pdf.getPage(0).getMediaBox();
			assertThat(page.getWidth()).isCloseTo(PDRectangle.A4.getWidth(), org.assertj.core.data.Offset.offset(2f));
			assertThat(page.getHeight()).isCloseTo(PDRectangle.A4.getHeight(), org.assertj.core.data.Offset.offset(2f));
			String text = oneLine(new PDFTextStripper().getText(pdf));
			assertThat(text).contains(oneLine(report.leg().name()), oneLine(report.summary().reading()));
			for (Report.ActionItem action : report.actions()) {
				assertThat(text).contains(oneLine(action.title()));
			}
			for (Report.FindingItem finding : report.findings()) {
				assertThat(text).contains(oneLine(finding.title())).doesNotContain(finding.id());
			}
		}
	}

	@Test
	void aFrenchReportPrintsFrenchHeadingsAndNoEnglishOnes() throws Exception {
		Report french = ExampleReport.of("donor-chaired-no-tor", new Language("fr"));
		Words fr = Words.in(new Language("fr"));
		Words en = Words.in(Language.ENGLISH);
		try (PDDocument pdf = Loader.loadPDF(new PdfReport().write(french))) {
			String text = oneLine(new PDFTextStripper().getText(pdf));
			assertThat(text).contains(oneLine(french.summary().reading()), oneLine(french.actions().get(0).title()),
					fr.get("report.summary.title"), fr.get("report.context"), fr.get("report.findings"),
					fr.get("report.answers"));
			for (String key : List.of("report.summary.title", "report.context", "report.profile", "report.actions",
					"report.findings", "report.answers", "report.finding.evidence", "report.actions.why")) {
				assertThat(text).doesNotContain(en.get(key));
			}
		}
	}

	/** PDF text comes back with a line break wherever the layout wrapped a line: compare words, not lines. */
	private static String oneLine(String text) {
		return text.replaceAll("\\s+", " ").strip();
	}

}
