package org.legadvisor.report.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.util.Diagnostic;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.Document;
import org.legadvisor.report.Report;
import org.legadvisor.report.html.HtmlReport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The report as an A4 PDF: the HTML report itself, laid out for print with every section open, charts included, so
 * that the PDF, the web page and {@code --format html} never drift apart.
 */
public final class PdfReport {

	private static final Logger LOG = LoggerFactory.getLogger(PdfReport.class);

	private final HtmlReport html;

	public PdfReport(HtmlReport html) {
		this.html = html;
	}

	public PdfReport() {
		this(new HtmlReport());
	}

	public byte[] write(Report report) {
		Document page = Jsoup.parse(html.render(report));
		// On paper nothing can be opened: every section is printed, as with the page's "Print everything".
		page.select("details").attr("open", "");
		page.select("script, button, form, .no-print").remove();
		ByteArrayOutputStream pdf = new ByteArrayOutputStream();
		try {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.withDiagnosticConsumer(PdfReport::note);
			builder.useSVGDrawer(new BatikSVGDrawer());
			builder.withW3cDocument(new W3CDom().fromJsoup(page), "about:blank");
			builder.toStream(pdf);
			builder.run();
		}
		catch (IOException e) {
			throw new UncheckedIOException("The PDF report could not be laid out", e);
		}
		return pdf.toByteArray();
	}

	/**
	 * The renderer reports each CSS feature it does not lay out (grid, custom properties ...): expected, since the
	 * page is written for browsers, so these are details for whoever debugs the PDF, not warnings for its reader.
	 */
	private static void note(Diagnostic diagnostic) {
		if (diagnostic.hasError()) {
			LOG.warn("PDF layout: {}", diagnostic.getFormattedMessage(), diagnostic.getError());
		}
		else {
			LOG.debug("PDF layout: {}", diagnostic.getFormattedMessage());
		}
	}

}
