package org.legadvisor.engine;

import java.time.Instant;
import java.util.List;

/**
 * Where a {@link LiveRuleBase} stands: the version serving now, and how the last attempt to load the rule files
 * went. After a failed attempt {@code current} is still the last good version, and {@code problems} says what
 * kept the edit out (each prints as {@code file:line:column: message}); after a good one it holds the warnings.
 */
public record RuleBaseStatus(RuleBaseVersion current, Instant lastAttempt, Outcome outcome, List<RuleProblem> problems) {

	public enum Outcome {
		OK, FAILED
	}

	public RuleBaseStatus {
		problems = List.copyOf(problems);
	}

	RuleBaseStatus attemptedAgainAt(Instant attempt) {
		return new RuleBaseStatus(current, attempt, outcome, problems);
	}

}
