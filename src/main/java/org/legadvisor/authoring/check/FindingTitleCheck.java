package org.legadvisor.authoring.check;

import java.nio.file.Path;
import java.util.List;

import org.legadvisor.authoring.drl.AuthoredRule;
import org.legadvisor.authoring.drl.RuleModel;
import org.legadvisor.knowledge.FindingTitles;

/**
 * Every diagnosis rule's {@code @id} has a title in findings.json: the rule's name is for the staff who edit rules,
 * the title is what a report shows, so a rule without one would show its name, in English only.
 */
final class FindingTitleCheck implements RuleCheck {

	private final Path file;

	private final FindingTitles titles;

	FindingTitleCheck(Path file, FindingTitles titles) {
		this.file = file.toAbsolutePath().normalize();
		this.titles = titles;
	}

	@Override
	public List<RuleIssue> check(RuleModel model) {
		return model.rules().stream()
			.filter(rule -> rule.role() == AuthoredRule.Role.DIAGNOSIS)
			.flatMap(rule -> rule.metadata("id").filter(id -> !id.value().isBlank()).stream()
				.filter(id -> titles.title(id.value().strip()).isEmpty())
				.map(id -> RuleIssue.of(IssueKind.MISSING_TITLE, rule, id.at(), "rule \"" + rule.name() + "\" ("
						+ rule.file() + ") has @id " + id.value().strip() + ", which has no title in " + file
						+ ": add \"" + id.value().strip() + "\": { \"title\": \"...\" }")))
			.toList();
	}

}
