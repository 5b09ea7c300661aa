package org.legadvisor.engine;

import java.util.List;

/**
 * What a freshly compiled rule base must pass, beyond compiling, before a {@link LiveRuleBase} serves it: any
 * problem of level {@link RuleProblem.Level#ERROR} keeps the current rule base; warnings are only reported.
 * {@link #check} runs on every rule base, the first one included; {@link #tryOut} only on an edit that would replace
 * a rule base already serving, once {@code check} found no error.
 */
@FunctionalInterface
public interface RuleBaseCheck {

	/** No check beyond compiling. */
	RuleBaseCheck NONE = (sources, candidate) -> List.of();

	List<RuleProblem> check(RuleSources sources, RuleBase candidate);

	/**
	 * Runs the candidate before it serves, e.g. on every bundled example and scenario: each problem returned keeps the
	 * current rule base serving. The candidate's sessions run under its {@link RuleBase#limits()}, so a rule that
	 * loops ends here, with the {@link RuleSessionLimitException} reported as a problem, and never serves. With
	 * {@code acceptLoss} an administrator removes rules deliberately: expectations about what the removed rules
	 * concluded no longer hold, and may be waived, but every scenario still runs. None by default.
	 */
	default List<RuleProblem> tryOut(RuleSources sources, RuleBase candidate, boolean acceptLoss) {
		return List.of();
	}

}
