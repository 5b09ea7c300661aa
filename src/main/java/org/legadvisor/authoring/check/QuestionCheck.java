package org.legadvisor.authoring.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.legadvisor.authoring.drl.AuthoredRule;
import org.legadvisor.authoring.drl.Comparison;
import org.legadvisor.authoring.drl.FactPattern;
import org.legadvisor.authoring.drl.RuleModel;

/** Every question a rule reads exists in the questionnaire. */
final class QuestionCheck implements RuleCheck {

	private final Set<String> questions;

	QuestionCheck(Set<String> questions) {
		this.questions = Set.copyOf(questions);
	}

	@Override
	public List<RuleIssue> check(RuleModel model) {
		List<RuleIssue> issues = new ArrayList<>();
		for (AuthoredRule rule : model.rules()) {
			for (FactPattern pattern : rule.patterns()) {
				for (Comparison selector : pattern.questionSelectors()) {
					selector.literals().stream().filter(q -> !questions.contains(q)).forEach(q -> issues.add(RuleIssue.of(
							IssueKind.UNKNOWN_QUESTION, rule, selector.at(), "rule \"" + rule.name() + "\" reads question \""
									+ q + "\", which is not in the questionnaire" + Suggestion.didYouMean(q, questions))));
				}
			}
		}
		return issues;
	}

}
