package org.legadvisor.report.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.util.XRLog;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.Document;
import org.legadvisor.report.Report;
import org.legadvisor.report.html.HtmlReport;

/**
 * The report as an A4 PDF: the HTML report itself, laid out for print with every section open, charts included, so
 * that the PDF, the web page and {@code --format html} never drift apart.
 */
public final class PdfReport {

	private final HtmlReport html;

	public PdfReport(HtmlReport html) {
		this.html = html;
		// The renderer has one process-wide logger; installing ours again is harmless.
		XRLog.setLoggerImpl(new RendererLog());
	}

	public PdfReport() {
		this(new HtmlReport());
	}

	public byte[] write(Report report) {
		Document page = PrintablePage.prepare(Jsoup.parse(html.render(report)));
		ByteArrayOutputStream pdf = new ByteArrayOutputStream();
		try {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
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

}
