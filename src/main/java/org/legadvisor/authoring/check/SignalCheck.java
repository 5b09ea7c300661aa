package org.legadvisor.authoring.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.legadvisor.authoring.drl.AuthoredRule;
import org.legadvisor.authoring.drl.Comparison;
import org.legadvisor.authoring.drl.FactPattern;
import org.legadvisor.authoring.drl.RuleModel;

/**
 * Every signal a rule reads is inserted by some rule and labelled in signals.json; a signal inserted without a
 * label (and read by no rule) is a warning, since reports would show its bare id.
 */
final class SignalCheck implements RuleCheck {

	private final Map<String, String> labels;

	SignalCheck(Map<String, String> labels) {
		this.labels = Map.copyOf(labels);
	}

	@Override
	public List<RuleIssue> check(RuleModel model) {
		List<RuleIssue> issues = new ArrayList<>();
		Set<String> inserted = model.insertedSignals();
		Set<String> read = new java.util.HashSet<>();
		for (AuthoredRule rule : model.rules()) {
			for (FactPattern pattern : rule.patterns()) {
				for (Comparison selector : pattern.signalSelectors()) {
					for (String signal : selector.literals()) {
						read.add(signal);
						missing(signal, inserted).ifPresent(why -> issues.add(RuleIssue.of(IssueKind.UNKNOWN_SIGNAL,
								rule, selector.at(), "rule \"" + rule.name() + "\" reads signal \"" + signal + "\", but " + why)));
					}
				}
			}
		}
		for (AuthoredRule rule : model.rules()) {
			rule.insertedSignals().stream()
				.filter(s -> !labels.containsKey(s.text()) && !read.contains(s.text()))
				.forEach(s -> issues.add(RuleIssue.of(IssueKind.UNLABELLED_SIGNAL, rule, s.at(), "rule \"" + rule.name()
						+ "\" inserts signal \"" + s.text() + "\", which has no label in signals.json, so reports show its bare id")));
		}
		return issues;
	}

	private java.util.Optional<String> missing(String signal, Set<String> inserted) {
		boolean insertedSomewhere = inserted.contains(signal);
		boolean labelled = labels.containsKey(signal);
		if (insertedSomewhere && labelled) {
			return java.util.Optional.empty();
		}
		String hint = Suggestion.didYouMean(signal, inserted.isEmpty() ? labels.keySet() : inserted);
		if (!insertedSomewhere && !labelled) {
			return java.util.Optional.of("no rule inserts it and signals.json has no label for it" + hint);
		}
		return java.util.Optional.of(insertedSomewhere ? "signals.json has no label for it" : "no rule inserts it" + hint);
	}

}
