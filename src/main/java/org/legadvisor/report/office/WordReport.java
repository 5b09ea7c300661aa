package org.legadvisor.report.office;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.stream.Collectors;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFPicture;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.legadvisor.language.Words;
import org.legadvisor.report.Report;
import org.legadvisor.report.pdf.RadarPicture;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDecimalNumber;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTHpsMeasure;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTOnOff;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTString;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * The report as a Word document the LEG can edit, in the report's language: its name in the title, the summary, then
 * the principle profile (the report's radar chart as a picture, and the scores as a table), the ranked actions and
 * the findings as tables. Headings are real Word headings, so the navigation pane lists them.
 */
public final class WordReport {

	/** The radar's width on the page: 15 cm, within an A4 or Letter page's margins. */
	private static final double RADAR_CM = 15;

	/** Drawn at twice its size on screen, so that it stays sharp when printed. */
	private static final int RADAR_PIXELS = 1080;

	private final RadarPicture radar;

	public WordReport(RadarPicture radar) {
		this.radar = radar;
	}

	public WordReport() {
		this(new RadarPicture());
	}

	public byte[] write(Report report) {
		try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Words words = report.words();
			addHeadingStyles(document);
			heading(document, 1, words.format("office.labelled", words.get("report.title"), report.leg().name()));
			ReportTables.identity(report).forEach(line -> paragraph(document, line));
			heading(document, 2, words.get("office.summary"));
			paragraph(document, report.summary().headline());
			if (report.summary().caution() != null) {
				paragraph(document, report.summary().caution());
			}
			paragraph(document, report.context().intro());
			report.context().items().forEach(note -> paragraph(document, note.label() + ". " + note.effect()));
			heading(document, 2, words.get("report.profile"));
			radar.png(report, RADAR_PIXELS).ifPresent(png -> picture(document, png, radarDescription(report)));
			paragraph(document, words.get("report.profile.caption"));
			table(document, ReportTables.principles(report));
			if (!report.actions().isEmpty()) {
				heading(document, 2, words.get("report.actions"));
				paragraph(document, report.ranking().description());
				table(document, ReportTables.actions(report, false));
			}
			if (!report.findings().isEmpty()) {
				heading(document, 2, words.get("report.findings"));
				table(document, ReportTables.findings(report));
			}
			document.write(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static void heading(XWPFDocument document, int level, String text) {
		XWPFParagraph paragraph = document.createParagraph();
		paragraph.setStyle("Heading" + level);
		paragraph.createRun().setText(text);
	}

	private static void paragraph(XWPFDocument document, String text) {
		document.createParagraph().createRun().setText(text);
	}

	/** The picture in a paragraph of its own, centred, with {@code description} as its alternative text. */
	private static void picture(XWPFDocument document, RadarPicture.Png png, String description) {
		XWPFParagraph paragraph = document.createParagraph();
		paragraph.setAlignment(ParagraphAlignment.CENTER);
		double widthPoints = RADAR_CM / 2.54 * 72;
		try {
			XWPFPicture picture = paragraph.createRun().addPicture(new ByteArrayInputStream(png.bytes()),
					Document.PICTURE_TYPE_PNG, "radar.png", Units.toEMU(widthPoints),
					Units.toEMU(widthPoints * png.height() / png.width()));
			// Word reads the alternative text from the drawing's properties; other readers from the picture's.
			picture.getCTPicture().getNvPicPr().getCNvPr().setDescr(description);
			CTR run = paragraph.getRuns().get(0).getCTR();
			run.getDrawingArray(0).getInlineArray(0).getDocPr().setDescr(description);
		}
		catch (InvalidFormatException | IOException e) {
			throw new IllegalStateException("The radar chart could not be placed in the Word report", e);
		}
	}

	/** The radar in words, for a reader who cannot see it: each principle's score, or that it could not be scored. */
	private static String radarDescription(Report report) {
		Words words = report.words();
		String scores = report.profile().stream()
			.map(p -> words.format("office.labelled", p.name(),
					p.score() == null ? words.get("report.profile.insufficient") : p.score() + " (" + p.levelLabel() + ")"))
			.collect(Collectors.joining("; "));
		return words.format("office.radar.description", scores);
	}

	private static void table(XWPFDocument document, ReportTables.Table table) {
		XWPFTable word = document.createTable(table.rows().size() + 1, table.header().size());
		word.setWidth("100%");
		XWPFTableRow header = word.getRow(0);
		header.setRepeatHeader(true);
		for (int c = 0; c < table.header().size(); c++) {
			var run = header.getCell(c).getParagraphs().get(0).createRun();
			run.setBold(true);
			run.setText(table.header().get(c));
		}
		for (int r = 0; r < table.rows().size(); r++) {
			for (int c = 0; c < table.header().size(); c++) {
				word.getRow(r + 1).getCell(c).getParagraphs().get(0).createRun()
					.setText(String.valueOf(table.rows().get(r).get(c)));
			}
		}
	}

	/** A blank POI document has no styles: Heading1 and Heading2 are defined here as Word defines them. */
	private static void addHeadingStyles(XWPFDocument document) {
		XWPFStyles styles = document.createStyles();
		for (int level = 1; level <= 2; level++) {
			CTStyle style = CTStyle.Factory.newInstance();
			style.setStyleId("Heading" + level);
			CTString name = CTString.Factory.newInstance();
			name.setVal("heading " + level);
			style.setName(name);
			CTDecimalNumber priority = CTDecimalNumber.Factory.newInstance();
			priority.setVal(BigInteger.valueOf(9));
			style.setUiPriority(priority);
			style.setQFormat(CTOnOff.Factory.newInstance());
			CTPPrGeneral paragraph = CTPPrGeneral.Factory.newInstance();
			CTDecimalNumber outline = CTDecimalNumber.Factory.newInstance();
			outline.setVal(BigInteger.valueOf(level - 1L));
			paragraph.setOutlineLvl(outline);
			style.setPPr(paragraph);
			CTRPr run = CTRPr.Factory.newInstance();
			run.addNewB();
			CTHpsMeasure size = run.addNewSz();
			size.setVal(BigInteger.valueOf(level == 1 ? 36 : 28));
			style.setRPr(run);
			XWPFStyle heading = new XWPFStyle(style);
			heading.setType(STStyleType.PARAGRAPH);
			styles.addStyle(heading);
		}
	}

}
