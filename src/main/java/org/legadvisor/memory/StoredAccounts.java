package org.legadvisor.memory;

import java.time.Clock;
import java.util.regex.Pattern;

import org.legadvisor.memory.audit.AuditLog;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The accounts kept in the database, beside the administrator configured at start-up (who comes first, and whose
 * name no stored account may take). Passwords are kept as bcrypt hashes only. An administrator creates accounts;
 * coordinators of a LEG then give them a role in it.
 */
@Service
public class StoredAccounts {

	/** The authority of a stored account that is not an administrator. */
	public static final String USER_ROLE = "USER";

	/** The shortest password an account may have. */
	public static final int MIN_PASSWORD = 12;

	private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._@-]{1,100}");

	private final AccountRepository accounts;

	private final PasswordEncoder encoder;

	private final AuditLog audit;

	private final Clock clock;

	StoredAccounts(AccountRepository accounts, PasswordEncoder encoder, AuditLog audit, Clock clock) {
		this.accounts = accounts;
		this.encoder = encoder;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Who may log in: the {@code configured} users first (the administrator from the environment), then the stored
	 * accounts. {@code adminRole} is the authority administrators get.
	 */
	public UserDetailsService after(UserDetailsService configured, String adminRole) {
		return username -> {
			try {
				return configured.loadUserByUsername(username);
			}
			catch (UsernameNotFoundException notConfigured) {
				return stored(username, adminRole);
			}
		};
	}

	/** Whether an administrator account is stored (the first one may come from the one-time set-up link). */
	@Transactional(readOnly = true)
	public boolean anyAdministrator() {
		return accounts.findAll().stream().anyMatch(Account::administrator);
	}

	private UserDetails stored(String username, String adminRole) {
		Account account = accounts.findByUsername(username)
			.orElseThrow(() -> new UsernameNotFoundException("No such account"));
		return User.withUsername(account.username()).password(account.passwordHash())
			.roles(account.administrator() ? adminRole : USER_ROLE).build();
	}

	@Transactional
	public void create(String username, String password, boolean administrator, Caller caller,
			UserDetailsService configured) {
		if (!caller.administrator()) {
			throw MemoryException.administratorsOnly(caller.username());
		}
		if (username == null || !USERNAME.matcher(username).matches()) {
			throw MemoryException.invalid("memory.problem.username");
		}
		if (password == null || password.length() < MIN_PASSWORD) {
			throw MemoryException.invalid("memory.problem.password", MIN_PASSWORD);
		}
		if (taken(username, configured)) {
			throw MemoryException.conflict("memory.problem.accountExists", username);
		}
		try {
			accounts.save(new Account(null, username, encoder.encode(password), administrator, clock.instant()));
			audit.record(caller.username(), null, AuditLog.What.ACCOUNT_CREATED, username,
					AuditLog.detail("administrator", administrator));
		}
		catch (DuplicateKeyException e) {
			throw MemoryException.conflict("memory.problem.accountExists", username);
		}
	}

	private boolean taken(String username, UserDetailsService configured) {
		try {
			configured.loadUserByUsername(username);
			return true;
		}
		catch (UsernameNotFoundException e) {
			return accounts.findByUsername(username).isPresent();
		}
	}

}
