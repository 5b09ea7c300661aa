package org.legadvisor.portfolio;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.legadvisor.knowledge.Framework;
import org.legadvisor.report.Report;

/**
 * Many LEGs read together: how many show each challenge of the paper, and which findings and actions come back
 * most often, by their titles; the files that could not be assessed are listed with the reason.
 */
public record PortfolioSummary(List<Assessed> assessed, List<Failed> failed, List<Count> challenges,
		List<Count> findings, List<Count> actions) {

	/** One LEG assessed: where its answers came from, and its report. */
	public record Assessed(String source, Report report) {
	}

	/** A source that could not be assessed, and why, in words. */
	public record Failed(String source, String reason) {
	}

	/** How many of the LEGs assessed show something (a challenge, a finding, an action), said by its title. */
	public record Count(String title, int legs) {
	}

	public PortfolioSummary {
		assessed = List.copyOf(assessed);
		failed = List.copyOf(failed);
		challenges = List.copyOf(challenges);
		findings = List.copyOf(findings);
		actions = List.copyOf(actions);
	}

	/** The summary of these reports: every challenge of the framework in its order, findings and actions most frequent first. */
	public static PortfolioSummary of(List<Assessed> assessed, List<Failed> failed, Framework framework) {
		List<Count> challenges = framework.challenges().stream()
			.map(c -> new Count(c.name(), (int) assessed.stream()
				.filter(a -> a.report().summary().byChallenge().getOrDefault(c.id(), 0) > 0).count()))
			.toList();
		return new PortfolioSummary(assessed, failed, challenges,
				frequency(assessed, r -> r.findings().stream().map(Report.FindingItem::title).toList()),
				frequency(assessed, r -> r.actions().stream().map(Report.ActionItem::title).toList()));
	}

	/** How many reports name each title at least once, most frequent first, then by title. */
	private static List<Count> frequency(List<Assessed> assessed, Function<Report, List<String>> titles) {
		Map<String, Integer> legs = new LinkedHashMap<>();
		for (Assessed one : assessed) {
			titles.apply(one.report()).stream().distinct().forEach(t -> legs.merge(t, 1, Integer::sum));
		}
		List<Count> counts = new ArrayList<>();
		legs.forEach((title, n) -> counts.add(new Count(title, n)));
		counts.sort(Comparator.comparingInt(Count::legs).reversed().thenComparing(Count::title));
		return counts;
	}

}
