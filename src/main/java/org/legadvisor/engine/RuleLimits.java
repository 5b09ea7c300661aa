package org.legadvisor.engine;

import java.time.Duration;
import java.util.Locale;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The most one rule session may do: how many rule firings, and for how long. A session that reaches either is
 * stopped with a {@link RuleSessionLimitException}, so that a rule that matches its own conclusion again and again
 * ends in a clear error instead of filling the memory. Both defaults are far above what the shipped rules need (see
 * {@code docs/performance.md}: at most 23 firings, and a tenth of a millisecond once warm, per assessment).
 * <p>
 * They are the second wall: the first is {@code validate}, which refuses any then-part that does more than insert a
 * finding or a signal. Only the first can stop a then-part that never returns (a busy loop), because the engine
 * checks these limits between firings, never inside one.
 */
public record RuleLimits(int maxFirings, Duration sessionTimeout) {

	/** The configuration key of the firing limit: a system property, or the environment variable in capitals. */
	public static final String MAX_FIRINGS = "leg-advisor.rules.max-firings";

	/** The configuration key of the time limit, e.g. {@code 5s} or {@code 500ms} (a bare number is milliseconds). */
	public static final String SESSION_TIMEOUT = "leg-advisor.rules.session-timeout";

	/** Over 400 times the most firings of any bundled example or scenario (23). */
	public static final int DEFAULT_MAX_FIRINGS = 10_000;

	/**
	 * Five times the longest session measured, the first of a fresh JVM on a heavily loaded machine (2.1 s: the engine
	 * builds its network on first use), and over 40 times the longest warm one; a warm session takes about 0.1 ms.
	 */
	public static final int DEFAULT_SESSION_TIMEOUT_SECONDS = 10;

	public static final Duration DEFAULT_SESSION_TIMEOUT = Duration.ofSeconds(DEFAULT_SESSION_TIMEOUT_SECONDS);

	public static final RuleLimits DEFAULT = new RuleLimits(DEFAULT_MAX_FIRINGS, DEFAULT_SESSION_TIMEOUT);

	private static final Pattern DURATION = Pattern.compile("(\\d{1,9})\\s*(ms|s|m)?");

	public RuleLimits {
		if (maxFirings < 1) {
			throw new IllegalArgumentException("the firing limit must be at least 1, not " + maxFirings);
		}
		if (sessionTimeout.isNegative() || sessionTimeout.isZero()) {
			throw new IllegalArgumentException("the session time limit must be above zero, not " + sessionTimeout);
		}
	}

	/**
	 * The limits set by the system properties {@value #MAX_FIRINGS} and {@value #SESSION_TIMEOUT}, else by the
	 * environment variables {@code LEG_ADVISOR_RULES_MAX_FIRINGS} and {@code LEG_ADVISOR_RULES_SESSION_TIMEOUT} (the
	 * names Spring gives the same properties), else the defaults.
	 *
	 * @throws InvalidRuleLimitException if a value set is not a whole number or a duration above zero
	 */
	public static RuleLimits configured() {
		return configured(key -> System.getProperty(key, System.getenv(environmentName(key))));
	}

	/** The limits set by these settings (by key), else the defaults. */
	static RuleLimits configured(UnaryOperator<String> settings) {
		String firings = settings.apply(MAX_FIRINGS);
		String timeout = settings.apply(SESSION_TIMEOUT);
		return new RuleLimits(firings == null || firings.isBlank() ? DEFAULT_MAX_FIRINGS : firings(firings),
				timeout == null || timeout.isBlank() ? DEFAULT_SESSION_TIMEOUT : timeout(timeout));
	}

	static String environmentName(String key) {
		return key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
	}

	private static int firings(String value) {
		try {
			int firings = Integer.parseInt(value.strip());
			if (firings >= 1) {
				return firings;
			}
		}
		catch (NumberFormatException e) {
			// Reported below, with the key.
		}
		throw new InvalidRuleLimitException(MAX_FIRINGS, value, "a whole number of rule firings above 0, e.g. 10000");
	}

	private static Duration timeout(String value) {
		Matcher m = DURATION.matcher(value.strip().toLowerCase(Locale.ROOT));
		if (m.matches() && Long.parseLong(m.group(1)) > 0) {
			long amount = Long.parseLong(m.group(1));
			String unit = m.group(2) == null ? "ms" : m.group(2);
			return switch (unit) {
				case "s" -> Duration.ofSeconds(amount);
				case "m" -> Duration.ofMinutes(amount);
				default -> Duration.ofMillis(amount);
			};
		}
		throw new InvalidRuleLimitException(SESSION_TIMEOUT, value, "a time above zero such as 5s or 500ms");
	}

	/** A limit set to a value that is not one: names the setting, the value and what it should be. */
	public static final class InvalidRuleLimitException extends IllegalArgumentException {

		private static final long serialVersionUID = 1L;

		InvalidRuleLimitException(String key, String value, String expected) {
			super(key + " (or " + environmentName(key) + ") is \"" + value + "\"; expected " + expected);
		}

	}

}
