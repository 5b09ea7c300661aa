package org.legadvisor.assessment;

import java.util.List;
import java.util.Map;

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
 * {@code context.}), the ranking the plan used, and {@code adjustedThresholds} the figures the LEG set for itself,
 * by threshold id.
 */
public record Assessment(ValidatedAnswers answers, List<Finding> findings, List<PlannedAction> actions,
		List<PrincipleScore> profile, RuleBaseVersion ruleBase, List<Signal> signals, Ranking ranking,
		Map<String, Double> adjustedThresholds) {

	public Assessment {
		findings = List.copyOf(findings);
		actions = List.copyOf(actions);
		profile = List.copyOf(profile);
		adjustedThresholds = adjustedThresholds == null ? Map.of() : Map.copyOf(adjustedThresholds);
		signals = List.copyOf(signals);
	}

}
