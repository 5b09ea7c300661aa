package org.legadvisor.engine;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The rule files did not compile, or (for a {@link LiveRuleBase}) did not pass its {@link RuleBaseCheck}; carries
 * every problem found, not only the first.
 */
public class RuleCompilationException extends Exception {

	private final transient List<RuleProblem> problems;

	public RuleCompilationException(List<RuleProblem> problems) {
		super(problems.stream().map(RuleProblem::toString).collect(Collectors.joining(System.lineSeparator())));
		this.problems = List.copyOf(problems);
	}

	public List<RuleProblem> problems() {
		return problems;
	}

}
