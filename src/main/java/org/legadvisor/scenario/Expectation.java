package org.legadvisor.scenario;

import java.util.List;

/**
 * What a scenario must yield: finding ids that must and must not appear, pairs of actions where the first must
 * rank above the second, and optionally a ceiling on the number of findings.
 */
public record Expectation(List<String> include, List<String> exclude, List<List<String>> rankedAbove,
		Integer maxFindings) {

	public Expectation {
		include = include == null ? List.of() : List.copyOf(include);
		exclude = exclude == null ? List.of() : List.copyOf(exclude);
		rankedAbove = rankedAbove == null ? List.of() : rankedAbove.stream().map(List::copyOf).toList();
		if (rankedAbove.stream().anyMatch(pair -> pair.size() != 2)) {
			throw new IllegalArgumentException("each rankedAbove entry names two action ids: [higher, lower]");
		}
	}

}
