package org.legadvisor.authoring.check;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.legadvisor.authoring.drl.AuthoredRule;
import org.legadvisor.authoring.drl.Comparison.Field;
import org.legadvisor.authoring.drl.Comparison.Operator;
import org.legadvisor.authoring.drl.Comparison;
import org.legadvisor.authoring.drl.FactPattern;
import org.legadvisor.authoring.drl.RuleModel;
import org.legadvisor.questionnaire.QuestionType;
import org.legadvisor.questionnaire.Questionnaire.Question;
import org.legadvisor.questionnaire.Questionnaire;

/**
 * Finds conditions that no answers file can meet, since the questionnaire does not allow them: a value the question
 * cannot take, a number outside its range, two values for one answer, or a question read together with an answer
 * that means it is never asked. These are warnings: the rule base still works, but the rule never does what its
 * author meant.
 */
final class ReachabilityCheck implements RuleCheck {

	private final Map<String, Question> questions;

	ReachabilityCheck(Questionnaire questionnaire) {
		this.questions = questionnaire.questionsById();
	}

	@Override
	public List<RuleIssue> check(RuleModel model) {
		List<RuleIssue> issues = new ArrayList<>();
		for (AuthoredRule rule : model.rules()) {
			for (FactPattern pattern : rule.patterns()) {
				Question question = question(pattern);
				if (question != null) {
					values(rule, pattern, new AnswerDomain(question), issues);
					numbers(rule, pattern, new AnswerDomain(question), issues);
				}
			}
			combinations(rule, issues);
		}
		return issues;
	}

	/** The one known question an answer pattern reads, or null. */
	private Question question(FactPattern pattern) {
		List<String> read = pattern.questions();
		return read.size() == 1 ? questions.get(read.get(0)) : null;
	}

	private void values(AuthoredRule rule, FactPattern pattern, AnswerDomain domain, List<RuleIssue> issues) {
		String id = domain.question().id();
		for (Comparison test : pattern.tests()) {
			List<String> impossible;
			String message;
			if (test.field() == Field.VALUE) {
				impossible = test.literals().stream().filter(v -> !domain.valueCanBe(v)).toList();
				message = "compares " + id + " with " + quoted(impossible, " and ") + ", which " + id
						+ " cannot take (it takes " + domain.describe() + ")";
			}
			else if (test.field() == Field.CHOICES) {
				impossible = domain.hasChoices()
						? test.literals().stream().filter(v -> !domain.choicesCanContain(v)).toList() : test.literals();
				message = domain.hasChoices() ? "tests " + test.expression() + " on " + id + ", but " + quoted(impossible, " and ")
						+ " is not one of its options (" + domain.describeOptions() + ")"
						: "tests " + test.expression() + " on " + id + ", but only multiple-choice questions have choices";
			}
			else if (test.field() == Field.NUMBER && !domain.hasNumber()) {
				impossible = test.literals();
				message = "tests " + test.expression() + " on " + id + ", but " + id + " is not a number question";
			}
			else {
				continue;
			}
			if (!impossible.isEmpty()) {
				boolean all = impossible.size() == test.literals().size();
				String outcome = !all ? ": that value never matches"
						: !test.operator().selects() ? ": the comparison always holds" : never(pattern, test.certain());
				issues.add(RuleIssue.of(IssueKind.IMPOSSIBLE_VALUE, rule, test.at(),
						"rule \"" + rule.name() + "\" " + message + outcome));
			}
		}
	}

	private void numbers(AuthoredRule rule, FactPattern pattern, AnswerDomain domain, List<RuleIssue> issues) {
		if (!domain.hasNumber()) {
			return;
		}
		NumberRange range = NumberRange.of(domain.question().min(), domain.question().max());
		List<String> applied = new ArrayList<>();
		for (Comparison test : pattern.tests()) {
			if (test.field() != Field.NUMBER || !test.certain() || test.literals().size() != 1
					|| test.operator() == Operator.NOT_EQUAL) {
				continue;
			}
			double value;
			try {
				value = Double.parseDouble(test.literals().get(0));
			}
			catch (NumberFormatException e) {
				continue;
			}
			range = range.narrow(test.operator(), value);
			applied.add(test.expression());
			if (range.isEmpty()) {
				issues.add(RuleIssue.of(IssueKind.IMPOSSIBLE_VALUE, rule, test.at(), "rule \"" + rule.name() + "\": "
						+ domain.question().id() + " takes a number " + domain.range() + ", so " + String.join(" and ", applied)
						+ (applied.size() > 1 ? " never hold together" : " never holds") + never(pattern, true)));
				return;
			}
		}
	}

	/** Two values for one answer, and questions read with an answer that means they are not asked. */
	private void combinations(AuthoredRule rule, List<RuleIssue> issues) {
		Map<String, Set<String>> mustBe = new LinkedHashMap<>();
		Set<String> reported = new HashSet<>();
		for (FactPattern pattern : rule.patterns()) {
			Question question = question(pattern);
			if (question == null || !pattern.required()) {
				continue;
			}
			for (Comparison test : pattern.tests()) {
				if (test.field() != Field.VALUE || !test.certain() || !(test.operator() == Operator.EQUAL
						|| test.operator() == Operator.IN)) {
					continue;
				}
				Set<String> before = mustBe.get(question.id());
				Set<String> now = new LinkedHashSet<>(test.literals());
				if (before != null) {
					now.retainAll(before);
				}
				if (now.isEmpty() && reported.add(question.id())) {
					issues.add(RuleIssue.of(IssueKind.IMPOSSIBLE_VALUE, rule, test.at(), "rule \"" + rule.name() + "\" needs "
							+ question.id() + " to be " + quoted(before, " or ") + " and also " + quoted(test.literals(), " or ")
							+ ": one answer cannot be both, so the rule can never fire"));
				}
				mustBe.put(question.id(), now);
			}
		}
		for (FactPattern pattern : rule.patterns()) {
			Question question = question(pattern);
			if (question == null || !pattern.required() || question.showIf() == null) {
				continue;
			}
			Questionnaire.Condition condition = question.showIf();
			Question controlling = questions.get(condition.question());
			Set<String> given = mustBe.get(condition.question());
			// A multiple-choice value joins several choices, so it cannot be compared with the condition's values.
			if (controlling == null || controlling.type() == QuestionType.MULTI_CHOICE || given == null || given.isEmpty()
					|| given.stream().anyMatch(condition.anyOf()::contains)) {
				continue;
			}
			issues.add(RuleIssue.of(IssueKind.NEVER_ASKED, rule, pattern.at(), "rule \"" + rule.name() + "\" reads "
					+ question.id() + ", which is only asked when " + condition.question() + " is "
					+ String.join(" or ", condition.anyOf()) + ", but the rule needs " + condition.question() + " to be "
					+ quoted(given, " or ") + ": the rule can never fire"));
		}
	}

	/** What it means for the rule that a condition of this pattern never holds. */
	private static String never(FactPattern pattern, boolean certain) {
		if (!certain) {
			return ": that part of the condition never holds";
		}
		if (pattern.required()) {
			return ": the rule can never fire";
		}
		return pattern.negated() && !pattern.alternative() ? ": the \"not\" around it always holds"
				: ": this alternative never matches";
	}

	private static String quoted(Collection<String> values, String last) {
		List<String> quoted = values.stream().map(v -> "\"" + v + "\"").collect(Collectors.toCollection(ArrayList::new));
		if (quoted.size() <= 1) {
			return String.join("", quoted);
		}
		String tail = quoted.remove(quoted.size() - 1);
		return String.join(", ", quoted) + last + tail;
	}

}
