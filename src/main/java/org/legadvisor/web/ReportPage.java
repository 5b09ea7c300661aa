package org.legadvisor.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.legadvisor.knowledge.JsonFiles;
import org.legadvisor.questionnaire.AnswersDocument;
import org.legadvisor.report.Report;
import org.legadvisor.report.html.HtmlReport;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/**
 * The report page as the service shows it: the one HTML report of {@code report.html}, with the answers document
 * handed to its download buttons, which post it back for a file.
 */
@Component
class ReportPage {

	static final MediaType HTML = MediaType.parseMediaType("text/html;charset=UTF-8");

	private final HtmlReport html = new HtmlReport();

	String render(Report report, AnswersDocument answers) {
		return html.render(report, json(answers));
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
