package org.legadvisor.web.workspace;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.legadvisor.memory.Round;
import org.legadvisor.memory.StoredJson;
import org.legadvisor.memory.progress.StoredTexts;

/**
 * The geometry of the trend charts, drawn as SVG by {@code progress.html}: one small chart per principle, its score
 * (0 to 100) round after round, read from each stored report's profile. A round where the principle had too few
 * answers leaves a gap in the line and says so. The template gives each chart a title and a description, and the
 * same figures as a table.
 */
record TrendChart(int width, int height, double left, double right, double top, double bottom, List<Axis> rounds,
		List<Principle> principles) {

	/** A round on the horizontal axis: its number and where it sits. */
	record Axis(int number, double x) {
	}

	/** A principle's line: its points (score null: too few answers), and the segments that join scored neighbours. */
	record Principle(String principle, String name, List<Point> points, List<String> lines) {
	}

	record Point(int round, Integer score, String levelLabel, double x, double y) {
	}

	/** A horizontal gridline and its label. */
	record Grid(int score, double y) {
	}

	private static final int WIDTH = 320;

	private static final int HEIGHT = 168;

	private static final double LEFT = 40;

	private static final double RIGHT = 16;

	private static final double TOP = 22;

	private static final double BOTTOM = 36;

	/** The charts of these rounds, principles and levels named in the reader's language ({@code texts}). */
	static TrendChart of(List<Round> rounds, StoredTexts texts) {
		Map<String, Principle> byPrinciple = new LinkedHashMap<>();
		List<Axis> axes = new ArrayList<>();
		for (int i = 0; i < rounds.size(); i++) {
			double x = x(i, rounds.size());
			axes.add(new Axis(i + 1, x));
			for (JsonNode item : StoredJson.tree(rounds.get(i).report()).path("profile")) {
				String id = item.path("principle").asText();
				String name = texts.principleShortName(id, item.path("shortName").isTextual()
						? item.path("shortName").asText() : item.path("name").asText());
				Principle principle = byPrinciple.computeIfAbsent(id,
						key -> new Principle(key, name, new ArrayList<>(), new ArrayList<>()));
				Integer score = item.path("score").isNumber() ? item.path("score").intValue() : null;
				principle.points().add(new Point(i + 1, score,
						texts.levelLabel(item.path("level").asText(null), item.path("levelLabel").asText()), x,
						score == null ? y(0) : y(score)));
			}
		}
		byPrinciple.values().forEach(TrendChart::join);
		return new TrendChart(WIDTH, HEIGHT, LEFT, WIDTH - RIGHT, TOP, HEIGHT - BOTTOM, axes,
				List.copyOf(byPrinciple.values()));
	}

	public List<Grid> grid() {
		return List.of(new Grid(0, y(0)), new Grid(50, y(50)), new Grid(100, y(100)));
	}

	private static void join(Principle principle) {
		List<Point> points = principle.points();
		for (int i = 1; i < points.size(); i++) {
			Point from = points.get(i - 1);
			Point to = points.get(i);
			if (from.score() != null && to.score() != null) {
				principle.lines().add(from.x() + "," + from.y() + " " + to.x() + "," + to.y());
			}
		}
	}

	private static double x(int index, int count) {
		double span = WIDTH - LEFT - RIGHT;
		return count == 1 ? LEFT + span / 2 : Math.round((LEFT + span * index / (count - 1)) * 10) / 10.0;
	}

	private static double y(int score) {
		double span = HEIGHT - TOP - BOTTOM;
		return Math.round((HEIGHT - BOTTOM - span * score / 100.0) * 10) / 10.0;
	}

}
