package org.legadvisor.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.legadvisor.language.Words;
import org.legadvisor.text.Wrap;

/**
 * The report for a terminal or a plain-text e-mail: the summary first (reading, principle by principle, top actions),
 * then the details: context, notes, profile, every action, findings by principle with evidence, the answers given.
 */
final class TextReport {

	private final Words words;

	/** A renderer in the language of these words: {@code new TextReport(report.words()).render(report)}. */
	TextReport(Words words) {
		this.words = words;
	}

	private static final int WIDTH = 100;

	private static final String NL = System.lineSeparator();

	String render(Report report) {
		StringBuilder out = new StringBuilder();
		header(report, out);
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

	private void header(Report report, StringBuilder out) {
		var leg = report.leg();
		out.append(words.format("report.heading", leg.name()));
		if (leg.country() != null) {
			out.append(" (").append(leg.country()).append(")");
		}
		out.append(NL);
		if (leg.assessedOn() != null) {
			out.append(words.get("report.assessedOn")).append(' ').append(leg.assessedOn()).append(". ");
		}
		if (leg.respondent() != null) {
			out.append(words.get("report.respondent")).append(words.get("words.colon")).append(leg.respondent()).append(". ");
		}
		out.append(words.format("report.meta.loaded", report.questionnaireVersion(), report.ruleBase().version(),
				report.ruleBase().loadedAt())).append(NL);
	}

	/**
	 * What a chair reads first: the overall reading, the context in a line, each principle's level and main finding,
	 * and the top actions with who leads and by when.
	 */
	private void summary(Report report, StringBuilder out) {
		var summary = report.summary();
		out.append(NL).append(words.get("report.summary.title").toUpperCase(words.language().locale())).append(NL).append(NL);
		out.append(Wrap.wrap(summary.reading(), WIDTH, "")).append(NL);
		out.append(Wrap.wrap(words.format("report.counts", summary.findings(), severities(words, summary), summary.actions()),
				WIDTH, ""))
			.append(NL);
		if (summary.caution() != null) {
			out.append(Wrap.wrap(summary.caution(), WIDTH, "")).append(NL);
		}
		for (Report.ThresholdItem figure : report.adjustedThresholds()) {
			out.append(Wrap.wrap(words.get("report.adjusted") + " " + figure.text(), WIDTH, "  ")).append(NL);
		}
		out.append(Wrap.wrap(words.get("report.context") + ": " + contextLine(report), WIDTH, "  ")).append(NL);
		out.append(NL).append(words.get("report.summary.principles")).append(NL);
		for (Report.PrincipleItem p : report.profile()) {
			String line = p.principle() + " " + p.shortName() + ": " + p.levelLabel() + ". "
					+ (p.mainFinding() == null ? words.get("report.summary.noFinding") + "."
							: words.get("report.summary.mainFinding") + " " + p.mainFinding());
			out.append("  ").append(Wrap.wrap(line, WIDTH, "      ")).append(NL);
		}
		if (!report.actions().isEmpty()) {
			out.append(NL).append(words.format("report.summary.topActions", report.topActions().size())).append(NL);
			for (Report.ActionItem action : report.topActions()) {
				out.append(String.format("%2d. ", action.rank())).append(Wrap.wrap(action.title() + " ("
						+ words.format("report.summary.leadsBy", action.responsibleLabel(), action.horizonLabel())
						+ ")", WIDTH, "    ")).append(NL);
			}
		}
	}

	/** The context in a line: the intro and the context's labels. */
	static String contextLine(Report report) {
		Report.ContextSection context = report.context();
		return context.items().isEmpty() ? context.intro()
				: context.intro() + " " + context.items().stream().map(Report.ContextNote::label)
					.collect(Collectors.joining("; ")) + ".";
	}

	/** What the reading took into account, before anything it concluded. */
	private void context(Report report, StringBuilder out) {
		Report.ContextSection context = report.context();
		out.append(NL).append(words.get("report.context").toUpperCase(words.language().locale())).append(NL).append(NL);
		out.append(Wrap.wrap(context.intro(), WIDTH, "")).append(NL);
		String indent = "    ";
		for (Report.ContextNote note : context.items()) {
			out.append(NL).append("  - ").append(Wrap.wrap(note.label(), WIDTH, indent)).append(NL);
			String from = note.from().stream().map(e -> e.questionText() + " -> " + e.answerLabel())
				.collect(Collectors.joining("; "));
			out.append(indent).append(Wrap.wrap(words.get("report.context.from") + " " + from, WIDTH, indent))
				.append(NL);
			out.append(indent).append(Wrap.wrap(note.effect(), WIDTH, indent)).append(NL);
		}
	}

	/** Which ranking the actions follow, before the actions. */
	private void ranking(Report report, StringBuilder out) {
		if (report.actions().isEmpty()) {
			return;
		}
		out.append(NL).append(words.get("report.ranking").toUpperCase(words.language().locale())).append(NL).append(NL);
		out.append(Wrap.wrap(report.ranking().description(), WIDTH, "")).append(NL);
		for (String adjustment : report.ranking().adjustments()) {
			out.append(Wrap.wrap(adjustment, WIDTH, "")).append(NL);
		}
	}

	/** "Basis: Part III, ..." for the paper's word, "Common practice: <reason>" where the paper is silent. */
	/** How many findings of each severity, in words: "3 high, 19 medium, 29 low". */
	static String severities(Words words, Report.Summary summary) {
		return summary.bySeverity().entrySet().stream()
			.map(e -> words.format("report.counts.severity." + e.getKey(), e.getValue()))
			.collect(Collectors.joining(", "));
	}

	static String basis(Words words, Report.BasisItem basis) {
		return words.get(basis.practice() ? "report.basis.practice" : "report.basis.paper") + " " + basis.words();
	}

	private void notes(Report report, StringBuilder out) {
		if (report.notes().isEmpty()) {
			return;
		}
		out.append(NL).append(words.get("report.notes").toUpperCase(words.language().locale())).append(NL);
		for (Report.NoteItem note : report.notes()) {
			String indent = "    ";
			out.append(NL).append("  ").append(Wrap.wrap(note.questionText(), WIDTH, "  ")).append(NL);
			out.append(indent).append(Wrap.wrap(note.text(), WIDTH, indent)).append(NL);
		}
	}

	private void profile(Report report, StringBuilder out) {
		out.append(NL).append(words.get("report.profile.text").toUpperCase(words.language().locale())).append(NL).append(NL);
		for (Report.PrincipleItem p : report.profile()) {
			String name = p.name().length() > 58 ? p.name().substring(0, 57) + "~" : p.name();
			out.append(String.format("  %-3s %-58s ", p.principle(), name));
			if (p.score() == null) {
				out.append("  -  ").append(words.format("report.profile.unscored", p.levelLabel(), p.answered(),
						p.applicable()));
			}
			else {
				int filled = Math.round(p.score() / 10f);
				out.append(String.format("%3d  %s%s  %s", p.score(), "#".repeat(filled), ".".repeat(10 - filled),
						p.levelLabel()));
			}
			List<String> detail = new ArrayList<>();
			if (p.score() != null) {
				detail.add(words.format("report.profile.detail", p.fromAnswers(), p.penalty()));
			}
			if (p.dontKnow() > 0) {
				detail.add(words.format("report.profile.dontKnow", p.dontKnow()));
			}
			if (!detail.isEmpty()) {
				out.append(NL).append("      ").append(String.join("; ", detail));
			}
			out.append(NL);
		}
	}

	private void actions(Report report, StringBuilder out) {
		if (report.actions().isEmpty()) {
			return;
		}
		out.append(NL).append(words.format("report.summary.allActions", report.actions().size())
			.toUpperCase(words.language().locale())).append(NL);
		for (Report.ActionItem action : report.actions()) {
			String indent = "    ";
			out.append(NL).append(String.format("%2d. ", action.rank())).append(Wrap.wrap(action.title(), WIDTH, indent))
				.append(NL);
			out.append(indent).append(words.get("report.actions.whoLeads")).append(' ').append(action.responsibleLabel()).append(". ").append(words.get("report.actions.when")).append(' ')
				.append(action.horizonLabel()).append('.').append(NL);
			out.append(indent).append(Wrap.wrap(action.what(), WIDTH, indent)).append(NL);
			out.append(indent).append(Wrap.wrap(words.get("report.actions.firstStep") + " " + action.firstStep(), WIDTH, indent)).append(NL);
			if (action.basis() != null) {
				out.append(indent).append(Wrap.wrap(basis(words, action.basis()), WIDTH, indent)).append(NL);
			}
			out.append(indent).append(Wrap.wrap(words.get("report.actions.answers") + " "
					+ String.join("; ", action.becauseTitles()), WIDTH, indent)).append(NL);
			out.append(indent).append(Wrap.wrap(words.get("report.actions.why") + words.get("words.colon") + action.reasons().stream()
				.map(r -> r.reason() + " (+" + r.points() + ")")
				.collect(Collectors.joining("; ")), WIDTH, indent)).append(NL);
		}
	}

	private void findings(Report report, StringBuilder out) {
		if (report.findings().isEmpty()) {
			return;
		}
		out.append(NL).append(words.get("report.findings").toUpperCase(words.language().locale())).append(NL);
		String principle = null;
		for (Report.FindingItem finding : report.findings()) {
			if (!finding.principle().equals(principle)) {
				principle = finding.principle();
				out.append(NL).append(finding.principle()).append(' ').append(finding.principleName()).append(NL);
			}
			finding(finding, out);
		}
	}

	private void finding(Report.FindingItem finding, StringBuilder out) {
		String indent = "      ";
		out.append(NL).append("  - ").append(Wrap.wrap("[" + finding.severityLabel() + "] " + finding.title(), WIDTH, indent))
			.append(NL);
		out.append(indent).append(Wrap.wrap(words.get("report.finding.challenge") + " " + finding.challenge() + " (" + finding.challengeName()
				+ "); " + words.get("report.finding.elementsList") + " " + String.join(", ", finding.elements()), WIDTH, indent)).append(NL);
		out.append(indent).append(Wrap.wrap(words.get("report.paper") + words.get("words.colon") + finding.section(), WIDTH, indent)).append(NL);
		if (finding.basis() != null) {
			out.append(indent).append(Wrap.wrap(basis(words, finding.basis()), WIDTH, indent)).append(NL);
		}
		for (Report.ThresholdItem figure : finding.thresholds()) {
			out.append(indent).append(Wrap.wrap(words.get("report.figure.used") + " " + figure.text(), WIDTH, indent + "  ")).append(NL);
		}
		for (Report.EvidenceItem evidence : finding.evidence()) {
			out.append(indent).append(Wrap.wrap(words.get("report.finding.evidence") + words.get("words.colon") + evidence.questionText() + " -> " + evidence.answerLabel(),
					WIDTH, indent + "  ")).append(NL);
		}
		List<Report.ContextItem> context = finding.context();
		for (Report.ContextItem item : context) {
			out.append(indent).append(Wrap.wrap(words.get("report.finding.context") + words.get("words.colon") + item.label(), WIDTH, indent + "  ")).append(NL);
		}
	}

	private void answers(Report report, StringBuilder out) {
		if (report.answers().isEmpty()) {
			return;
		}
		out.append(NL).append(words.get("report.answers").toUpperCase(words.language().locale())).append(NL).append(NL);
		for (Report.EvidenceItem answer : report.answers()) {
			out.append("  ").append(Wrap.wrap(answer.questionText() + " -> " + answer.answerLabel(), WIDTH, "    "))
				.append(NL);
		}
	}

}
