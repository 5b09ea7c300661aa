package org.legadvisor.engine;

import java.time.Instant;

/** Identifies the rule base that produced a result: a hash of the rule files' content and when it was loaded. */
public record RuleBaseVersion(String contentHash, Instant loadedAt) {

	@Override
	public String toString() {
		return contentHash + " loaded " + loadedAt;
	}

}
