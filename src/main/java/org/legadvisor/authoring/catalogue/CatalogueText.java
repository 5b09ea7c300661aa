package org.legadvisor.authoring.catalogue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.legadvisor.knowledge.Basis;
import org.legadvisor.text.Wrap;

/** The rule catalogue for a terminal: diagnosis rules by principle, then signal rules, each as a short card. */
final class CatalogueText {

	private static final int WIDTH = 100;

	private static final String NL = System.lineSeparator();

	private static final String INDENT = "    ";

	private static final String LABEL_INDENT = INDENT + " ".repeat(12);

	String render(Catalogue catalogue) {
		StringBuilder out = new StringBuilder();
		out.append("Rule catalogue: ").append(catalogue.rules()).append(" rules in ").append(catalogue.files())
			.append(" files (").append(catalogue.rulesFolder()).append(", version ").append(catalogue.version()).append(')')
			.append(NL);
		catalogue.unreadable().forEach(u -> out.append("Not readable, left out: ").append(u).append(NL));
		if (!catalogue.principles().isEmpty()) {
			out.append(NL).append("DIAGNOSIS RULES BY PRINCIPLE").append(NL);
		}
		for (Catalogue.PrincipleGroup group : catalogue.principles()) {
			out.append(NL).append(group.id() == null ? "Without a known principle"
					: Wrap.wrap(group.id() + " " + group.name() + " (" + group.section() + ")", WIDTH, "")).append(NL);
			group.rules().forEach(entry -> entry(entry, out));
		}
		if (!catalogue.signalRules().isEmpty()) {
			out.append(NL).append("SIGNAL RULES (derived facts that diagnosis rules read)").append(NL);
			catalogue.signalRules().forEach(entry -> entry(entry, out));
		}
		if (!catalogue.otherRules().isEmpty()) {
			out.append(NL).append("OTHER RULES (they conclude no finding and derive no signal)").append(NL);
			catalogue.otherRules().forEach(entry -> entry(entry, out));
		}
		return out.toString();
	}

	private static void entry(Catalogue.Entry entry, StringBuilder out) {
		out.append(NL).append("  ").append(Wrap.wrap((entry.id() == null ? "" : entry.id() + ": ") + entry.name(), WIDTH,
				INDENT)).append(NL);
		List<String> conditions = entry.looksAt().stream().map(CatalogueText::condition).toList();
		field("Looks at", conditions, out);
		if (entry.severity() != null || entry.challenge() != null) {
			field("Concludes", List.of(concludes(entry)), out);
		}
		if (!entry.actions().isEmpty()) {
			field(entry.actions().size() > 1 ? "Actions" : "Action", entry.actions().stream().map(CatalogueText::named).toList(), out);
		}
		if (!entry.derives().isEmpty()) {
			field("Derives", entry.derives().stream().map(d -> "signal " + named(d)).toList(), out);
		}
		if (!entry.sections().isEmpty()) {
			field("Paper", List.of(String.join("; ", entry.sections())), out);
		}
		if (entry.basis() != null) {
			field("Basis", List.of(basis(entry.basis())), out);
		}
		field("Rule", List.of(entry.file() + ":" + entry.line()), out);
	}

	/** A labelled field; each item on its own line, wrapped under the first. */
	private static void field(String label, List<String> items, StringBuilder out) {
		String head = INDENT + String.format("%-12s", label + ":");
		for (int i = 0; i < items.size(); i++) {
			out.append(i == 0 ? head : LABEL_INDENT).append(Wrap.wrap(items.get(i), WIDTH, LABEL_INDENT + "  ")).append(NL);
		}
	}

	static String condition(Catalogue.Condition condition) {
		List<String> parts = new ArrayList<>();
		if (condition.alternative()) {
			parts.add("or:");
		}
		if (condition.negated()) {
			parts.add("NOT");
		}
		String tests = String.join(" and ", condition.tests());
		switch (condition.kind()) {
			case "answer" -> parts.add(condition.id() + (condition.text() == null ? "" : " \"" + condition.text() + "\""));
			case "signal" -> parts.add("signal " + condition.id() + (condition.text() == null ? "" : " (" + condition.text() + ")"));
			case "eval" -> parts.add("test: " + tests);
			case "threshold" -> parts.add("figure " + condition.id() + ": " + condition.text());
			default -> parts.add(condition.id() + " facts" + (tests.isEmpty() ? "" : " where " + tests));
		}
		if ((condition.kind().equals("answer") || condition.kind().equals("signal")) && !tests.isEmpty()) {
			parts.add(tests);
		}
		return String.join(" ", parts);
	}

	static String concludes(Catalogue.Entry entry) {
		List<String> parts = new ArrayList<>();
		if (entry.severity() != null) {
			parts.add(entry.severity() + " severity");
		}
		if (entry.challenge() != null) {
			parts.add("challenge " + named(entry.challenge()));
		}
		if (entry.principle() != null) {
			parts.add("principle " + named(entry.principle()));
		}
		if (!entry.elements().isEmpty()) {
			parts.add((entry.elements().size() > 1 ? "elements " : "element ")
					+ entry.elements().stream().map(CatalogueText::named).collect(Collectors.joining(", ")));
		}
		if (!entry.functions().isEmpty()) {
			parts.add((entry.functions().size() > 1 ? "functions " : "function ")
					+ entry.functions().stream().map(CatalogueText::named).collect(Collectors.joining(", ")));
		}
		return String.join("; ", parts);
	}

	/** A basis in words: the passage of the paper, or "common practice: <reason>". */
	static String basis(String basis) {
		return Basis.of(basis).map(b -> b.practice() ? "common practice: " + b.words() : b.words()).orElse(basis);
	}

	static String named(Catalogue.Named named) {
		return named.id() + " " + (named.name() == null ? "(unknown)" : "(" + named.name() + ")");
	}

}
