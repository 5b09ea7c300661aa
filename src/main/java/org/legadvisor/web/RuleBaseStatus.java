package org.legadvisor.web;

import java.time.Instant;
import java.util.List;

/**
 * What {@code GET /api/rule-base} and the health check report about the rules in use: the content hash, when they were
 * loaded, how many rules, from which folder, and compiler warnings.
 */
record RuleBaseStatus(String state, String version, Instant loadedAt, int rules, String folder, List<String> warnings) {

	RuleBaseStatus {
		warnings = List.copyOf(warnings);
	}

}
