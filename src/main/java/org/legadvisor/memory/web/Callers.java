package org.legadvisor.memory.web;

import org.legadvisor.memory.Caller;
import org.springframework.security.core.Authentication;

/** The caller of a request, from Spring Security's authentication (its paths admit authenticated requests only). */
final class Callers {

	private static final String ADMIN_AUTHORITY = "ROLE_ADMIN";

	private Callers() {
	}

	static Caller of(Authentication authentication) {
		boolean administrator = authentication.getAuthorities().stream()
			.anyMatch(authority -> ADMIN_AUTHORITY.equals(authority.getAuthority()));
		return new Caller(authentication.getName(), administrator);
	}

}
