package org.legadvisor.memory.web;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import org.legadvisor.engine.RuleCompilationException;
import org.legadvisor.engine.RuleProblem;
import org.legadvisor.memory.MemoryWords;
import org.legadvisor.memory.impact.Impact;
import org.legadvisor.memory.impact.ImpactRuns;
import org.legadvisor.memory.impact.RoundRerun;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** What today's rules, or an edited copy of them, would change in the stored rounds. */
@RestController
@SecurityRequirement(name = "basic")
class ImpactApiController {

	static final String ADMIN_IMPACT = "/api/admin/impact";

	private final RoundRerun rerun;

	private final ImpactRuns impact;

	ImpactApiController(RoundRerun rerun, ImpactRuns impact) {
		this.rerun = rerun;
		this.impact = impact;
	}

	@Operation(summary = "Re-runs a stored round on today's rules: the findings that would appear in or disappear "
			+ "from its report (for the LEG's members); nothing is stored")
	@GetMapping(path = "/api/legs/{id}/rounds/{roundId}/rerun", produces = MediaType.APPLICATION_JSON_VALUE)
	RoundRerun.Rerun rerun(@PathVariable long id, @PathVariable long roundId, Authentication caller) {
		return rerun.of(id, roundId, Callers.of(caller));
	}

	@Operation(summary = "Administrators only: runs every stored round and bundled scenario on the edited copy of the "
			+ "rules configured as leg-advisor.impact.rules and on the rules serving; per LEG, the findings that would "
			+ "appear or disappear. 422 listing the problems if the edited rules do not load")
	@PostMapping(path = ADMIN_IMPACT, produces = { MediaType.APPLICATION_JSON_VALUE,
			MediaType.APPLICATION_PROBLEM_JSON_VALUE })
	ResponseEntity<Object> impact(Authentication caller) {
		try {
			Impact result = impact.run(Callers.of(caller));
			return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(result);
		}
		catch (RuleCompilationException e) {
			List<String> problems = e.problems().stream().filter(p -> p.level() == RuleProblem.Level.ERROR)
				.map(RuleProblem::toString).toList();
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY,
					MemoryWords.text("memory.problem.impactRules", problems.size()));
			problem.setTitle(MemoryWords.text("memory.problem.impactRules.title"));
			problem.setType(URI.create("urn:leg-advisor:problem:rules-refused"));
			problem.setProperty("problems", problems);
			return ResponseEntity.unprocessableEntity().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
		}
	}

}
