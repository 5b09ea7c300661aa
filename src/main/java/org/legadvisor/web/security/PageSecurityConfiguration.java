package org.legadvisor.web.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.legadvisor.web.http.LanguageLocaleResolver;
import org.legadvisor.web.http.SecurityHeaders;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The pages of the LEG's memory ({@code /legs/...}), for people in a browser: our login page, a session (its cookie
 * HttpOnly, SameSite=Lax, Secure over HTTPS: see application.properties), CSRF tokens on every form, and logout. A
 * login page's failures count with the API's ({@link FailedLogins}): an address that failed too often waits.
 * <p>
 * This chain comes first and takes only its own paths, and the report's address (so that a logged-in reader may save
 * a report as a round; an anonymous one reads it as before, no session made). Everything else keeps the stateless
 * chain of {@link SecurityConfiguration}: the API with HTTP Basic and no CSRF, the questionnaire and the anonymous
 * report, which store nothing and set no cookie, and the lean path.
 */
@Configuration(proxyBeanMethods = false)
public class PageSecurityConfiguration {

	/** Where a person logs in (GET the page, POST the form) and out (POST). */
	public static final String LOGIN = "/login";

	public static final String LOGOUT = "/logout";

	/** The one-time set-up of the first administrator: {@code /setup/{token}}. */
	public static final String SETUP = "/setup/*";

	/** The pages of the LEG's memory; each needs a person logged in. */
	public static final String PAGES = "/legs/**";

	/** Where a person goes once logged in, unless a page sent them to log in. */
	public static final String HOME = "/legs";

	static final RequestMatcher CHAIN = chain();

	@Bean
	@Order(1)
	SecurityFilterChain pageSecurityFilterChain(HttpSecurity http, SecurityHeaders securityHeaders,
			FailedLogins failures) throws Exception {
		PathPatternRequestMatcher.Builder path = PathPatternRequestMatcher.withDefaults();
		SavedRequestAwareAuthenticationSuccessHandler toPage = new SavedRequestAwareAuthenticationSuccessHandler();
		toPage.setDefaultTargetUrl(HOME);
		http.securityMatcher(CHAIN)
			.authorizeHttpRequests(requests -> requests
				.requestMatchers(path.matcher(PAGES), path.matcher(HOME)).authenticated()
				.anyRequest().permitAll())
			.formLogin(login -> login.loginPage(LOGIN)
				.successHandler((request, response, authentication) -> {
					failures.succeeded(request.getRemoteAddr());
					toPage.onAuthenticationSuccess(request, response, authentication);
				})
				.failureHandler((request, response, refused) -> failed(request, response, refused, failures)))
			.addFilterBefore(new FormLoginThrottle(failures, path.matcher(HttpMethod.POST, LOGIN)),
					UsernamePasswordAuthenticationFilter.class)
			.logout(logout -> logout.logoutRequestMatcher(path.matcher(HttpMethod.POST, LOGOUT))
				.logoutSuccessUrl(LOGIN + "?logout"))
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.IF_REQUIRED))
			.headers(headers -> headers.defaultsDisabled()
				.cacheControl(Customizer.withDefaults())
				.addHeaderWriter(securityHeaders));
		return http.build();
	}

	private static void failed(HttpServletRequest request, HttpServletResponse response, AuthenticationException refused,
			FailedLogins failures) throws IOException {
		failures.failed(request.getRemoteAddr());
		response.sendRedirect(loginPage(request, "error", null));
	}

	/** The login page again, saying why ({@code error}, {@code wait}), in the language the form was in. */
	static String loginPage(HttpServletRequest request, String why, Object value) {
		UriComponentsBuilder page = UriComponentsBuilder.fromPath(request.getContextPath() + LOGIN)
			.queryParam(why, value == null ? new Object[0] : new Object[] { value });
		String language = request.getParameter(LanguageLocaleResolver.PARAMETER);
		if (language != null && language.matches("[a-z]{2,3}")) {
			page.queryParam(LanguageLocaleResolver.PARAMETER, language);
		}
		return page.build().toUriString();
	}

	private static RequestMatcher chain() {
		PathPatternRequestMatcher.Builder path = PathPatternRequestMatcher.withDefaults();
		return new OrRequestMatcher(path.matcher(LOGIN), path.matcher(LOGOUT), path.matcher(SETUP),
				path.matcher(HOME), path.matcher(PAGES), path.matcher(HttpMethod.GET, "/report/*"));
	}

}
