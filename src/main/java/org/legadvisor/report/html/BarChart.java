package org.legadvisor.report.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The geometry of the findings-by-challenge bar chart, drawn as SVG by the report template: one row per challenge,
 * its name above a horizontal bar as long as its number of findings.
 */
record BarChart(int width, int height, List<Bar> bars, int max) {

	/** One challenge's row: name, count, the bar's top and width (0 for no finding). */
	record Bar(String challenge, String name, int count, double y, double width) {
	}

	private static final int WIDTH = 560;

	private static final int ROW = 44;

	private static final int TOP = 8;

	private static final double BAR_SPACE = 480;

	static BarChart of(Map<String, Integer> byChallenge, Map<String, String> names) {
		int max = Math.max(1, byChallenge.values().stream().mapToInt(Integer::intValue).max().orElse(0));
		List<Bar> bars = new ArrayList<>();
		int row = 0;
		for (Map.Entry<String, Integer> entry : byChallenge.entrySet()) {
			double width = Math.round(BAR_SPACE * entry.getValue() / max * 10) / 10.0;
			bars.add(new Bar(entry.getKey(), names.getOrDefault(entry.getKey(), entry.getKey()), entry.getValue(),
					TOP + row * ROW, width));
			row++;
		}
		return new BarChart(WIDTH, TOP * 2 + row * ROW, bars, max);
	}

}
