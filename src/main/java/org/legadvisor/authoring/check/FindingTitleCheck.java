package org.legadvisor.authoring.check;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.legadvisor.authoring.drl.AuthoredRule;
import org.legadvisor.authoring.drl.MetadataEntry;
import org.legadvisor.authoring.drl.RuleModel;
import org.legadvisor.knowledge.Basis;
import org.legadvisor.knowledge.FindingTitles;

/**
 * Every diagnosis rule's {@code @id} has a title in findings.json: the rule's name is for the staff who edit rules,
 * the title is what a report shows, so a rule without one would show its name, in English only. A rule resting on
 * common practice ({@code @basis("practice")}) has its reason there too.
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
				.flatMap(id -> issues(rule, id).stream()))
			.toList();
	}

	private List<RuleIssue> issues(AuthoredRule rule, MetadataEntry id) {
		String findingId = id.value().strip();
		List<RuleIssue> issues = new ArrayList<>();
		if (titles.title(findingId).isEmpty()) {
			issues.add(RuleIssue.of(IssueKind.MISSING_TITLE, rule, id.at(), "rule \"" + rule.name() + "\" ("
					+ rule.file() + ") has @id " + findingId + ", which has no title in " + file + ": add \""
					+ findingId + "\": { \"title\": \"...\" }"));
		}
		rule.metadata("basis").filter(basis -> basis.value().strip().equals(Basis.PRACTICE))
			.filter(basis -> titles.practice(findingId).isEmpty())
			.ifPresent(basis -> issues.add(RuleIssue.of(IssueKind.MISSING_TITLE, rule, basis.at(), "rule \""
					+ rule.name() + "\" (" + rule.file() + ") rests on common practice (@basis(\"practice\")), but "
					+ findingId + " has no reason for it in " + file + ": add \"practice\": \"<one-line reason>\" to \""
					+ findingId + "\"")));
		return issues;
	}

}
