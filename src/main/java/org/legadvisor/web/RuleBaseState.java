package org.legadvisor.web;

import java.time.Instant;
import java.util.List;

/**
 * What {@code GET /api/rule-base} reports about the rules in use: the version serving (content hash, when it was
 * loaded), how many rules, from which folder, and how the last attempt to reload them went ({@code OK} or
 * {@code FAILED}, when, and the problems that kept an edit out, or the warnings of the rules serving).
 */
record RuleBaseState(String version, Instant loadedAt, int rules, String folder, Reload reload) {

	record Reload(String outcome, Instant lastAttempt, List<String> problems) {

		Reload {
			problems = List.copyOf(problems);
		}

	}

}
