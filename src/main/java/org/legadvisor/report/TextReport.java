package org.legadvisor.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.legadvisor.text.Wrap;

/**
 * The report for a terminal or a plain-text e-mail: the summary first (reading, principle by principle, top actions),
 * then the details: context, notes, profile, every action, findings by principle with evidence, the answers given.
 */
final class TextReport {

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

	private static void header(Report report, StringBuilder out) {
		var leg = report.leg();
		out.append("LEG Advisor report: ").append(leg.name());
		if (leg.country() != null) {
			out.append(" (").append(leg.country()).append(")");
		}
		out.append(NL);
		if (leg.assessedOn() != null) {
			out.append("Assessed on ").append(leg.assessedOn()).append(". ");
		}
		if (leg.respondent() != null) {
			out.append(ReportWords.get("report.respondent")).append(": ").append(leg.respondent()).append(". ");
		}
		out.append("Questionnaire ").append(report.questionnaireVersion()).append(", rule base ")
			.append(report.ruleBase().version()).append(" loaded ").append(report.ruleBase().loadedAt()).append(NL);
	}

	/**
	 * What a chair reads first: the overall reading, the context in a line, each principle's level and main finding,
	 * and the top actions with who leads and by when.
	 */
	private static void summary(Report report, StringBuilder out) {
		var summary = report.summary();
		out.append(NL).append(ReportWords.get("report.summary.title").toUpperCase(Locale.ROOT)).append(NL).append(NL);
		out.append(Wrap.wrap(summary.reading(), WIDTH, "")).append(NL);
		out.append(Wrap.wrap(summary.findings() + " area(s) to strengthen (" + summary.bySeverity().entrySet().stream()
			.map(e -> e.getValue() + " " + e.getKey())
			.collect(Collectors.joining(", ")) + "), " + summary.actions() + " recommended action(s).", WIDTH, ""))
			.append(NL);
		if (summary.caution() != null) {
			out.append(Wrap.wrap(summary.caution(), WIDTH, "")).append(NL);
		}
		for (Report.ThresholdItem figure : report.adjustedThresholds()) {
			out.append(Wrap.wrap(ReportWords.get("report.adjusted") + " " + figure.text(), WIDTH, "  ")).append(NL);
		}
		out.append(Wrap.wrap(ReportWords.get("report.context") + ": " + contextLine(report), WIDTH, "  ")).append(NL);
		out.append(NL).append(ReportWords.get("report.summary.principles")).append(NL);
		for (Report.PrincipleItem p : report.profile()) {
			String line = p.principle() + " " + p.shortName() + ": " + p.levelLabel() + ". "
					+ (p.mainFinding() == null ? ReportWords.get("report.summary.noFinding") + "."
							: ReportWords.get("report.summary.mainFinding") + " " + p.mainFinding());
			out.append("  ").append(Wrap.wrap(line, WIDTH, "      ")).append(NL);
		}
		if (!report.actions().isEmpty()) {
			out.append(NL).append(ReportWords.format("report.summary.topActions", report.topActions().size())).append(NL);
			for (Report.ActionItem action : report.topActions()) {
				out.append(String.format("%2d. ", action.rank())).append(Wrap.wrap(action.title() + " ("
						+ ReportWords.format("report.summary.leadsBy", action.responsibleLabel(), action.horizonLabel())
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
	private static void context(Report report, StringBuilder out) {
		Report.ContextSection context = report.context();
		out.append(NL).append(ReportWords.get("report.context").toUpperCase(Locale.ROOT)).append(NL).append(NL);
		out.append(Wrap.wrap(context.intro(), WIDTH, "")).append(NL);
		String indent = "    ";
		for (Report.ContextNote note : context.items()) {
			out.append(NL).append("  - ").append(Wrap.wrap(note.label(), WIDTH, indent)).append(NL);
			String from = note.from().stream().map(e -> e.questionText() + " -> " + e.answerLabel())
				.collect(Collectors.joining("; "));
			out.append(indent).append(Wrap.wrap(ReportWords.get("report.context.from") + " " + from, WIDTH, indent))
				.append(NL);
			out.append(indent).append(Wrap.wrap(note.effect(), WIDTH, indent)).append(NL);
		}
	}

	/** Which ranking the actions follow, before the actions. */
	private static void ranking(Report report, StringBuilder out) {
		if (report.actions().isEmpty()) {
			return;
		}
		out.append(NL).append(ReportWords.get("report.ranking").toUpperCase(Locale.ROOT)).append(NL).append(NL);
		out.append(Wrap.wrap(report.ranking().description(), WIDTH, "")).append(NL);
		for (String adjustment : report.ranking().adjustments()) {
			out.append(Wrap.wrap(adjustment, WIDTH, "")).append(NL);
		}
	}

	/** "Basis: Part III, ..." for the paper's word, "Common practice: <reason>" where the paper is silent. */
	static String basis(Report.BasisItem basis) {
		return ReportWords.get(basis.practice() ? "report.basis.practice" : "report.basis.paper") + " " + basis.words();
	}

	private static void notes(Report report, StringBuilder out) {
		if (report.notes().isEmpty()) {
			return;
		}
		out.append(NL).append(ReportWords.get("report.notes").toUpperCase(Locale.ROOT)).append(NL);
		for (Report.NoteItem note : report.notes()) {
			String indent = "    ";
			out.append(NL).append("  ").append(Wrap.wrap(note.questionText(), WIDTH, "  ")).append(NL);
			out.append(indent).append(Wrap.wrap(note.text(), WIDTH, indent)).append(NL);
		}
	}

	private static void profile(Report report, StringBuilder out) {
		out.append(NL).append("PRINCIPLE PROFILE (score out of 100, see knowledge-base/profile.json)").append(NL).append(NL);
		for (Report.PrincipleItem p : report.profile()) {
			String name = p.name().length() > 58 ? p.name().substring(0, 57) + "~" : p.name();
			out.append(String.format("  %-3s %-58s ", p.principle(), name));
			if (p.score() == null) {
				out.append(String.format("  -  %s (%d of %d questions answered)", p.levelLabel(), p.answered(),
						p.applicable()));
			}
			else {
				int filled = Math.round(p.score() / 10f);
				out.append(String.format("%3d  %s%s  %s", p.score(), "#".repeat(filled), ".".repeat(10 - filled),
						p.levelLabel()));
			}
			List<String> detail = new ArrayList<>();
			if (p.score() != null) {
				detail.add(ReportWords.format("report.profile.detail", p.fromAnswers(), p.penalty()));
			}
			if (p.dontKnow() > 0) {
				detail.add(ReportWords.format("report.profile.dontKnow", p.dontKnow()));
			}
			if (!detail.isEmpty()) {
				out.append(NL).append("      ").append(String.join("; ", detail));
			}
			out.append(NL);
		}
	}

	private static void actions(Report report, StringBuilder out) {
		if (report.actions().isEmpty()) {
			return;
		}
		out.append(NL).append(ReportWords.format("report.summary.allActions", report.actions().size())
			.toUpperCase(Locale.ROOT)).append(NL);
		for (Report.ActionItem action : report.actions()) {
			String indent = "    ";
			out.append(NL).append(String.format("%2d. ", action.rank())).append(Wrap.wrap(action.title(), WIDTH, indent))
				.append(NL);
			out.append(indent).append("Who leads: ").append(action.responsibleLabel()).append(". When: ")
				.append(action.horizonLabel()).append('.').append(NL);
			out.append(indent).append(Wrap.wrap(action.what(), WIDTH, indent)).append(NL);
			out.append(indent).append(Wrap.wrap("First step: " + action.firstStep(), WIDTH, indent)).append(NL);
			if (action.basis() != null) {
				out.append(indent).append(Wrap.wrap(basis(action.basis()), WIDTH, indent)).append(NL);
			}
			out.append(indent).append(Wrap.wrap(ReportWords.get("report.actions.answers") + " "
					+ String.join("; ", action.becauseTitles()), WIDTH, indent)).append(NL);
			out.append(indent).append(Wrap.wrap("Why this rank: " + action.reasons().stream()
				.map(r -> r.reason() + " (+" + r.points() + ")")
				.collect(Collectors.joining("; ")), WIDTH, indent)).append(NL);
		}
	}

	private static void findings(Report report, StringBuilder out) {
		if (report.findings().isEmpty()) {
			return;
		}
		out.append(NL).append(ReportWords.get("report.findings").toUpperCase(Locale.ROOT)).append(NL);
		String principle = null;
		for (Report.FindingItem finding : report.findings()) {
			if (!finding.principle().equals(principle)) {
				principle = finding.principle();
				out.append(NL).append(finding.principle()).append(' ').append(finding.principleName()).append(NL);
			}
			finding(finding, out);
		}
	}

	private static void finding(Report.FindingItem finding, StringBuilder out) {
		String indent = "      ";
		out.append(NL).append("  - ").append(Wrap.wrap("[" + finding.severityLabel() + "] " + finding.title(), WIDTH, indent))
			.append(NL);
		out.append(indent).append(Wrap.wrap("Challenge " + finding.challenge() + " (" + finding.challengeName()
				+ "); elements " + String.join(", ", finding.elements()), WIDTH, indent)).append(NL);
		out.append(indent).append(Wrap.wrap("Paper: " + finding.section(), WIDTH, indent)).append(NL);
		if (finding.basis() != null) {
			out.append(indent).append(Wrap.wrap(basis(finding.basis()), WIDTH, indent)).append(NL);
		}
		for (Report.ThresholdItem figure : finding.thresholds()) {
			out.append(indent).append(Wrap.wrap(ReportWords.get("report.figure.used") + " " + figure.text(), WIDTH, indent + "  ")).append(NL);
		}
		for (Report.EvidenceItem evidence : finding.evidence()) {
			out.append(indent).append(Wrap.wrap("Evidence: " + evidence.questionText() + " -> " + evidence.answerLabel(),
					WIDTH, indent + "  ")).append(NL);
		}
		List<Report.ContextItem> context = finding.context();
		for (Report.ContextItem item : context) {
			out.append(indent).append(Wrap.wrap("Weighed for context: " + item.label(), WIDTH, indent + "  ")).append(NL);
		}
	}

	private static void answers(Report report, StringBuilder out) {
		if (report.answers().isEmpty()) {
			return;
		}
		out.append(NL).append(ReportWords.get("report.answers").toUpperCase(Locale.ROOT)).append(NL).append(NL);
		for (Report.EvidenceItem answer : report.answers()) {
			out.append("  ").append(Wrap.wrap(answer.questionText() + " -> " + answer.answerLabel(), WIDTH, "    "))
				.append(NL);
		}
	}

}
