package org.legadvisor.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
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

	/** PDF text comes back with a line break wherever the layout wrapped a line: compare words, not lines. */
	private static String oneLine(String text) {
		return text.replaceAll("\\s+", " ").strip();
	}

}
