package org.legadvisor.engine;

import java.time.Instant;
import java.util.List;

/**
 * Where a {@link LiveRuleBase} stands: the version serving now, and how the last attempt to load the rule files
 * went. After a failed or refused attempt {@code current} is still the last good version, and {@code problems} says
 * what kept the edit out (each prints as {@code file:line:column: message}); after a good one it holds the warnings.
 */
public record RuleBaseStatus(RuleBaseVersion current, Instant lastAttempt, Outcome outcome, List<RuleProblem> problems) {

	public enum Outcome {
		/** the rules on disk are the ones serving */
		OK,
		/** the rules on disk do not compile or do not pass {@code validate}'s checks */
		FAILED,
		/**
		 * the rules on disk compile and pass the checks, but were refused when tried: a bundled example or scenario
		 * failed or reached a session limit, or they lost coverage (a rule file gone, a challenge, principle or element
		 * no rule concludes any more, too many rules fewer). A loss alone can be applied deliberately with
		 * {@link LiveRuleBase#reload(boolean) reload(true)}.
		 */
		REFUSED
	}

	public RuleBaseStatus {
		problems = List.copyOf(problems);
	}

	/**
	 * Whether the rules on disk are not the ones serving because the last attempt to load them did not succeed
	 * ({@link Outcome#FAILED} or {@link Outcome#REFUSED}): the service still answers, with the last good rules.
	 */
	public boolean degraded() {
		return outcome != Outcome.OK;
	}

	RuleBaseStatus attemptedAgainAt(Instant attempt) {
		return new RuleBaseStatus(current, attempt, outcome, problems);
	}

}
