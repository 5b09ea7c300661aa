package org.legadvisor.engine;

import java.util.List;

/**
 * What a freshly compiled rule base must pass, beyond compiling, before a {@link LiveRuleBase} serves it: any
 * problem of level {@link RuleProblem.Level#ERROR} keeps the current rule base; warnings are only reported.
 */
@FunctionalInterface
public interface RuleBaseCheck {

	/** No check beyond compiling. */
	RuleBaseCheck NONE = (sources, candidate) -> List.of();

	List<RuleProblem> check(RuleSources sources, RuleBase candidate);

}
