package org.legadvisor.authoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Every action a rule names exists in actions.json. */
final class ActionCheck implements RuleCheck {

	private final Set<String> actions;

	ActionCheck(Set<String> actions) {
		this.actions = Set.copyOf(actions);
	}

	@Override
	public List<RuleIssue> check(RuleModel model) {
		List<RuleIssue> issues = new ArrayList<>();
		for (AuthoredRule rule : model.rules()) {
			rule.metadata("action").ifPresent(entry -> entry.items().stream()
				.filter(action -> !actions.contains(action.text()))
				.forEach(action -> issues.add(RuleIssue.of(IssueKind.UNKNOWN_ACTION, rule, action.at(),
						"@action: there is no action " + action.text() + " in actions.json"
								+ Suggestion.didYouMean(action.text(), actions)))));
		}
		return issues;
	}

}
