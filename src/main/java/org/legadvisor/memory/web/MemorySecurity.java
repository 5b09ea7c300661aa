package org.legadvisor.memory.web;

/** The paths of stored data: every request on them needs an account (HTTP Basic); which LEG it may see is checked per request. */
public final class MemorySecurity {

	public static final String[] PATHS = { "/api/legs", "/api/legs/**", "/api/accounts", "/api/accounts/**",
			"/api/admin/**", "/api/audit" };

	private MemorySecurity() {
	}

}
