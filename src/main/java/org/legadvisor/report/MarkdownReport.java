package org.legadvisor.report;

import java.util.stream.Collectors;

/**
 * The report as Markdown, to paste into a shared document or an issue tracker, in the order of the text report:
 * summary first, then the details. User text is escaped.
 */
final class MarkdownReport {

	private static final String NL = "\n";

	String render(Report report) {
		StringBuilder out = new StringBuilder();
		out.append("# LEG Advisor report: ").append(escape(report.leg().name())).append(NL).append(NL);
		if (report.leg().country() != null) {
			out.append("Country: ").append(escape(report.leg().country())).append("  ").append(NL);
		}
		if (report.leg().assessedOn() != null) {
			out.append("Assessed on: ").append(escape(report.leg().assessedOn())).append("  ").append(NL);
		}
		if (report.leg().respondent() != null) {
			out.append(ReportWords.get("report.respondent")).append(": ").append(escape(report.leg().respondent()))
				.append("  ").append(NL);
		}
		out.append("Questionnaire ").append(report.questionnaireVersion()).append(", rule base ")
			.append(report.ruleBase().version()).append(" loaded ").append(report.ruleBase().loadedAt()).append(NL);
		summary(report, out);
		context(report, out);
		notes(report, out);
		profile(report, out);
		ranking(report, out);
		actions(report, out);
		findings(report, out);
		answers(report, out);
		return out.toString();
	}

	/** What a chair reads first: the reading, the context in a line, principle by principle, the top actions. */
	private static void summary(Report report, StringBuilder out) {
		var summary = report.summary();
		out.append(NL).append("## ").append(ReportWords.get("report.summary.title")).append(NL).append(NL);
		out.append("**").append(escape(summary.reading())).append("**").append(NL).append(NL);
		out.append(summary.findings()).append(" area(s) to strengthen (")
			.append(summary.bySeverity().entrySet().stream().map(e -> e.getValue() + " " + e.getKey())
				.collect(Collectors.joining(", ")))
			.append("), ").append(summary.actions()).append(" recommended action(s).").append(NL);
		if (summary.caution() != null) {
			out.append(NL).append(escape(summary.caution())).append(NL);
		}
		for (Report.ThresholdItem figure : report.adjustedThresholds()) {
			out.append(NL).append(ReportWords.get("report.adjusted")).append(' ').append(escape(figure.text())).append(NL);
		}
		out.append(NL).append("*").append(ReportWords.get("report.context")).append(":* ")
			.append(escape(TextReport.contextLine(report))).append(NL);
		out.append(NL).append("### ").append(ReportWords.get("report.summary.principles")).append(NL).append(NL);
		for (Report.PrincipleItem p : report.profile()) {
			out.append("- **").append(p.principle()).append(' ').append(escape(p.shortName())).append("**: ")
				.append(escape(p.levelLabel())).append(". ")
				.append(p.mainFinding() == null ? escape(ReportWords.get("report.summary.noFinding")) + "."
						: escape(ReportWords.get("report.summary.mainFinding") + " " + p.mainFinding()))
				.append(NL);
		}
		if (!report.actions().isEmpty()) {
			out.append(NL).append("### ").append(ReportWords.format("report.summary.topActions", report.topActions().size()))
				.append(NL).append(NL);
			for (Report.ActionItem a : report.topActions()) {
				out.append(a.rank()).append(". **").append(escape(a.title())).append("** (")
					.append(escape(ReportWords.format("report.summary.leadsBy", a.responsibleLabel(), a.horizonLabel())))
					.append(')').append(NL);
			}
		}
	}

	private static void answers(Report report, StringBuilder out) {
		if (report.answers().isEmpty()) {
			return;
		}
		out.append(NL).append("## ").append(ReportWords.get("report.answers")).append(NL).append(NL);
		for (Report.EvidenceItem answer : report.answers()) {
			out.append("- ").append(escape(answer.questionText())).append(" **").append(escape(answer.answerLabel()))
				.append("**").append(NL);
		}
	}

	/** What the reading took into account, before anything it concluded. */
	private static void context(Report report, StringBuilder out) {
		out.append(NL).append("## ").append(ReportWords.get("report.context")).append(NL).append(NL);
		out.append(escape(report.context().intro())).append(NL);
		if (!report.context().items().isEmpty()) {
			out.append(NL);
		}
		for (Report.ContextNote note : report.context().items()) {
			out.append("- **").append(escape(note.label())).append("** ").append(ReportWords.get("report.context.from"))
				.append(' ').append(escape(note.from().stream().map(e -> e.questionText() + ": " + e.answerLabel())
					.collect(Collectors.joining("; "))))
				.append(". ").append(escape(note.effect())).append(NL);
		}
	}

	/** Which ranking the actions follow, before the actions. */
	private static void ranking(Report report, StringBuilder out) {
		if (report.actions().isEmpty()) {
			return;
		}
		out.append(NL).append("## ").append(ReportWords.get("report.ranking")).append(NL).append(NL);
		out.append(escape(report.ranking().description())).append(NL);
		for (String adjustment : report.ranking().adjustments()) {
			out.append(NL).append(escape(adjustment)).append(NL);
		}
	}

	private static void notes(Report report, StringBuilder out) {
		if (report.notes().isEmpty()) {
			return;
		}
		out.append(NL).append("## ").append(ReportWords.get("report.notes")).append(NL).append(NL);
		for (Report.NoteItem note : report.notes()) {
			out.append("- **").append(escape(note.questionText())).append("** ").append(escape(note.text())).append(NL);
		}
	}

	private static void profile(Report report, StringBuilder out) {
		out.append(NL).append("## Principle profile").append(NL).append(NL);
		out.append("| Principle | Score | Level | Questions answered | Findings |").append(NL)
			.append("|---|---|---|---|---|").append(NL);
		for (Report.PrincipleItem p : report.profile()) {
			out.append("| ").append(p.principle()).append(' ').append(escape(p.name())).append(" | ")
				.append(p.score() == null ? "–" : p.score() + "<br>"
						+ escape(ReportWords.format("report.profile.detail", p.fromAnswers(), p.penalty())))
				.append(" | ").append(escape(p.levelLabel()))
				.append(" | ").append(p.answered()).append(" of ").append(p.applicable())
				.append(p.dontKnow() > 0 ? "<br>" + escape(ReportWords.format("report.profile.dontKnow", p.dontKnow())) : "")
				.append(" | ").append(p.findings()).append(" |").append(NL);
		}
	}

	private static void actions(Report report, StringBuilder out) {
		if (report.actions().isEmpty()) {
			return;
		}
		out.append(NL).append("## ").append(ReportWords.format("report.summary.allActions", report.actions().size()))
			.append(NL).append(NL);
		out.append("| Rank | Action | Who leads | When | Why |").append(NL).append("|---|---|---|---|---|").append(NL);
		for (Report.ActionItem a : report.actions()) {
			out.append("| ").append(a.rank()).append(" | **").append(escape(a.title())).append("**<br>").append(escape(a.what()))
				.append("<br>*First step:* ").append(escape(a.firstStep()))
				.append(a.basis() == null ? "" : "<br>" + escape(TextReport.basis(a.basis())))
				.append(" | ").append(escape(a.responsibleLabel()))
				.append(" | ").append(escape(a.horizonLabel())).append(" | ")
				.append(escape(a.reasons().stream().map(r -> r.reason() + " (+" + r.points() + ")")
					.collect(Collectors.joining("; "))))
				.append("<br>").append(ReportWords.get("report.actions.answers")).append(' ')
				.append(escape(String.join("; ", a.becauseTitles()))).append(" |").append(NL);
		}
	}

	private static void findings(Report report, StringBuilder out) {
		if (report.findings().isEmpty()) {
			return;
		}
		out.append(NL).append("## ").append(ReportWords.get("report.findings")).append(NL);
		String principle = null;
		for (Report.FindingItem f : report.findings()) {
			if (!f.principle().equals(principle)) {
				principle = f.principle();
				out.append(NL).append("### ").append(f.principle()).append(' ').append(escape(f.principleName())).append(NL);
			}
			out.append(NL).append("- **").append(escape(f.title())).append("** (").append(escape(f.severityLabel()))
				.append(')').append(NL);
			out.append("  - Challenge ").append(f.challenge()).append(": ").append(escape(f.challengeName()))
				.append("; elements ").append(String.join(", ", f.elements())).append(NL);
			out.append("  - Paper: ").append(escape(f.section())).append(NL);
			if (f.basis() != null) {
				out.append("  - ").append(escape(TextReport.basis(f.basis()))).append(NL);
			}
			for (Report.ThresholdItem figure : f.thresholds()) {
				out.append("  - ").append(ReportWords.get("report.figure.used")).append(' ').append(escape(figure.text())).append(NL);
			}
			for (Report.EvidenceItem e : f.evidence()) {
				out.append("  - Evidence: ").append(escape(e.questionText())).append(": ").append(escape(e.answerLabel()))
					.append(NL);
			}
			for (Report.ContextItem c : f.context()) {
				out.append("  - Weighed for context: ").append(escape(c.label())).append(NL);
			}
		}
	}

	/** Escapes Markdown and HTML so that user text shows as typed and never as markup. */
	static String escape(String text) {
		if (text == null) {
			return "";
		}
		StringBuilder out = new StringBuilder(text.length());
		for (char c : text.toCharArray()) {
			switch (c) {
				case '<' -> out.append("&lt;");
				case '>' -> out.append("&gt;");
				case '&' -> out.append("&amp;");
				case '\\', '`', '*', '_', '[', ']', '#', '|' -> out.append('\\').append(c);
				case '\n', '\r' -> out.append(' ');
				default -> out.append(c);
			}
		}
		return out.toString();
	}

}
