package org.legadvisor.authoring.coverage;

import java.util.List;

import org.legadvisor.text.Wrap;

/**
 * Coverage as a compact table for a terminal, then every answer with the rules it can trigger, then the problems;
 * with details, who references each framework id.
 */
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
		answers(coverage, out);
		out.append(NL);
		if (coverage.complete()) {
			out.append("Every function, challenge and element is covered.").append(NL);
			return out.toString();
		}
		out.append(coverage.problems().size()).append(" problem(s):").append(NL);
		coverage.problems().forEach(p -> out.append("  - ").append(Wrap.wrap(p, 100, "    ")).append(NL));
		return out.toString();
	}

	/** Every closed question's answers with the rules they can trigger or why they are healthy; numbers' readers. */
	private static void answers(Coverage coverage, StringBuilder out) {
		List<Coverage.OptionRow> options = coverage.answers().stream().flatMap(q -> q.options().stream()).toList();
		long read = options.stream().filter(o -> !o.rules().isEmpty()).count();
		long healthy = options.stream().filter(o -> o.rules().isEmpty() && o.healthy() != null).count();
		out.append(NL).append("ANSWERS AND THE RULES THEY CAN TRIGGER (\"through\": by way of a signal)").append(NL);
		out.append(Wrap.wrap(options.size() + " answers of closed questions: " + read + " read by a rule, " + healthy
				+ " healthy by decision, " + (options.size() - read - healthy) + " neither (marked NOT READ).", 100, ""))
			.append(NL);
		for (Coverage.QuestionRow question : coverage.answers()) {
			if (question.options().isEmpty() && !question.type().equals("number")) {
				continue;
			}
			out.append(NL).append(Wrap.wrap(question.id() + " (" + question.type() + ") " + question.text(), 100, "    "))
				.append(NL);
			if (question.options().isEmpty()) {
				option("read by", question.rules().isEmpty() ? "no rule" : triggers(question.rules()), out);
			}
			for (Coverage.OptionRow option : question.options()) {
				String said = !option.rules().isEmpty() ? triggers(option.rules())
						: option.healthy() != null ? "healthy: " + option.healthy()
						: "NOT READ: no rule reads it and no healthy reason is recorded";
				option(option.value(), said, out);
			}
		}
	}

	private static String triggers(List<Coverage.Trigger> triggers) {
		return String.join(", ", triggers.stream().map(Coverage.Trigger::toString).toList());
	}

	private static void option(String value, String said, StringBuilder out) {
		String head = String.format("    %-24s ", value);
		out.append(head).append(Wrap.wrap(said, 100, " ".repeat(head.length()))).append(NL);
	}

	private static void detail(String label, List<String> ids, StringBuilder out) {
		if (!ids.isEmpty()) {
			out.append("        ").append(Wrap.wrap(label + ": " + String.join(", ", ids), 100, "          ")).append(NL);
		}
	}

}
