package org.legadvisor.web.security;

import java.time.Clock;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import org.legadvisor.memory.StoredAccounts;
import org.legadvisor.memory.web.MemorySecurity;
import org.legadvisor.web.http.RequestLanguage;
import org.springframework.beans.factory.ObjectProvider;
import org.legadvisor.web.admin.AdminProperties;
import org.legadvisor.web.admin.Administrators;
import org.legadvisor.web.admin.RuleBaseReloadController;
import org.legadvisor.web.http.SecurityHeaders;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.CacheControlHeadersWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Everything the service offers stays public, except its administrative endpoints: those need the administrator,
 * by HTTP Basic on every request (no session, no cookie), and an address that fails too often waits
 * ({@link LoginThrottleFilter}). Every response carries the security headers.
 * <p>
 * The public API's busiest requests and the static files take a lean path ({@link #LEAN_PATH}): no security filter
 * chain at all, since they read no credentials and no one's role (the chain's dozen filters cost about a tenth of an
 * assessment's CPU). Spring Security's firewall still checks them, and the same headers are written for them by a
 * filter of their own. Everything else, new paths included, goes through the chain.
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfiguration {

	/** The requests answered without the security filter chain: public, anonymous, and many. */
	static final RequestMatcher LEAN_PATH = leanPath();

	/** The failed logins of each address, by HTTP Basic and by the login page alike. */
	@Bean
	FailedLogins failedLogins(AdminProperties admin) {
		return new FailedLogins(admin.maxFailedLogins(), admin.failedLoginWindow(), Clock.systemUTC(),
				FailedLogins.CAPACITY);
	}

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, SecurityHeaders securityHeaders, FailedLogins failures,
			ObjectMapper json, RequestLanguage language) throws Exception {
		http.securityMatcher(new NegatedRequestMatcher(LEAN_PATH))
			.authorizeHttpRequests(requests -> requests
			.requestMatchers(RuleBaseReloadController.PATH, RuleBaseReloadController.PATH + "/**")
			.hasRole(Administrators.ROLE)
			.requestMatchers(MemorySecurity.PATHS)
			.authenticated()
			.anyRequest()
			.permitAll())
			.httpBasic(basic -> basic.realmName("LEG Advisor administration"))
			.addFilterBefore(new LoginThrottleFilter(failures, json, language), BasicAuthenticationFilter.class)
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			// CSRF forges requests that ride on credentials a browser sends by itself, a session cookie above all.
			// This service sets no cookie and keeps no session: its public endpoints need no credentials, and the
			// administrative one wants HTTP Basic, sent by scripts on each request. Tokens would only break the
			// public API's clients (and the worst a forged reload could do is load the rules already on disk).
			.csrf(AbstractHttpConfigurer::disable)
			.logout(AbstractHttpConfigurer::disable)
			.headers(headers -> headers.defaultsDisabled()
				.cacheControl(Customizer.withDefaults())
				.addHeaderWriter(securityHeaders));
		return http.build();
	}

	/** The headers of the lean path: the ones the chain writes elsewhere, written the same way (when committing). */
	@Bean
	FilterRegistrationBean<HeaderWriterFilter> leanPathHeaders(SecurityHeaders securityHeaders) {
		HeaderWriterFilter headers = new HeaderWriterFilter(List.of(new CacheControlHeadersWriter(), securityHeaders)) {

			@Override
			protected boolean shouldNotFilter(HttpServletRequest request) {
				return !LEAN_PATH.matches(request);
			}

		};
		return new FilterRegistrationBean<>(headers);
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	UserDetailsService administrators(AdminProperties admin, PasswordEncoder encoder,
			ObjectProvider<StoredAccounts> stored) {
		// The configured administrator first, then the accounts of the LEG's memory (absent from web slice tests).
		UserDetailsService configured = Administrators.of(admin, encoder);
		StoredAccounts accounts = stored.getIfAvailable();
		return accounts == null ? configured : accounts.after(configured, Administrators.ROLE);
	}

	private static RequestMatcher leanPath() {
		PathPatternRequestMatcher.Builder path = PathPatternRequestMatcher.withDefaults();
		return new OrRequestMatcher(path.matcher(HttpMethod.POST, "/api/assessments"),
				path.matcher(HttpMethod.POST, "/api/reports"), path.matcher(HttpMethod.GET, "/api/questionnaire"),
				path.matcher(HttpMethod.GET, "/css/**"), path.matcher(HttpMethod.GET, "/js/**"),
				path.matcher(HttpMethod.GET, "/favicon.ico"), path.matcher(HttpMethod.GET, "/favicon.svg"));
	}

}
