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

	text(report -> new TextReport(report.words()).render(report), null, "txt", "text/plain;charset=UTF-8"),
	markdown(report -> new MarkdownReport(report.words()).render(report), null, "md", "text/markdown;charset=UTF-8"),
	json(new JsonReport()::render, null, "json", "application/json"),
	html(report -> Templates.HTML.render(report), null, "html", "text/html;charset=UTF-8"),
	/** A Word document, an Excel workbook and a PDF: files rather than text, so only {@link #bytes} renders them. */
	docx(null, new WordReport()::write, "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
	xlsx(null, new ExcelReport()::write, "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
	pdf(null, report -> Templates.Pdf.PDF.write(report), "pdf", "application/pdf");

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

	private final String extension;

	private final String contentType;

	/** Exactly one of the two: a text format renders a string, a file format writes bytes. */
	ReportFormat(Function<Report, String> renderer, Function<Report, byte[]> binary, String extension,
			String contentType) {
		this.renderer = renderer;
		this.binary = binary;
		this.extension = extension;
		this.contentType = contentType;
	}

	/** The extension of a file in this format, without the dot: {@code md}, {@code docx}. */
	public String extension() {
		return extension;
	}

	/** The media type of this format, as HTTP names it (with the charset of a text format). */
	public String contentType() {
		return contentType;
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
