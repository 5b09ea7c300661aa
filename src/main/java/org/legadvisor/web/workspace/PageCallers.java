package org.legadvisor.web.workspace;

import org.legadvisor.memory.Caller;
import org.legadvisor.web.admin.Administrators;
import org.springframework.security.core.Authentication;

/** The person behind a page request, from the session's authentication (the pages admit logged-in people only). */
final class PageCallers {

	private static final String ADMIN_AUTHORITY = "ROLE_" + Administrators.ROLE;

	private PageCallers() {
	}

	static Caller of(Authentication authentication) {
		boolean administrator = authentication.getAuthorities().stream()
			.anyMatch(authority -> ADMIN_AUTHORITY.equals(authority.getAuthority()));
		return new Caller(authentication.getName(), administrator);
	}

	/** Whether someone is logged in (an anonymous request has no authentication, or an anonymous one). */
	static boolean loggedIn(Authentication authentication) {
		return authentication != null && authentication.isAuthenticated()
				&& !"anonymousUser".equals(authentication.getPrincipal());
	}

}
