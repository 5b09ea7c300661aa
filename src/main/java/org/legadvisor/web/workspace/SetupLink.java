package org.legadvisor.web.workspace;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.nio.charset.StandardCharsets;

import org.legadvisor.memory.Caller;
import org.legadvisor.memory.StoredAccounts;
import org.legadvisor.web.admin.AdminProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.context.WebServerInitializedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * The one-time set-up link of a service without an administrator (no {@code LEG_ADVISOR_ADMIN_PASSWORD}, no stored
 * administrator account): {@code serve} prints {@code /setup/{token}} once it listens, and whoever opens it first
 * chooses the first administrator's name and password. The token is 256 random bits, kept in memory only, and dies
 * when used or after {@link #VALID_FOR}; a restart without an administrator prints a new one. There is no default
 * password anywhere.
 */
@Component
class SetupLink {

	static final Duration VALID_FOR = Duration.ofHours(24);

	/** Who the set-up's account creation is recorded as made by. */
	static final String SETUP = "setup-link";

	private static final Logger log = LoggerFactory.getLogger(SetupLink.class);

	private final AdminProperties admin;

	private final ObjectProvider<StoredAccounts> accounts;

	private final UserDetailsService users;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	private String token;

	private Instant until;

	SetupLink(AdminProperties admin, ObjectProvider<StoredAccounts> accounts, UserDetailsService users, Clock clock) {
		this.admin = admin;
		this.accounts = accounts;
		this.users = users;
		this.clock = clock;
	}

	@EventListener
	void serving(WebServerInitializedEvent event) {
		if (event.getApplicationContext().getParent() == null && administratorMissing()) {
			String path = open();
			log.info("No administrator yet. To choose the first administrator's name and password, open "
					+ "http://localhost:{}{} within {} hours; the link works once.", event.getWebServer().getPort(),
					path, VALID_FOR.toHours());
		}
	}

	/** A new link (the previous one dies): its path. */
	synchronized String open() {
		byte[] bits = new byte[32];
		random.nextBytes(bits);
		token = Base64.getUrlEncoder().withoutPadding().encodeToString(bits);
		until = clock.instant().plus(VALID_FOR);
		return "/setup/" + token;
	}

	/** The link's path while it works. */
	synchronized Optional<String> path() {
		return token == null || clock.instant().isAfter(until) ? Optional.empty() : Optional.of("/setup/" + token);
	}

	/** Whether {@code candidate} is the link's token, still unused and in time. */
	synchronized boolean valid(String candidate) {
		if (token == null || candidate == null || clock.instant().isAfter(until)) {
			return false;
		}
		return MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8),
				candidate.getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * Creates the first administrator with the link, which then dies; refused (false) if the link is not valid. The
	 * account's name and password are checked as for any account (a {@code MemoryException} says what to fix, and the
	 * link stays usable).
	 */
	synchronized boolean use(String candidate, String username, String password) {
		if (!valid(candidate) || !administratorMissing()) {
			return false;
		}
		accounts.getObject().create(username, password, true, new Caller(SETUP, true), users);
		token = null;
		until = null;
		return true;
	}

	private boolean administratorMissing() {
		boolean configured = admin.password() != null && !admin.password().isBlank();
		StoredAccounts stored = accounts.getIfAvailable();
		return !configured && stored != null && !stored.anyAdministrator();
	}

}
