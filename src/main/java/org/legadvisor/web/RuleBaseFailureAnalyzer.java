package org.legadvisor.web;

import java.util.stream.Collectors;

import org.legadvisor.engine.RuleCompilationException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** {@code serve} with rules that do not load says which file and line, as {@code validate} does, not a stack trace. */
class RuleBaseFailureAnalyzer extends AbstractFailureAnalyzer<RuleCompilationException> {

	@Override
	protected FailureAnalysis analyze(Throwable root, RuleCompilationException cause) {
		String problems = cause.problems().stream().map(p -> "  " + p).collect(Collectors.joining(System.lineSeparator()));
		return new FailureAnalysis("The rules do not load, so there is nothing to serve:" + System.lineSeparator()
				+ problems, "Fix the rule files (./leg-advisor validate lists every problem), then start again.", cause);
	}

}
