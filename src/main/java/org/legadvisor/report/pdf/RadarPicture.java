package org.legadvisor.report.pdf;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.util.Optional;

import org.apache.batik.transcoder.TranscoderException;
import org.apache.batik.transcoder.TranscoderInput;
import org.apache.batik.transcoder.TranscoderOutput;
import org.apache.batik.transcoder.image.PNGTranscoder;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.legadvisor.report.Report;
import org.legadvisor.report.html.HtmlReport;

/**
 * The report's radar chart as a PNG picture, for documents that cannot draw SVG themselves (Word): the very chart of
 * the HTML report and the PDF, its styles written onto it as for the PDF, drawn by Batik.
 */
public final class RadarPicture {

	/** A PNG picture and its size in pixels. */
	public record Png(byte[] bytes, int width, int height) {
	}

	/** The chart's id in the report page. */
	private static final String CHART = "radar-chart";

	private final HtmlReport html;

	public RadarPicture(HtmlReport html) {
		this.html = html;
	}

	public RadarPicture() {
		this(new HtmlReport());
	}

	/**
	 * The chart drawn {@code widthPixels} wide, its height in proportion; empty when the report has no radar (no
	 * principle to plot).
	 */
	public Optional<Png> png(Report report, int widthPixels) {
		Document page = PrintablePage.prepare(Jsoup.parse(html.render(report)));
		Element chart = page.getElementById(CHART);
		if (chart == null || report.profile().isEmpty()) {
			return Optional.empty();
		}
		// On the page the chart's text takes the body's font; drawn alone it needs its own.
		chart.attr("font-family", "sans-serif");
		page.outputSettings().syntax(Document.OutputSettings.Syntax.xml).prettyPrint(false);
		PNGTranscoder transcoder = new PNGTranscoder();
		transcoder.addTranscodingHint(PNGTranscoder.KEY_WIDTH, (float) widthPixels);
		transcoder.addTranscodingHint(PNGTranscoder.KEY_BACKGROUND_COLOR, java.awt.Color.WHITE);
		ByteArrayOutputStream png = new ByteArrayOutputStream();
		try {
			transcoder.transcode(new TranscoderInput(new StringReader(chart.outerHtml())), new TranscoderOutput(png));
		}
		catch (TranscoderException e) {
			throw new IllegalStateException("The radar chart could not be drawn as a picture", e);
		}
		// The chart's own proportions (its viewBox), as Batik kept them.
		double ratio = Double.parseDouble(chart.attr("height")) / Double.parseDouble(chart.attr("width"));
		return Optional.of(new Png(png.toByteArray(), widthPixels, (int) Math.round(widthPixels * ratio)));
	}

}
