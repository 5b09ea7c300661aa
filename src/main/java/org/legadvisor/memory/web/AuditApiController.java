package org.legadvisor.memory.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import org.legadvisor.memory.Caller;
import org.legadvisor.memory.LegWorkspaces;
import org.legadvisor.memory.MemoryException;
import org.legadvisor.memory.audit.AuditLog;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Who changed what and when: a LEG's log for its coordinators and administrators, the whole log for administrators. */
@RestController
@SecurityRequirement(name = "basic")
class AuditApiController {

	static final int MAX_ENTRIES = 1000;

	private final LegWorkspaces workspaces;

	private final AuditLog audit;

	AuditApiController(LegWorkspaces workspaces, AuditLog audit) {
		this.workspaces = workspaces;
		this.audit = audit;
	}

	@Operation(summary = "The LEG's audit log, newest first: for its coordinators and administrators")
	@GetMapping(path = "/api/legs/{id}/audit", produces = MediaType.APPLICATION_JSON_VALUE)
	List<AuditLog.Entry> ofLeg(@PathVariable long id, Authentication caller) {
		workspaces.writable(id, Callers.of(caller));
		return audit.ofLeg(id);
	}

	@Operation(summary = "The whole audit log, newest first (accounts created, backups restored, every LEG's "
			+ "changes): administrators only")
	@GetMapping(path = "/api/audit", produces = MediaType.APPLICATION_JSON_VALUE)
	List<AuditLog.Entry> all(@Parameter(description = "at most this many entries (default 200, at most 1000)")
			@RequestParam(defaultValue = "200") int limit, Authentication authentication) {
		Caller caller = Callers.of(authentication);
		if (!caller.administrator()) {
			throw MemoryException.administratorsOnly(caller.username());
		}
		return audit.all(Math.max(1, Math.min(limit, MAX_ENTRIES)));
	}

}
