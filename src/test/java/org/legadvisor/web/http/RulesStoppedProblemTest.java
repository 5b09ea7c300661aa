package org.legadvisor.web.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.legadvisor.assessment.Advisor;
import org.legadvisor.assessment.AdvisorFixture;
import org.legadvisor.engine.RuleBase;
import org.legadvisor.engine.RuleBaseCompiler;
import org.legadvisor.engine.RuleLimits;
import org.legadvisor.engine.RuleSessionLimitException;
import org.legadvisor.knowledge.KnowledgeBase;
import org.legadvisor.questionnaire.Questionnaire;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;

/**
 * An assessment stopped by a session limit is the rules' fault, not the client's: the API answers 503 with a problem
 * that says so in words and names no rule internals (the log does).
 */
class RulesStoppedProblemTest {

	@Test
	void anAssessmentStoppedByItsFiringLimitIsA503ProblemInWords() throws Exception {
		KnowledgeBase knowledge = KnowledgeBase.load(AdvisorFixture.KNOWLEDGE_BASE);
		Questionnaire questionnaire = Questionnaire.load(knowledge.questionnaireFile());
		// The shipped rules fire a few dozen times on the donor-chaired example: a limit of 2 stops them.
		try (RuleBase rules = new RuleBaseCompiler(new RuleLimits(2, Duration.ofSeconds(10)))
			.compile(AdvisorFixture.RULES)) {
			Advisor advisor = new Advisor(questionnaire, knowledge, rules);
			RuleSessionLimitException stopped = catchThrowableOfType(
					() -> advisor.assess(AdvisorFixture.profile("donor-chaired-no-tor")), RuleSessionLimitException.class);

			// An API client: no page is asked for, so none is rendered.
			org.legadvisor.language.Translator translator = new org.legadvisor.language.Translator(questionnaire, knowledge);
			ResponseEntity<Object> response = new ProblemHandler(null, new RequestLanguage(translator), translator)
				.rulesStopped(stopped,
					new MockHttpServletRequest("POST", "/api/assessments"));

			assertThat(response.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
			ProblemDetail problem = (ProblemDetail) response.getBody();
			assertThat(problem.getType().toString()).isEqualTo("urn:leg-advisor:problem:rules-stopped");
			assertThat(problem.getTitle()).isEqualTo("Assessment stopped");
			assertThat(problem.getDetail()).contains("nothing was assessed").doesNotContain("Exception", "P1-", "P6-");
		}
	}

}
