package org.legadvisor.web.admin;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * What {@code GET /api/rule-base} reports about the rules in use: the version serving (content hash, when it was
 * loaded), how many rules, and how the last attempt to reload them went ({@code OK}, or why not, when, and the
 * problems that kept an edit out, or the warnings of the rules serving). The folder the rules come from is a detail
 * of the server: only an administrator is shown it; for anyone else it is {@code null} and left out.
 */
record RuleBaseState(String version, Instant loadedAt, int rules,
		@JsonInclude(JsonInclude.Include.NON_NULL) String folder, Reload reload) {

	record Reload(String outcome, Instant lastAttempt, List<String> problems) {

		Reload {
			problems = List.copyOf(problems);
		}

	}

}
