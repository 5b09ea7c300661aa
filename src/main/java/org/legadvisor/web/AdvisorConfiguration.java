package org.legadvisor.web;

import java.io.IOException;

import org.legadvisor.assessment.Advisor;
import org.legadvisor.engine.RuleBase;
import org.legadvisor.engine.RuleBaseCompiler;
import org.legadvisor.engine.RuleCompilationException;
import org.legadvisor.knowledge.KnowledgeBase;
import org.legadvisor.questionnaire.AnswerValidator;
import org.legadvisor.questionnaire.Questionnaire;
import org.legadvisor.report.ReportBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The knowledge base, the compiled rules and the advisor, loaded once when the service starts. */
@Configuration(proxyBeanMethods = false)
class AdvisorConfiguration {

	@Bean
	Questionnaire questionnaire(LegAdvisorProperties properties) {
		return Questionnaire.load(properties.knowledgeBase().resolve("questionnaire.json"));
	}

	@Bean
	KnowledgeBase knowledgeBase(LegAdvisorProperties properties) {
		return KnowledgeBase.load(properties.knowledgeBase());
	}

	@Bean(destroyMethod = "close")
	RuleBase ruleBase(LegAdvisorProperties properties) throws IOException, RuleCompilationException {
		return new RuleBaseCompiler().compile(properties.rules());
	}

	@Bean
	Advisor advisor(Questionnaire questionnaire, KnowledgeBase knowledgeBase, RuleBase ruleBase) {
		return new Advisor(questionnaire, knowledgeBase, () -> ruleBase);
	}

	@Bean
	AnswerValidator answerValidator(Questionnaire questionnaire) {
		return new AnswerValidator(questionnaire);
	}

	@Bean
	ReportBuilder reportBuilder(Questionnaire questionnaire, KnowledgeBase knowledgeBase) {
		return new ReportBuilder(questionnaire, knowledgeBase);
	}

}
