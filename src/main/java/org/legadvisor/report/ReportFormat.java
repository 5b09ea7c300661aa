package org.legadvisor.report;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

import org.legadvisor.report.html.HtmlReport;
import org.legadvisor.report.office.ExcelReport;
import org.legadvisor.report.office.WordReport;
import org.legadvisor.report.pdf.PdfReport;

/** The formats a report is rendered in. */
public enum ReportFormat {

	text(report -> new TextReport(report.words()).render(report), null),
	markdown(report -> new MarkdownReport(report.words()).render(report), null),
	json(new JsonReport()::render, null), html(report -> Templates.HTML.render(report), null),
	/** A Word document, an Excel workbook and a PDF: files rather than text, so only {@link #bytes} renders them. */
	docx(null, new WordReport()::write), xlsx(null, new ExcelReport()::write),
	pdf(null, report -> Templates.Pdf.PDF.write(report));

	/**
	 * The HTML and PDF reports, each made on its first use: setting up Thymeleaf (and the PDF renderer) costs a cold
	 * command that prints text or JSON a few tenths of a second (docs/performance.md).
	 */
	private static final class Templates {

		static final HtmlReport HTML = new HtmlReport();

		/** Apart, so that an HTML report does not set up the PDF renderer. */
		private static final class Pdf {

			static final PdfReport PDF = new PdfReport();

		}

	}

	private final Function<Report, String> renderer;

	private final Function<Report, byte[]> binary;

	/** Exactly one of the two: a text format renders a string, a file format writes bytes. */
	ReportFormat(Function<Report, String> renderer, Function<Report, byte[]> binary) {
		this.renderer = renderer;
		this.binary = binary;
	}

	public String render(Report report) {
		if (renderer == null) {
			throw new IllegalStateException("A " + name() + " report is a file, not text: write its bytes");
		}
		return renderer.apply(report);
	}

	/** The formats that render as text, to print or to send as a string. */
	public static List<ReportFormat> texts() {
		return Arrays.stream(values()).filter(format -> !format.binary()).toList();
	}

	/** Whether this format is a file to write (Word, Excel) rather than text to print. */
	public boolean binary() {
		return binary != null;
	}

	/** The report as the bytes of its file: UTF-8 text, or the document itself. */
	public byte[] bytes(Report report) {
		if (this == json) {
			// Written as bytes at once rather than as a string then encoded: the service sends every report so.
			return JsonReport.utf8(report);
		}
		return binary != null ? binary.apply(report) : render(report).getBytes(StandardCharsets.UTF_8);
	}

}
