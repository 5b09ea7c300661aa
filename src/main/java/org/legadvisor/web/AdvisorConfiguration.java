package org.legadvisor.web;

import java.io.IOException;
import java.util.Optional;

import org.legadvisor.assessment.Advisor;
import org.legadvisor.authoring.check.RuleValidator;
import org.legadvisor.engine.LiveRuleBase;
import org.legadvisor.engine.RuleBaseCompiler;
import org.legadvisor.engine.RuleCompilationException;
import org.legadvisor.knowledge.KnowledgeBase;
import org.legadvisor.language.Translator;
import org.legadvisor.report.ReportBuilder;
import org.legadvisor.questionnaire.AnswerValidator;
import org.legadvisor.questionnaire.Questionnaire;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The knowledge base, loaded once when the service starts, and the rules, kept current: an edit of the rule files
 * that compiles and passes the same checks as {@code leg-advisor validate} replaces the rules in use; any other keeps
 * the last good ones serving. When {@code serve} started compiling the rules before Spring, their bean waits for that
 * compile instead of starting another.
 */
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
	LiveRuleBase ruleBase(LegAdvisorProperties properties, KnowledgeBase knowledge, Questionnaire questionnaire,
			ObjectProvider<RulesCompiledInAdvance> inAdvance) throws IOException, RuleCompilationException {
		RulesCompiledInAdvance early = inAdvance.getIfAvailable();
		Optional<LiveRuleBase> compiled = early == null ? Optional.empty() : early.await(properties.rules());
		LiveRuleBase rules = compiled.isPresent() ? compiled.get() : LiveRuleBase.load(properties.rules(),
				new RuleBaseCompiler(), new RuleValidator(knowledge, questionnaire).asReloadGate());
		if (properties.watchRules()) {
			rules.start();
		}
		return rules;
	}

	@Bean
	Advisor advisor(Questionnaire questionnaire, KnowledgeBase knowledgeBase, LiveRuleBase ruleBase) {
		return new Advisor(questionnaire, knowledgeBase, ruleBase);
	}

	@Bean
	AnswerValidator answerValidator(Questionnaire questionnaire) {
		return new AnswerValidator(questionnaire);
	}

	@Bean
	Translator translator(Questionnaire questionnaire, KnowledgeBase knowledgeBase) {
		return new Translator(questionnaire, knowledgeBase);
	}

	/** Stored rounds keep their report as produced, in the knowledge base's own language (English). */
	@Bean
	ReportBuilder reportBuilder(Questionnaire questionnaire, KnowledgeBase knowledgeBase) {
		return new ReportBuilder(questionnaire, knowledgeBase);
	}

}
