package org.legadvisor.web.assessment;

import java.util.List;

import org.legadvisor.questionnaire.AnswersDocument;
import org.legadvisor.report.Report;

/**
 * The summary part of a report ({@code POST /api/assessments?detail=summary}), for clients that want the reading
 * without the whole report's 40 KB: the LEG and when it was assessed, the rules and questionnaire it was read with,
 * the counts and the reading in words, the context taken into account, a line per principle, and the first
 * {@value Report#TOP_ACTIONS} actions by rank. Each part is the full report's own, unchanged.
 */
record SummaryReport(AnswersDocument.Leg leg, String questionnaireVersion, Report.RuleBaseInfo ruleBase,
		Report.Summary summary, Report.ContextSection context, List<Report.PrincipleItem> profile,
		List<Report.ActionItem> topActions) {

	static SummaryReport of(Report report) {
		return new SummaryReport(report.leg(), report.questionnaireVersion(), report.ruleBase(), report.summary(),
				report.context(), report.profile(), report.topActions());
	}

}
