package org.legadvisor.authoring.check;

import java.nio.file.Path;
import java.util.List;

import org.legadvisor.engine.RuleProblem;

/**
 * The outcome of validating a rules folder: how many rules and files, the rule base version (content hash), and
 * every problem found, in file, line and column order.
 */
public record Validation(Path rulesFolder, int rules, int files, String version, List<RuleIssue> issues) {

	public Validation {
		issues = List.copyOf(issues);
	}

	public List<RuleIssue> errors() {
		return issues.stream().filter(RuleIssue::isError).toList();
	}

	public List<RuleIssue> warnings() {
		return issues.stream().filter(i -> !i.isError()).toList();
	}

	public boolean hasErrors() {
		return issues.stream().anyMatch(RuleIssue::isError);
	}

	/** Every problem, errors and warnings, without their kinds. */
	public List<RuleProblem> problems() {
		return issues.stream().map(RuleIssue::problem).toList();
	}

}
