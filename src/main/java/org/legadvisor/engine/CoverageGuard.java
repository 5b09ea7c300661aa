package org.legadvisor.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import org.kie.api.definition.rule.Rule;

/**
 * What an edit may not lose without an administrator saying so: a rule file, a challenge, principle or element that
 * some rule concludes (its {@code @challenge}, {@code @principle}, {@code @element} metadata), or more than
 * {@code maxRuleDrop} of the rules. Deleting {@code p7-partnership-dynamics.drl} once took principle 7 out of every
 * report, silently; such a loss now keeps the last good rules serving until it is applied deliberately.
 */
public record CoverageGuard(double maxRuleDrop) {

	/** The configuration key of the share of rules an edit may drop, e.g. {@code 0.05}: a system property. */
	public static final String MAX_RULE_DROP = "leg-advisor.rules.max-rule-drop";

	public static final double DEFAULT_MAX_RULE_DROP = 0.05;

	public static final CoverageGuard DEFAULT = new CoverageGuard(DEFAULT_MAX_RULE_DROP);

	/** The metadata that says what a rule concludes, in the order reported. */
	private static final List<String> COVERAGE = List.of("challenge", "principle", "element");

	private static final String APPLY = "; to apply this removal deliberately, reload accepting the loss "
			+ "(POST /api/rule-base/reload?accept-loss=true)";

	public CoverageGuard {
		if (!(maxRuleDrop >= 0 && maxRuleDrop <= 1)) {
			throw new IllegalArgumentException("the share of rules a reload may drop is from 0 to 1, not " + maxRuleDrop);
		}
	}

	/**
	 * The guard set by the system property {@value #MAX_RULE_DROP} (or the environment variable
	 * {@code LEG_ADVISOR_RULES_MAX_RULE_DROP}), else the default.
	 */
	public static CoverageGuard configured() {
		String value = System.getProperty(MAX_RULE_DROP, System.getenv(RuleLimits.environmentName(MAX_RULE_DROP)));
		if (value == null || value.isBlank()) {
			return DEFAULT;
		}
		try {
			return new CoverageGuard(Double.parseDouble(value.strip()));
		}
		catch (IllegalArgumentException e) {
			throw new RuleLimits.InvalidRuleLimitException(MAX_RULE_DROP, value, "a share from 0 to 1, e.g. 0.05");
		}
	}

	/** What the candidate loses against the rule base serving now, one problem per kind of loss. */
	List<RuleProblem> losses(RuleSources servingSources, Collection<Rule> serving, RuleSources candidateSources,
			Collection<Rule> candidate) {
		List<RuleProblem> losses = new ArrayList<>();
		Set<String> files = new TreeSet<>(paths(servingSources));
		files.removeAll(paths(candidateSources));
		files.forEach(file -> losses.add(loss(file, "this rule file is gone since the rules serving now")));
		for (String key : COVERAGE) {
			Set<String> lost = ids(serving, key);
			lost.removeAll(ids(candidate, key));
			if (!lost.isEmpty()) {
				losses.add(loss("", "no rule concludes " + (lost.size() == 1 ? "the " + key + " " : "the " + key + "s ")
						+ String.join(", ", lost) + " any more"));
			}
		}
		int before = serving.size();
		int after = candidate.size();
		if (before - after > maxRuleDrop * before) {
			losses.add(loss("", String.format(Locale.ROOT, "the edit takes the rules from %d to %d (%.0f%% fewer), more "
					+ "than the %.0f%% a reload may drop (%s)", before, after, 100.0 * (before - after) / before,
					100 * maxRuleDrop, MAX_RULE_DROP)));
		}
		return losses;
	}

	private static RuleProblem loss(String file, String message) {
		return new RuleProblem(RuleProblem.Level.ERROR, file, 0, 0, message + APPLY);
	}

	private static List<String> paths(RuleSources sources) {
		return sources.files().stream().map(RuleSources.RuleFile::path).toList();
	}

	private static Set<String> ids(Collection<Rule> rules, String key) {
		Set<String> ids = new TreeSet<>();
		for (Rule rule : rules) {
			Object value = rule.getMetaData().get(key);
			if (value != null) {
				for (String id : value.toString().split(",")) {
					if (!id.isBlank()) {
						ids.add(id.strip());
					}
				}
			}
		}
		return ids;
	}

}
