package org.legadvisor.report.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.legadvisor.report.Report;

class ChartsTest {

	@Test
	void radarPlotsScoredPrinciplesAndLeavesInsufficientEvidenceOutOfTheArea() {
		List<Report.PrincipleItem> profile = new ArrayList<>();
		for (int i = 1; i <= 7; i++) {
			Integer score = i == 5 ? null : 100;
			profile.add(new Report.PrincipleItem("P" + i, "Principle " + i, score, "x", "X", 1, 1, 0, 0, score, 0, "Short " + i, null, null));
		}

		RadarChart chart = RadarChart.of(profile);

		assertThat(chart.axes()).hasSize(7);
		assertThat(chart.axes().get(4).insufficient()).isTrue();
		assertThat(chart.points()).hasSize(6).noneMatch(p -> p.principle().equals("P5"));
		assertThat(chart.area().split(" ")).hasSize(6);
		// P1 points straight up: a score of 100 lies on the outer ring, radius 125 above the centre.
		assertThat(chart.points().get(0).x()).isEqualTo(chart.centerX());
		assertThat(chart.points().get(0).y()).isEqualTo(chart.centerY() - 125);
		assertThat(chart.rings()).extracting(RadarChart.Ring::score).containsExactly(25, 50, 75, 100);
	}

	@Test
	void radarDrawsNoAreaWithFewerThanThreeScores() {
		List<Report.PrincipleItem> profile = new ArrayList<>();
		for (int i = 1; i <= 7; i++) {
			profile.add(new Report.PrincipleItem("P" + i, "Principle " + i, i <= 2 ? 50 : null, "x", "X", 1, 1, 0, 0, null, 0, "Short " + i, null, null));
		}

		assertThat(RadarChart.of(profile).area()).isEmpty();
	}

	@Test
	void barsAreAsLongAsTheirCountsRelativeToTheLargest() {
		Map<String, Integer> counts = new LinkedHashMap<>();
		counts.put("C1", 2);
		counts.put("C2", 1);
		counts.put("C3", 0);

		BarChart chart = BarChart.of(counts, Map.of("C1", "Unclear mandate"));

		assertThat(chart.bars()).extracting(BarChart.Bar::width).containsExactly(480.0, 240.0, 0.0);
		assertThat(chart.bars().get(0).name()).isEqualTo("Unclear mandate");
		assertThat(chart.bars().get(1).name()).isEqualTo("C2");
	}

	@Test
	void barsWithNoFindingAtAllStayEmpty() {
		BarChart chart = BarChart.of(Map.of("C1", 0), Map.of());

		assertThat(chart.bars().get(0).width()).isZero();
		assertThat(chart.max()).isEqualTo(1);
	}

}
