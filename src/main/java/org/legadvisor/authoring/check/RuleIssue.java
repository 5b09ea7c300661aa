package org.legadvisor.authoring.check;

import org.legadvisor.authoring.drl.AuthoredRule;
import org.legadvisor.authoring.drl.Position;
import org.legadvisor.engine.RuleProblem;

/** A problem found in the rule files, with its kind; the problem's level is the kind's. */
public record RuleIssue(IssueKind kind, RuleProblem problem) {

	static RuleIssue of(IssueKind kind, AuthoredRule rule, Position at, String message) {
		return of(kind, rule.file(), at, message);
	}

	static RuleIssue of(IssueKind kind, String file, Position at, String message) {
		return new RuleIssue(kind, new RuleProblem(kind.level(), file, at.line(), at.column(), message));
	}

	public boolean isError() {
		return problem.level() == RuleProblem.Level.ERROR;
	}

}
