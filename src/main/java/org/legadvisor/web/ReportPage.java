package org.legadvisor.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.legadvisor.knowledge.JsonFiles;
import org.legadvisor.knowledge.KnowledgeBase;
import org.legadvisor.questionnaire.AnswersDocument;
import org.legadvisor.questionnaire.Questionnaire;
import org.legadvisor.report.Report;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Renders a report as one standalone HTML page: styles and SVG charts inline, nothing loaded from elsewhere, so the
 * page works offline and can be saved or printed as it is. Every text from the answers goes through {@code th:text}.
 */
@Component
class ReportPage {

	static final MediaType HTML = MediaType.parseMediaType("text/html;charset=UTF-8");

	/** A principle's findings, in report order. */
	record PrincipleFindings(String principle, String name, List<Report.FindingItem> findings) {
	}

	private final ITemplateEngine templates;

	private final Questionnaire questionnaire;

	private final KnowledgeBase knowledge;

	ReportPage(ITemplateEngine templates, Questionnaire questionnaire, KnowledgeBase knowledge) {
		this.templates = templates;
		this.questionnaire = questionnaire;
		this.knowledge = knowledge;
	}

	String render(Report report, AnswersDocument answers) {
		Context context = new Context(Locale.ENGLISH);
		context.setVariable("report", report);
		context.setVariable("radar", RadarChart.of(report.profile()));
		context.setVariable("bars", BarChart.of(report.summary().byChallenge(), knowledge.framework().namesById()));
		context.setVariable("findingGroups", byPrinciple(report.findings()));
		context.setVariable("findingTitles", titles(report.findings()));
		context.setVariable("severityLabels", knowledge.priorities().severityLabels());
		context.setVariable("answers", AnswersGiven.of(questionnaire, answers));
		context.setVariable("answersJson", json(answers));
		return templates.process("report", context);
	}

	private static List<PrincipleFindings> byPrinciple(List<Report.FindingItem> findings) {
		Map<String, PrincipleFindings> groups = new LinkedHashMap<>();
		for (Report.FindingItem finding : findings) {
			groups.computeIfAbsent(finding.principle(),
					id -> new PrincipleFindings(id, finding.principleName(), new ArrayList<>())).findings().add(finding);
		}
		return List.copyOf(groups.values());
	}

	private static Map<String, String> titles(List<Report.FindingItem> findings) {
		Map<String, String> titles = new LinkedHashMap<>();
		findings.forEach(f -> titles.put(f.id(), f.title()));
		return titles;
	}

	private static String json(AnswersDocument answers) {
		try {
			return JsonFiles.mapper().writeValueAsString(answers);
		}
		catch (JsonProcessingException e) {
			throw new IllegalStateException("An answers document read from JSON always writes back", e);
		}
	}

}
