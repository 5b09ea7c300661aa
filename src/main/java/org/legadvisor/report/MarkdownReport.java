package org.legadvisor.report;

import java.util.stream.Collectors;

import org.legadvisor.language.Words;

/**
 * The report as Markdown, to paste into a shared document or an issue tracker, in the order of the text report:
 * summary first, then the details. User text is escaped.
 */
final class MarkdownReport {

	private final Words words;

	/** A renderer in the language of these words: {@code new MarkdownReport(report.words()).render(report)}. */
	MarkdownReport(Words words) {
		this.words = words;
	}

	private static final String NL = "\n";

	String render(Report report) {
		StringBuilder out = new StringBuilder();
		out.append("# ").append(escape(words.format("report.heading", report.leg().name()))).append(NL).append(NL);
		if (report.leg().country() != null) {
			out.append(words.get("report.country")).append(words.get("words.colon")).append(escape(report.leg().country())).append("  ").append(NL);
		}
		if (report.leg().assessedOn() != null) {
			out.append(words.get("report.assessedOn")).append(words.get("words.colon")).append(escape(report.leg().assessedOn())).append("  ").append(NL);
		}
		if (report.leg().respondent() != null) {
			out.append(words.get("report.respondent")).append(words.get("words.colon")).append(escape(report.leg().respondent()))
				.append("  ").append(NL);
		}
		out.append(words.format("report.meta.loaded", report.questionnaireVersion(), report.ruleBase().version(),
				report.ruleBase().loadedAt())).append(NL);
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
	private void summary(Report report, StringBuilder out) {
		var summary = report.summary();
		out.append(NL).append("## ").append(words.get("report.summary.title")).append(NL).append(NL);
		out.append("**").append(escape(summary.reading())).append("**").append(NL).append(NL);
		out.append(words.format("report.counts", summary.findings(), TextReport.severities(words, summary),
				summary.actions())).append(NL);
		if (summary.caution() != null) {
			out.append(NL).append(escape(summary.caution())).append(NL);
		}
		for (Report.ThresholdItem figure : report.adjustedThresholds()) {
			out.append(NL).append(words.get("report.adjusted")).append(' ').append(escape(figure.text())).append(NL);
		}
		out.append(NL).append("*").append(words.get("report.context")).append(":* ")
			.append(escape(TextReport.contextLine(report))).append(NL);
		out.append(NL).append("### ").append(words.get("report.summary.principles")).append(NL).append(NL);
		for (Report.PrincipleItem p : report.profile()) {
			out.append("- **").append(p.principle()).append(' ').append(escape(p.shortName())).append("**: ")
				.append(escape(p.levelLabel())).append(". ")
				.append(p.mainFinding() == null ? escape(words.get("report.summary.noFinding")) + "."
						: escape(words.get("report.summary.mainFinding") + " " + p.mainFinding()))
				.append(NL);
		}
		if (!report.actions().isEmpty()) {
			out.append(NL).append("### ").append(words.format("report.summary.topActions", report.topActions().size()))
				.append(NL).append(NL);
			for (Report.ActionItem a : report.topActions()) {
				out.append(a.rank()).append(". **").append(escape(a.title())).append("** (")
					.append(escape(words.format("report.summary.leadsBy", a.responsibleLabel(), a.horizonLabel())))
					.append(')').append(NL);
			}
		}
	}

	private void answers(Report report, StringBuilder out) {
		if (report.answers().isEmpty()) {
			return;
		}
		out.append(NL).append("## ").append(words.get("report.answers")).append(NL).append(NL);
		for (Report.EvidenceItem answer : report.answers()) {
			out.append("- ").append(escape(answer.questionText())).append(" **").append(escape(answer.answerLabel()))
				.append("**").append(NL);
		}
	}

	/** What the reading took into account, before anything it concluded. */
	private void context(Report report, StringBuilder out) {
		out.append(NL).append("## ").append(words.get("report.context")).append(NL).append(NL);
		out.append(escape(report.context().intro())).append(NL);
		if (!report.context().items().isEmpty()) {
			out.append(NL);
		}
		for (Report.ContextNote note : report.context().items()) {
			out.append("- **").append(escape(note.label())).append("** ").append(words.get("report.context.from"))
				.append(' ').append(escape(note.from().stream().map(e -> e.questionText() + ": " + e.answerLabel())
					.collect(Collectors.joining("; "))))
				.append(". ").append(escape(note.effect())).append(NL);
		}
	}

	/** Which ranking the actions follow, before the actions. */
	private void ranking(Report report, StringBuilder out) {
		if (report.actions().isEmpty()) {
			return;
		}
		out.append(NL).append("## ").append(words.get("report.ranking")).append(NL).append(NL);
		out.append(escape(report.ranking().description())).append(NL);
		for (String adjustment : report.ranking().adjustments()) {
			out.append(NL).append(escape(adjustment)).append(NL);
		}
	}

	private void notes(Report report, StringBuilder out) {
		if (report.notes().isEmpty()) {
			return;
		}
		out.append(NL).append("## ").append(words.get("report.notes")).append(NL).append(NL);
		for (Report.NoteItem note : report.notes()) {
			out.append("- **").append(escape(note.questionText())).append("** ").append(escape(note.text())).append(NL);
		}
	}

	private void profile(Report report, StringBuilder out) {
		out.append(NL).append("## ").append(words.get("report.profile")).append(NL).append(NL);
		out.append(row(words, "report.profile.principle", "report.profile.score", "report.profile.level",
				"report.profile.answered", "report.profile.findings")).append(NL);
		for (Report.PrincipleItem p : report.profile()) {
			out.append("| ").append(p.principle()).append(' ').append(escape(p.name())).append(" | ")
				.append(p.score() == null ? "–" : p.score() + "<br>"
						+ escape(words.format("report.profile.detail", p.fromAnswers(), p.penalty())))
				.append(" | ").append(escape(p.levelLabel()))
				.append(" | ").append(words.format("report.profile.answeredOf", p.answered(), p.applicable()))
				.append(p.dontKnow() > 0 ? "<br>" + escape(words.format("report.profile.dontKnow", p.dontKnow())) : "")
				.append(" | ").append(p.findings()).append(" |").append(NL);
		}
	}

	private void actions(Report report, StringBuilder out) {
		if (report.actions().isEmpty()) {
			return;
		}
		out.append(NL).append("## ").append(words.format("report.summary.allActions", report.actions().size()))
			.append(NL).append(NL);
		out.append(row(words, "report.actions.rank", "report.actions.action", "report.actions.lead",
				"report.actions.horizon", "report.actions.reasons")).append(NL);
		for (Report.ActionItem a : report.actions()) {
			out.append("| ").append(a.rank()).append(" | **").append(escape(a.title())).append("**<br>").append(escape(a.what()))
				.append("<br>*").append(words.get("report.actions.firstStep")).append("* ").append(escape(a.firstStep()))
				.append(a.basis() == null ? "" : "<br>" + escape(TextReport.basis(words, a.basis())))
				.append(" | ").append(escape(a.responsibleLabel()))
				.append(" | ").append(escape(a.horizonLabel())).append(" | ")
				.append(escape(a.reasons().stream().map(r -> r.reason() + " (+" + r.points() + ")")
					.collect(Collectors.joining("; "))))
				.append("<br>").append(words.get("report.actions.answers")).append(' ')
				.append(escape(String.join("; ", a.becauseTitles()))).append(" |").append(NL);
		}
	}

	private void findings(Report report, StringBuilder out) {
		if (report.findings().isEmpty()) {
			return;
		}
		out.append(NL).append("## ").append(words.get("report.findings")).append(NL);
		String principle = null;
		for (Report.FindingItem f : report.findings()) {
			if (!f.principle().equals(principle)) {
				principle = f.principle();
				out.append(NL).append("### ").append(f.principle()).append(' ').append(escape(f.principleName())).append(NL);
			}
			out.append(NL).append("- **").append(escape(f.title())).append("** (").append(escape(f.severityLabel()))
				.append(')').append(NL);
			out.append("  - ").append(words.get("report.finding.challenge")).append(' ').append(f.challenge()).append(": ").append(escape(f.challengeName()))
				.append("; ").append(words.get("report.finding.elementsList")).append(' ').append(String.join(", ", f.elements())).append(NL);
			out.append("  - ").append(words.get("report.paper")).append(words.get("words.colon")).append(escape(f.section())).append(NL);
			if (f.basis() != null) {
				out.append("  - ").append(escape(TextReport.basis(words, f.basis()))).append(NL);
			}
			for (Report.ThresholdItem figure : f.thresholds()) {
				out.append("  - ").append(words.get("report.figure.used")).append(' ').append(escape(figure.text())).append(NL);
			}
			for (Report.EvidenceItem e : f.evidence()) {
				out.append("  - ").append(words.get("report.finding.evidence")).append(words.get("words.colon")).append(escape(e.questionText())).append(": ").append(escape(e.answerLabel()))
					.append(NL);
			}
			for (Report.ContextItem c : f.context()) {
				out.append("  - ").append(words.get("report.finding.context")).append(words.get("words.colon")).append(escape(c.label())).append(NL);
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


	/** A table's header row of these keys' words, and the line under it. */
	private static String row(Words words, String... keys) {
		StringBuilder row = new StringBuilder("|");
		for (String key : keys) {
			row.append(' ').append(words.get(key)).append(" |");
		}
		return row.append(NL).append("|---".repeat(keys.length)).append('|').toString();
	}

}
