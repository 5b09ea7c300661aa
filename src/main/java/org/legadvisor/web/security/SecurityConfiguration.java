package org.legadvisor.web.security;

import java.time.Clock;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.legadvisor.web.admin.AdminProperties;
import org.legadvisor.web.admin.Administrators;
import org.legadvisor.web.admin.RuleBaseReloadController;
import org.legadvisor.web.http.SecurityHeaders;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;

/**
 * Everything the service offers stays public, except its administrative endpoints: those need the administrator,
 * by HTTP Basic on every request (no session, no cookie), and an address that fails too often waits
 * ({@link LoginThrottleFilter}). Every response carries the security headers.
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfiguration {

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, SecurityHeaders securityHeaders, AdminProperties admin,
			ObjectMapper json) throws Exception {
		FailedLogins failures = new FailedLogins(admin.maxFailedLogins(), admin.failedLoginWindow(),
				Clock.systemUTC(), FailedLogins.CAPACITY);
		http.authorizeHttpRequests(requests -> requests
			.requestMatchers(RuleBaseReloadController.PATH, RuleBaseReloadController.PATH + "/**")
			.hasRole(Administrators.ROLE)
			.anyRequest()
			.permitAll())
			.httpBasic(basic -> basic.realmName("LEG Advisor administration"))
			.addFilterBefore(new LoginThrottleFilter(failures, json), BasicAuthenticationFilter.class)
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

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	UserDetailsService administrators(AdminProperties admin, PasswordEncoder encoder) {
		return Administrators.of(admin, encoder);
	}

}
