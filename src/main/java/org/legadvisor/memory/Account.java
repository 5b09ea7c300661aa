package org.legadvisor.memory;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** A stored account: its password hash only (bcrypt), and whether it administers the service. */
@Table("account")
record Account(@Id Long id, String username, String passwordHash, boolean administrator, Instant createdAt) {

	/** Never prints the hash. */
	@Override
	public String toString() {
		return "Account[" + username + (administrator ? ", administrator" : "") + "]";
	}

}
