package org.legadvisor.authoring.check;

import org.legadvisor.engine.RuleProblem.Level;

/** The kinds of problem {@code leg-advisor validate} reports; each is always an error or always a warning. */
public enum IssueKind {

	/** a file is not valid DRL */
	SYNTAX(Level.ERROR),
	/** the compiler rejects a file that parses, e.g. an unknown fact type */
	COMPILE(Level.ERROR),
	/** the compiler accepts the rules but warns */
	COMPILER_WARNING(Level.WARNING),
	/** a diagnosis rule lacks one of the metadata every finding needs */
	MISSING_METADATA(Level.ERROR),
	/** a metadata value has the wrong form, e.g. a severity other than high, medium or low */
	INVALID_METADATA(Level.ERROR),
	/**
	 * a diagnosis rule without {@code @basis}, or an action without {@code "basis"}. A warning only while the bases
	 * are being written: once every rule and action has one, make it {@code Level.ERROR}.
	 */
	MISSING_BASIS(Level.ERROR),
	/**
	 * a basis that is neither a reference to Part I, II or III of the paper nor common practice ("practice" in a rule,
	 * with its reason in findings.json; "practice: <reason>" in actions.json)
	 */
	INVALID_BASIS(Level.ERROR),
	/** an action of actions.json that types its "section", which is derived from its elements */
	TYPED_SECTION(Level.ERROR),
	/** two rules share an {@code @id} */
	DUPLICATE_ID(Level.ERROR),
	/**
	 * a then-part that does anything but insert one finding or one signal, or a function declared in a rule file:
	 * code that could change facts, loop, or reach outside the rules
	 */
	UNSAFE_CODE(Level.ERROR),
	/** a challenge, principle, element or function id that framework.json does not know */
	UNKNOWN_ID(Level.ERROR),
	/**
	 * a diagnosis rule whose {@code @id} has no title in findings.json, so a report would show the rule's name; or
	 * whose {@code @basis("practice")} has no reason there, so a report could not say why the figure is used
	 */
	MISSING_TITLE(Level.ERROR),
	/** an action that actions.json does not know */
	UNKNOWN_ACTION(Level.ERROR),
	/** a question id that the questionnaire does not know */
	UNKNOWN_QUESTION(Level.ERROR),
	/** a signal read that no rule inserts or that signals.json does not label */
	UNKNOWN_SIGNAL(Level.ERROR),
	/** a signal inserted without a label in signals.json */
	UNLABELLED_SIGNAL(Level.WARNING),
	/** a compared value the question cannot take, so that part of the rule never matches */
	IMPOSSIBLE_VALUE(Level.WARNING),
	/** a question read together with an answer that means the question is never asked */
	NEVER_ASKED(Level.WARNING),
	/** two rules with the same conditions */
	DUPLICATE_CONDITIONS(Level.WARNING);

	private final Level level;

	IssueKind(Level level) {
		this.level = level;
	}

	public Level level() {
		return level;
	}

}
