package org.legadvisor.web.security;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Slows down guessing passwords on the login page as {@link LoginThrottleFilter} does for HTTP Basic: an address that
 * failed too often lately is sent back to the login page, which says how long to wait, before its password is
 * checked. The failures are counted by the login's failure handler, the success forgets them.
 */
final class FormLoginThrottle extends OncePerRequestFilter {

	private final FailedLogins failures;

	private final RequestMatcher login;

	FormLoginThrottle(FailedLogins failures, RequestMatcher login) {
		this.failures = failures;
		this.login = login;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !login.matches(request);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Optional<Duration> wait = failures.waitFor(request.getRemoteAddr());
		if (wait.isPresent()) {
			long seconds = Math.max(1, (wait.get().toMillis() + 999) / 1000);
			response.sendRedirect(PageSecurityConfiguration.loginPage(request, "wait", seconds));
			return;
		}
		chain.doFilter(request, response);
	}

}
