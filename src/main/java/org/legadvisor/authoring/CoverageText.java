package org.legadvisor.authoring;

import java.util.List;

import org.legadvisor.text.Wrap;

/** Coverage as a compact table for a terminal, then the problems; with details, who references each id. */
public final class CoverageText {

	private static final String NL = System.lineSeparator();

	private static final String ROW = "%-7s %-10s %9s %6s %8s  %s";

	private final boolean details;

	public CoverageText(boolean details) {
		this.details = details;
	}

	public String render(Coverage coverage) {
		StringBuilder out = new StringBuilder();
		out.append(String.format(ROW, "ID", "KIND", "QUESTIONS", "RULES", "ACTIONS", "COVERED").stripTrailing()).append(NL);
		for (Coverage.Row row : coverage.rows()) {
			String status = row.covered() ? "yes" : "no: " + String.join(", ", row.missing())
					+ (row.kind().equals("principle") ? " not covered" : "");
			// Questions and actions reference elements, never challenges: a count there would only ever be 0.
			boolean challenge = row.kind().equals("challenge");
			out.append(String.format(ROW, row.id(), row.kind(), challenge ? "-" : row.questions().size(),
					row.rules().size(), challenge ? "-" : row.actions().size(), status)).append(NL);
			if (details) {
				detail("questions", row.questions(), out);
				detail("rules", row.rules(), out);
				detail("actions", row.actions(), out);
			}
		}
		out.append(NL);
		if (coverage.complete()) {
			out.append("Every function, challenge and element is covered.").append(NL);
			return out.toString();
		}
		out.append(coverage.problems().size()).append(" problem(s):").append(NL);
		coverage.problems().forEach(p -> out.append("  - ").append(Wrap.wrap(p, 100, "    ")).append(NL));
		return out.toString();
	}

	private static void detail(String label, List<String> ids, StringBuilder out) {
		if (!ids.isEmpty()) {
			out.append("        ").append(Wrap.wrap(label + ": " + String.join(", ", ids), 100, "          ")).append(NL);
		}
	}

}
