package org.legadvisor.authoring.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.legadvisor.authoring.drl.AuthoredRule;
import org.legadvisor.authoring.drl.RuleModel;

/** Two rules with the same conditions: usually a copy that was meant to be changed, or two ways of saying one thing. */
final class DuplicateConditionsCheck implements RuleCheck {

	@Override
	public List<RuleIssue> check(RuleModel model) {
		List<RuleIssue> issues = new ArrayList<>();
		Map<String, AuthoredRule> first = new LinkedHashMap<>();
		for (AuthoredRule rule : model.rules()) {
			AuthoredRule earlier = first.putIfAbsent(rule.conditionKey(), rule);
			if (earlier != null) {
				issues.add(RuleIssue.of(IssueKind.DUPLICATE_CONDITIONS, rule, rule.at(), "rule \"" + rule.name()
						+ "\" has the same conditions as rule \"" + earlier.name() + "\" (" + earlier.location()
						+ "); merge them or make their conditions differ"));
			}
		}
		return issues;
	}

}
