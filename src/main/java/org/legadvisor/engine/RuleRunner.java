package org.legadvisor.engine;

import java.util.Collection;
import java.util.List;

import org.kie.api.definition.rule.Rule;

/**
 * Runs the rules on a set of facts in a fresh session: either a fixed {@link RuleBase}, or a {@link LiveRuleBase}
 * whose rules may be replaced between runs.
 */
public interface RuleRunner {

	/** Inserts the facts into a fresh session, fires all rules, and returns the facts of the result type. */
	<T> RuleRun<T> run(Collection<?> facts, Class<T> resultType);

	/** The rules that run now, in package order then name order. */
	List<Rule> rules();

}
