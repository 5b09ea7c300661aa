package org.legadvisor.authoring.coverage;

import java.util.List;

/**
 * How far the questions, rules and actions cover the paper's framework: a row for every function, challenge,
 * principle and element; for every question, the rules its answers can trigger; and every problem in words.
 * {@code complete} is true when there is no problem. This is also the JSON document of
 * {@code leg-advisor coverage --format json}.
 */
public record Coverage(boolean complete, List<Row> rows, List<QuestionRow> answers, List<String> problems) {

	public Coverage {
		rows = List.copyOf(rows);
		answers = List.copyOf(answers);
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

	/**
	 * One question with the diagnosis rules that read it, directly or through a signal ({@code rules}), and, for a
	 * closed question (yes/partly/no, single or multiple choice), each answer option with the rules it can trigger.
	 */
	public record QuestionRow(String id, String text, String type, List<Trigger> rules, List<OptionRow> options) {

		public QuestionRow {
			rules = List.copyOf(rules);
			options = List.copyOf(options);
		}

	}

	/**
	 * One answer option: the diagnosis rules it can trigger, and the recorded reason it is healthy when no rule
	 * needs to read it. {@code covered}: some rule reads it, or it is healthy by decision.
	 */
	public record OptionRow(String value, String label, List<Trigger> rules, String healthy, boolean covered) {

		public OptionRow {
			rules = List.copyOf(rules);
		}

	}

	/** A diagnosis rule (by {@code @id}, or name); {@code through} the signal it reads the answer by, or null. */
	public record Trigger(String rule, String through) {

		@Override
		public String toString() {
			return through == null ? rule : rule + " (through " + through + ")";
		}

	}

}
