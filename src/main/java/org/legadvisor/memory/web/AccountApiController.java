package org.legadvisor.memory.web;

import java.net.URI;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import org.legadvisor.memory.StoredAccounts;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Administrators create accounts; a LEG's coordinators then give them a role in it. */
@RestController
@SecurityRequirement(name = "basic")
class AccountApiController {

	/** A new account; the password is kept as a bcrypt hash only. */
	record NewAccount(String username, String password, boolean administrator) {

		@Override
		public String toString() {
			return "NewAccount[" + username + "]";
		}
	}

	record Created(String username) {
	}

	private final StoredAccounts accounts;

	private final UserDetailsService users;

	AccountApiController(StoredAccounts accounts, UserDetailsService users) {
		this.accounts = accounts;
		this.users = users;
	}

	@Operation(summary = "Creates an account (administrators only)")
	@PostMapping(path = "/api/accounts", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<Created> create(@RequestBody NewAccount account, Authentication caller) {
		accounts.create(account.username(), account.password(), account.administrator(), Callers.of(caller), users);
		return ResponseEntity.created(URI.create("/api/accounts/" + account.username()))
			.body(new Created(account.username()));
	}

}
