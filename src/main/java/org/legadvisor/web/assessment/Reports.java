package org.legadvisor.web.assessment;

import org.legadvisor.assessment.Advisor;
import org.legadvisor.questionnaire.AnswersDocument;
import org.legadvisor.questionnaire.InvalidAnswersException;
import org.legadvisor.report.Report;
import org.legadvisor.report.ReportBuilder;
import org.springframework.stereotype.Component;

/** Assesses an answers document and resolves it into the report readers see; shared by the API and the pages. */
@Component
class Reports {

	private final Advisor advisor;

	private final ReportBuilder builder;

	Reports(Advisor advisor, ReportBuilder builder) {
		this.advisor = advisor;
		this.builder = builder;
	}

	Report assess(AnswersDocument document) throws InvalidAnswersException {
		return builder.build(advisor.assess(document));
	}

}
