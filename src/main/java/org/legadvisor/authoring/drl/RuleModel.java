package org.legadvisor.authoring.drl;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.legadvisor.engine.RuleProblem;

/**
 * Every rule of a rules folder as written, in file then line order, the syntax errors of the files that did
 * not parse (their rules are missing from {@code rules}), and the functions the files declare (Java code that
 * conditions could call).
 */
public record RuleModel(List<AuthoredRule> rules, List<RuleProblem> syntaxErrors, int files, List<Function> functions) {

	/** A {@code function} declared in a rule file: its name and where it stands. */
	public record Function(String file, String name, Position at) {
	}

	public RuleModel {
		rules = List.copyOf(rules);
		syntaxErrors = List.copyOf(syntaxErrors);
		functions = List.copyOf(functions);
	}

	public List<AuthoredRule> withRole(AuthoredRule.Role role) {
		return rules.stream().filter(r -> r.role() == role).toList();
	}

	/** Every signal id some rule inserts. */
	public Set<String> insertedSignals() {
		Set<String> ids = new LinkedHashSet<>();
		rules.forEach(r -> r.insertedSignals().forEach(s -> ids.add(s.text())));
		return ids;
	}

	/** The files that did not parse. */
	public Set<String> brokenFiles() {
		Set<String> files = new LinkedHashSet<>();
		syntaxErrors.forEach(p -> files.add(p.file()));
		return files;
	}

}
