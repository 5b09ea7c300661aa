package org.legadvisor.web.assessment;

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

	/** With what the LEG's memory adds for a logged-in reader (see {@link ReportPageAdditions}). */
	String render(Report report, AnswersDocument answers, ReportPageAdditions additions) {
		String answersJson = json(answers);
		return html.render(report, answersJson, additions.of(answersJson));
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
