package org.legadvisor.authoring;

import java.util.List;

/**
 * How far the questions, rules and actions cover the paper's framework: a row for every function, challenge,
 * principle and element, and every problem in words. {@code complete} is true when there is no problem. This is
 * also the JSON document of {@code leg-advisor coverage --format json}.
 */
public record Coverage(boolean complete, List<Row> rows, List<String> problems) {

	public Coverage {
		rows = List.copyOf(rows);
		problems = List.copyOf(problems);
	}

	/**
	 * One framework id with the questions, rules (by {@code @id}, or name) and actions that reference it.
	 * {@code missing} says why it is not covered: the kinds of reference it lacks, or for a principle its elements
	 * that are not covered.
	 */
	public record Row(String id, String kind, String name, List<String> questions, List<String> rules,
			List<String> actions, boolean covered, List<String> missing) {
	}

}
