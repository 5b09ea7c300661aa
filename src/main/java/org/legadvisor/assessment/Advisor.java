package org.legadvisor.assessment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.legadvisor.diagnosis.Finding;
import org.legadvisor.engine.RuleRun;
import org.legadvisor.engine.RuleRunner;
import org.legadvisor.knowledge.KnowledgeBase;
import org.legadvisor.plan.ActionPlanner;
import org.legadvisor.questionnaire.AnswerValidator;
import org.legadvisor.questionnaire.AnswersDocument;
import org.legadvisor.questionnaire.InvalidAnswersException;
import org.legadvisor.questionnaire.Questionnaire;
import org.legadvisor.questionnaire.ValidatedAnswers;

/**
 * Runs an assessment end to end: validate the answers, run the rules on them, rank the actions. Thread-safe: each
 * assessment runs one session, so it finishes on the rule base it started with even if the rules are reloaded.
 */
public final class Advisor {

	private final Questionnaire questionnaire;

	private final KnowledgeBase knowledge;

	private final RuleRunner rules;

	private final AnswerValidator validator;

	private final ActionPlanner planner;

	public Advisor(Questionnaire questionnaire, KnowledgeBase knowledge, RuleRunner rules) {
		this.questionnaire = questionnaire;
		this.knowledge = knowledge;
		this.rules = rules;
		this.validator = new AnswerValidator(questionnaire);
		this.planner = new ActionPlanner(knowledge);
	}

	public Assessment assess(AnswersDocument document) throws InvalidAnswersException {
		ValidatedAnswers answers = validator.validate(document);
		RuleRun<Finding> run = rules.run(answers.answers(), Finding.class);
		List<Finding> findings = new ArrayList<>(run.results());
		findings.sort(Comparator.comparing(Finding::principle).thenComparing(Finding::severity).thenComparing(Finding::id));
		return new Assessment(answers, findings, planner.plan(findings), run.version());
	}

	public Questionnaire questionnaire() {
		return questionnaire;
	}

	public KnowledgeBase knowledge() {
		return knowledge;
	}

}
