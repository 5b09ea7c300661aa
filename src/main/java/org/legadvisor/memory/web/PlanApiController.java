package org.legadvisor.memory.web;

import java.time.Instant;
import java.time.LocalDate;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import org.legadvisor.memory.plan.ActionPlan;
import org.legadvisor.memory.plan.PlanCsv;
import org.legadvisor.memory.plan.PlanItem;
import org.legadvisor.memory.plan.PlanStatus;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** A LEG's action plan: read it (JSON or CSV), adopt an action or change one (optimistic locking: 409 if stale). */
@RestController
@SecurityRequirement(name = "basic")
class PlanApiController {

	static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

	/** An adopted action as saved: send {@code version} back with the next change. */
	record Saved(String actionId, String owner, LocalDate dueOn, PlanStatus status, String reason, String notes,
			int version, String updatedBy, Instant updatedAt) {

		static Saved of(PlanItem item) {
			return new Saved(item.actionId(), item.ownerName(), item.dueOn(), item.status(), item.reason(),
					item.notes(), item.version(), item.updatedBy(), item.updatedAt());
		}
	}

	private final ActionPlan plan;

	PlanApiController(ActionPlan plan) {
		this.plan = plan;
	}

	@Operation(summary = "The LEG's plan: the actions its last round recommends and every adopted action, with "
			+ "overdue ones and those done whose findings persist pointed out")
	@GetMapping(path = "/api/legs/{id}/plan", produces = MediaType.APPLICATION_JSON_VALUE)
	ActionPlan.View plan(@PathVariable long id, Authentication caller) {
		return plan.of(id, Callers.of(caller));
	}

	@Operation(summary = "The LEG's plan as CSV, for a spreadsheet")
	@GetMapping(path = "/api/legs/{id}/plan", produces = "text/csv")
	ResponseEntity<String> csv(@PathVariable long id, Authentication caller) {
		return ResponseEntity.ok().contentType(CSV)
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"leg-" + id + "-plan.csv\"")
			.body(PlanCsv.render(plan.of(id, Callers.of(caller))));
	}

	@Operation(summary = "Adopts an action into the plan, or changes it: send the version read (none to adopt); a "
			+ "stale version is refused with 409 and nothing is overwritten")
	@PutMapping(path = "/api/legs/{id}/plan/{actionId}", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	Saved update(@PathVariable long id, @Parameter(description = "the action's id in the catalogue, e.g. A-TOR-DRAFT")
			@PathVariable String actionId, @RequestBody ActionPlan.Change change, Authentication caller) {
		return Saved.of(plan.update(id, actionId, change, Callers.of(caller)));
	}

}
