package org.legadvisor.report.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.legadvisor.report.Report;

/**
 * The geometry of the principle profile as a radar (spider) chart, drawn as SVG by the report template. One axis per
 * principle, scores 0-100 from the centre out; a principle with insufficient evidence gets a dashed axis and a hollow
 * marker, and is left out of the shaded area rather than drawn as zero.
 */
record RadarChart(int width, int height, double centerX, double centerY, List<Ring> rings, List<Axis> axes,
		String area, List<Point> points) {

	/** A grid polygon at one score (25, 50, 75, 100), and where its score is written. */
	record Ring(int score, String points, double labelY) {
	}

	/**
	 * One principle's axis, its label position and text anchor; {@code score} is null with insufficient evidence. The
	 * label is the principle's short name, on one or two lines ({@code nameLines}), then its id and score.
	 */
	record Axis(String principle, String name, Integer score, String levelLabel, double x, double y, double labelX,
			double labelY, String anchor, List<String> nameLines) {

		public boolean insufficient() {
			return score == null;
		}

	}

	/** A scored principle's point on its axis. */
	record Point(String principle, int score, double x, double y) {
	}

	private static final int WIDTH = 540;

	private static final int HEIGHT = 420;

	private static final double RADIUS = 125;

	private static final double LABEL_GAP = 18;

	/** The height of a label line, in the chart's units (the labels are 17 units high, see report-style.html). */
	private static final double LINE = 19;

	/** A short name longer than this is set on two lines, so that the chart stays narrow enough for a phone. */
	private static final int LINE_LENGTH = 12;

	static RadarChart of(List<Report.PrincipleItem> profile) {
		double cx = WIDTH / 2.0;
		double cy = HEIGHT / 2.0 - 5;
		int n = profile.size();
		List<Ring> rings = new ArrayList<>();
		for (int score = 25; score <= 100; score += 25) {
			List<String> corners = new ArrayList<>();
			for (int i = 0; i < n; i++) {
				corners.add(point(cx, cy, i, n, RADIUS * score / 100));
			}
			rings.add(new Ring(score, String.join(" ", corners), round(cy - RADIUS * score / 100 + 12)));
		}
		List<Axis> axes = new ArrayList<>();
		List<Point> points = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			Report.PrincipleItem item = profile.get(i);
			double angle = angle(i, n);
			double cos = Math.cos(angle);
			double sin = Math.sin(angle);
			String anchor = cos > 0.3 ? "start" : cos < -0.3 ? "end" : "middle";
			List<String> nameLines = lines(item.shortName() == null ? item.principle() : item.shortName());
			// The label block (name lines and the score line) sits beyond the axis end: above it at the top, below it
			// at the bottom, centred on it at the sides; labelY is the first line's baseline.
			double block = (nameLines.size() + 1) * LINE;
			double labelY = cy + sin * (RADIUS + LABEL_GAP)
					+ (sin < -0.3 ? -block + LINE - 4 : sin > 0.3 ? LINE - 2 : LINE - block / 2 - 2);
			axes.add(new Axis(item.principle(), item.name(), item.score(), item.levelLabel(),
					round(cx + cos * RADIUS), round(cy + sin * RADIUS),
					round(cx + cos * (RADIUS + LABEL_GAP)), round(labelY), anchor, nameLines));
			if (item.score() != null) {
				double r = RADIUS * item.score() / 100;
				points.add(new Point(item.principle(), item.score(), round(cx + cos * r), round(cy + Math.sin(angle) * r)));
			}
		}
		String area = String.join(" ", points.stream().map(p -> format(p.x()) + "," + format(p.y())).toList());
		return new RadarChart(WIDTH, HEIGHT, cx, cy, rings, axes, points.size() >= 3 ? area : "", points);
	}

	/** A short name on one line, or on two split at the space nearest its middle when it is long. */
	static List<String> lines(String shortName) {
		if (shortName.length() <= LINE_LENGTH || shortName.indexOf(' ') < 0) {
			return List.of(shortName);
		}
		int middle = shortName.length() / 2;
		int split = shortName.indexOf(' ');
		for (int i = split; i >= 0; i = shortName.indexOf(' ', i + 1)) {
			if (Math.abs(i - middle) < Math.abs(split - middle)) {
				split = i;
			}
		}
		return List.of(shortName.substring(0, split), shortName.substring(split + 1));
	}

	/** The first axis points up; the others follow clockwise. */
	private static double angle(int i, int n) {
		return -Math.PI / 2 + 2 * Math.PI * i / n;
	}

	private static String point(double cx, double cy, int i, int n, double r) {
		return format(cx + Math.cos(angle(i, n)) * r) + "," + format(cy + Math.sin(angle(i, n)) * r);
	}

	private static double round(double value) {
		return Math.round(value * 10) / 10.0;
	}

	private static String format(double value) {
		return String.format(Locale.ROOT, "%.1f", value);
	}

}
