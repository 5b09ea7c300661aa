package org.legadvisor.web;

import java.io.PrintStream;

import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalysisReporter;

/**
 * Says why the service could not start (a rule file, the knowledge base, a setting, a busy port) as plain text on
 * stderr, without a log line's prefix or a stack trace: {@code serve} turns Spring's logged report off and relies on
 * this one. Only failures that an analyzer explains come here; any other is logged with its stack trace, as a bug.
 */
class PlainFailureReporter implements FailureAnalysisReporter {

	private final PrintStream err;

	PlainFailureReporter() {
		this(System.err);
	}

	PlainFailureReporter(PrintStream err) {
		this.err = err;
	}

	@Override
	public void report(FailureAnalysis analysis) {
		err.println("The service cannot start. " + analysis.getDescription().strip());
		if (analysis.getAction() != null && !analysis.getAction().isBlank()) {
			err.println(analysis.getAction().strip());
		}
		err.flush();
	}

}
