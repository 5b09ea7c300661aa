package org.legadvisor.authoring.catalogue;

import java.util.List;

/**
 * The rule catalogue for readers who do not read DRL: every rule with what it looks at, what it concludes, its
 * actions and where in the paper it comes from, all ids resolved to their words. This is also the JSON document
 * of {@code leg-advisor rules --format json}.
 */
public record Catalogue(String rulesFolder, String version, int rules, int files, List<PrincipleGroup> principles,
		List<Entry> signalRules, List<Entry> otherRules, List<String> unreadable) {

	public Catalogue {
		principles = List.copyOf(principles);
		signalRules = List.copyOf(signalRules);
		otherRules = List.copyOf(otherRules);
		unreadable = List.copyOf(unreadable);
	}

	/** The diagnosis rules of one principle; {@code id} is null for rules whose principle is missing or unknown. */
	public record PrincipleGroup(String id, String name, String section, List<Entry> rules) {
	}

	/**
	 * One rule. {@code id}, {@code severity}, {@code challenge} and {@code principle} are null for rules that conclude
	 * no finding; {@code derives} lists the signals a rule inserts; {@code basis} is the rule's {@code @basis} as
	 * written (a passage of the paper, or "practice: <reason>"), null when it has none.
	 */
	public record Entry(String id, String name, String file, int line, String severity, Named challenge,
			Named principle, List<Named> elements, List<Named> functions, List<Named> actions, List<String> sections,
			List<Condition> looksAt, List<Named> derives, String basis) {
	}

	/** An id with its words; {@code name} is null when the knowledge base does not know the id. */
	public record Named(String id, String name) {
	}

	/**
	 * One condition of a rule: an answer to a question ({@code kind} "answer", {@code text} the question), a
	 * signal ("signal", {@code text} its label), another fact ("fact", {@code id} its type) or an {@code eval}
	 * ("eval"); {@code tests} say what must hold, in words where the analysis can, verbatim otherwise.
	 * {@code negated}: the rule needs this NOT to be so; {@code alternative}: one of several alternatives.
	 */
	public record Condition(String kind, String id, String text, boolean negated, boolean alternative,
			List<String> tests) {
	}

}
