package org.legadvisor.web.security;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.legadvisor.web.http.Problems;
import org.legadvisor.web.http.RequestLanguage;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Slows down guessing the administrator's password: a request with HTTP Basic credentials from an address that has
 * failed too often lately is answered 429 with {@code Retry-After}, before its credentials are checked (a bcrypt
 * check costs every client some CPU). Whether the credentials passed is read from the answer: 401 is a failure,
 * anything else a success, which forgets the address's failures. Runs just before Spring Security checks HTTP Basic.
 * <p>
 * Behind a reverse proxy every client has the proxy's address: set {@code server.forward-headers-strategy=native}
 * so that the address is the client's.
 */
final class LoginThrottleFilter extends OncePerRequestFilter {

	private final FailedLogins failures;

	private final ObjectMapper json;

	private final RequestLanguage language;

	LoginThrottleFilter(FailedLogins failures, ObjectMapper json, RequestLanguage language) {
		this.failures = failures;
		this.json = json;
		this.language = language;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
			chain.doFilter(request, response);
			return;
		}
		String address = request.getRemoteAddr();
		Optional<Duration> wait = failures.waitFor(address);
		if (wait.isPresent()) {
			refuse(request, response, wait.get());
			return;
		}
		chain.doFilter(request, response);
		if (response.getStatus() == HttpStatus.UNAUTHORIZED.value()) {
			failures.failed(address);
		}
		else {
			failures.succeeded(address);
		}
	}

	private void refuse(HttpServletRequest request, HttpServletResponse response, Duration wait) throws IOException {
		long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
		ProblemDetail problem = Problems.tooManyLogins(seconds, language.words(request));
		problem.setInstance(URI.create(request.getRequestURI()));
		response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
		response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		response.setHeader(HttpHeaders.CONTENT_LANGUAGE, language.of(request).code());
		response.setHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE);
		json.writeValue(response.getOutputStream(), problem);
	}

}
