package org.legadvisor.web.admin;

import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

/**
 * Who may call the administrative endpoints: the configured administrator, or nobody when no password is configured.
 * A password written as {@code {id}encoded} is taken as encoded; any other is encoded here, so that the plain one is
 * not kept.
 */
public final class Administrators {

	public static final String ROLE = "ADMIN";

	private static final Logger log = LoggerFactory.getLogger(Administrators.class);

	private static final Pattern ENCODED = Pattern.compile("\\{[^{}]+\\}.*", Pattern.DOTALL);

	private Administrators() {
	}

	public static UserDetailsService of(AdminProperties admin, PasswordEncoder encoder) {
		if (!admin.passwordSet()) {
			log.info("No administrator password is configured, so the administrative endpoints (POST {}) refuse "
					+ "every request. To enable them, set the environment variable LEG_ADVISOR_ADMIN_PASSWORD "
					+ "(plain, or encoded as {bcrypt}...) and, if not 'admin', LEG_ADVISOR_ADMIN_USERNAME, then "
					+ "start the service again.", RuleBaseReloadController.PATH);
			return new InMemoryUserDetailsManager();
		}
		String password = ENCODED.matcher(admin.password()).matches() ? checked(admin.password(), encoder)
				: encoder.encode(admin.password());
		return new InMemoryUserDetailsManager(
				User.withUsername(admin.username()).password(password).roles(ROLE).build());
	}

	/**
	 * Fails at start-up, rather than at the first request, on an encoded password no encoder knows. The failure shows
	 * the encoding's name only, never the rest of the password.
	 */
	private static String checked(String encoded, PasswordEncoder encoder) {
		try {
			encoder.matches("", encoded);
			return encoded;
		}
		catch (IllegalArgumentException e) {
			throw new InvalidConfigurationPropertyValueException("leg-advisor.admin.password",
					encoded.substring(0, encoded.indexOf('}') + 1) + "...", "it starts with {...} but names no known "
							+ "encoding (use {bcrypt}, {pbkdf2}, {argon2}, ... or a plain password without braces)");
		}
	}

}
