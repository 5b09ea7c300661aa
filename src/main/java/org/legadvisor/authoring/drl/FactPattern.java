package org.legadvisor.authoring.drl;

import java.util.List;

/**
 * One pattern of a rule's conditions, e.g. {@code Answer( question == "tor.exists", value == "no" )}, with the
 * comparisons read from its constraints and, verbatim, the constraints the analysis cannot read (such as
 * {@code number < $total * 0.15}). {@code negated} is true under {@code not}; {@code alternative} when the
 * pattern is one branch of an {@code or} (or inside {@code forall} or {@code accumulate}), so the rule does not
 * always need it.
 */
public record FactPattern(String type, Position at, boolean negated, boolean alternative, List<Comparison> comparisons,
		List<String> otherConstraints) {

	public static final String ANSWER = "Answer";

	public static final String SIGNAL = "Signal";

	/** The type of the pseudo-pattern that stands for an {@code eval( ... )} condition. */
	public static final String EVAL = "eval";

	public FactPattern {
		comparisons = List.copyOf(comparisons);
		otherConstraints = List.copyOf(otherConstraints);
	}

	/** The fact type without its package, e.g. {@code Answer}. */
	public String simpleType() {
		return type.substring(type.lastIndexOf('.') + 1);
	}

	public boolean isAnswer() {
		return ANSWER.equals(simpleType());
	}

	public boolean isSignal() {
		return SIGNAL.equals(simpleType());
	}

	/** True when every firing of the rule matches this pattern: it is neither negated nor an alternative. */
	public boolean required() {
		return !negated && !alternative;
	}

	/** The question ids an {@code Answer} pattern reads ({@code question == "x"} or {@code question in (...)}). */
	public List<String> questions() {
		return isAnswer() ? selected(Comparison.Field.QUESTION) : List.of();
	}

	/** The comparisons that name the question read, with where each id stands. */
	public List<Comparison> questionSelectors() {
		return isAnswer() ? selectors(Comparison.Field.QUESTION) : List.of();
	}

	/** The signal ids a {@code Signal} pattern reads ({@code id == "x"}). */
	public List<String> signals() {
		return isSignal() ? selected(Comparison.Field.ID) : List.of();
	}

	public List<Comparison> signalSelectors() {
		return isSignal() ? selectors(Comparison.Field.ID) : List.of();
	}

	/** The comparisons on the answer itself: every comparison but those that pick the question or the signal. */
	public List<Comparison> tests() {
		return comparisons.stream().filter(c -> !questionSelectors().contains(c) && !signalSelectors().contains(c)).toList();
	}

	private List<Comparison> selectors(Comparison.Field field) {
		return comparisons.stream().filter(c -> c.field() == field && c.operator().selects()).toList();
	}

	private List<String> selected(Comparison.Field field) {
		return selectors(field).stream().flatMap(c -> c.literals().stream()).distinct().toList();
	}

}
