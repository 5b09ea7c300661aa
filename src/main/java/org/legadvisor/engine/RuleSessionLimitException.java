package org.legadvisor.engine;

import java.util.List;

/**
 * A rule session reached one of its {@link RuleLimits} and was stopped: the rules, not the answers, are at fault,
 * most likely a rule that matches again after its own conclusion. The message says which limit, how to raise it, and
 * which rules fired most; {@link #mostFired()} lists those for callers that show them otherwise. Public so that the
 * service can answer it with 503 and the command line with its own exit code.
 */
public final class RuleSessionLimitException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	/** Which limit was reached. */
	public enum Limit {
		FIRINGS, TIME
	}

	/** A rule and how many times it fired in the stopped session. */
	public record RuleFirings(String rule, int times) {

		@Override
		public String toString() {
			return "\"" + rule + "\" (" + times + (times == 1 ? " time)" : " times)");
		}

	}

	private final Limit limit;

	private final transient List<RuleFirings> mostFired;

	RuleSessionLimitException(Limit limit, RuleLimits limits, int firings, List<RuleFirings> mostFired) {
		super(message(limit, limits, firings, mostFired));
		this.limit = limit;
		this.mostFired = List.copyOf(mostFired);
	}

	public Limit limit() {
		return limit;
	}

	/** The rules that fired most before the session was stopped, most first; the likely cause is among them. */
	public List<RuleFirings> mostFired() {
		return mostFired;
	}

	private static String message(Limit limit, RuleLimits limits, int firings, List<RuleFirings> mostFired) {
		String reached = limit == Limit.FIRINGS
				? "The rules fired more than " + limits.maxFirings() + " times in one assessment, the most allowed ("
						+ RuleLimits.MAX_FIRINGS + ")"
				: "The rules ran longer than " + describe(limits) + " in one assessment (" + firings
						+ " firings), the most allowed (" + RuleLimits.SESSION_TIMEOUT + ")";
		String likely = mostFired.isEmpty() ? "no rule had fired yet"
				: "the rules that fired most: " + String.join(", ", mostFired.stream().map(RuleFirings::toString).toList());
		return reached + ", so the assessment was stopped. A rule that matches again after its own conclusion is the "
				+ "likely cause; " + likely + ".";
	}

	private static String describe(RuleLimits limits) {
		long millis = limits.sessionTimeout().toMillis();
		return millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
	}

}
