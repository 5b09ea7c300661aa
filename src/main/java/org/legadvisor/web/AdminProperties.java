package org.legadvisor.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The administrator of the service: user name and password for the administrative endpoints (HTTP Basic). The
 * password is plain or encoded ({@code {bcrypt}...}); without one, nobody is an administrator. It comes from the
 * environment ({@code LEG_ADVISOR_ADMIN_PASSWORD}) or the command line, never from a file of the repository.
 */
@ConfigurationProperties("leg-advisor.admin")
record AdminProperties(@DefaultValue("admin") String username, String password) {

	boolean passwordSet() {
		return password != null && !password.isBlank();
	}

	/** Never prints the password, so that logging the properties cannot leak it. */
	@Override
	public String toString() {
		return "AdminProperties[username=" + username + ", password=" + (passwordSet() ? "(set)" : "(none)") + "]";
	}

}
