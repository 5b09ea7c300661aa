package org.legadvisor.assessment;

import java.util.List;

import org.legadvisor.diagnosis.Finding;
import org.legadvisor.diagnosis.PrincipleScore;
import org.legadvisor.diagnosis.Signal;
import org.legadvisor.engine.RuleBaseVersion;
import org.legadvisor.plan.PlannedAction;
import org.legadvisor.plan.Ranking;
import org.legadvisor.questionnaire.ValidatedAnswers;

/**
 * The outcome of one assessment: the answers it read, what the rules found, the ranked action plan and where the LEG
 * stands on each principle; the signals the rules derived (among them the context, ids starting with
 * {@code context.}) and the ranking the plan used.
 */
public record Assessment(ValidatedAnswers answers, List<Finding> findings, List<PlannedAction> actions,
		List<PrincipleScore> profile, RuleBaseVersion ruleBase, List<Signal> signals, Ranking ranking) {

	public Assessment {
		findings = List.copyOf(findings);
		actions = List.copyOf(actions);
		profile = List.copyOf(profile);
		signals = List.copyOf(signals);
	}

}
