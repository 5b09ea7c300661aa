package org.legadvisor.web.admin;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The administrator of the service: user name and password for the administrative endpoints (HTTP Basic). The
 * password is plain or encoded ({@code {bcrypt}...}); without one, nobody is an administrator. It comes from the
 * environment ({@code LEG_ADVISOR_ADMIN_PASSWORD}) or the command line, never from a file of the repository.
 * <p>
 * A client address that fails {@code maxFailedLogins} times within {@code failedLoginWindow} is answered 429 until
 * that window ends, without its credentials being checked.
 */
@ConfigurationProperties("leg-advisor.admin")
public record AdminProperties(@DefaultValue("admin") String username, String password,
		@DefaultValue("5") int maxFailedLogins, @DefaultValue("1m") Duration failedLoginWindow) {

	public AdminProperties {
		if (maxFailedLogins < 1) {
			throw new IllegalArgumentException("leg-advisor.admin.max-failed-logins must be at least 1, not "
					+ maxFailedLogins);
		}
		if (failedLoginWindow.isNegative() || failedLoginWindow.isZero()) {
			throw new IllegalArgumentException("leg-advisor.admin.failed-login-window must be longer than 0, not "
					+ failedLoginWindow);
		}
	}

	boolean passwordSet() {
		return password != null && !password.isBlank();
	}

	/** Never prints the password, so that logging the properties cannot leak it. */
	@Override
	public String toString() {
		return "AdminProperties[username=" + username + ", password=" + (passwordSet() ? "(set)" : "(none)")
				+ ", maxFailedLogins=" + maxFailedLogins + ", failedLoginWindow=" + failedLoginWindow + "]";
	}

}
