package org.legadvisor.web.admin;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import org.legadvisor.engine.LiveRuleBase;
import org.legadvisor.engine.RuleBaseStatus;
import org.legadvisor.web.http.Problems;
import org.legadvisor.web.http.RequestLanguage;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The administrative endpoint: reload the rules folder now (see {@code SecurityConfiguration} for who may). */
@RestController
public class RuleBaseReloadController {

	public static final String PATH = "/api/rule-base/reload";

	private final LiveRuleBase rules;

	private final RuleBaseStatusSource status;

	private final RequestLanguage language;

	RuleBaseReloadController(LiveRuleBase rules, RuleBaseStatusSource status, RequestLanguage language) {
		this.language = language;
		this.rules = rules;
		this.status = status;
	}

	@Operation(summary = "Reloads the rules folder now; administrators only (HTTP Basic). 200 with the rule base "
			+ "status when the rules were swapped in or unchanged; 422 naming each problem (file, line, column) when "
			+ "the edit was refused (it does not compile or pass the checks, a bundled example or scenario fails on it, or "
			+ "it loses a rule file, a challenge, principle or element, or more than 5% of the rules), while the last good "
			+ "rules keep serving. accept-loss=true applies a deliberate removal that passes everything else")
	@PostMapping(path = PATH, produces = { MediaType.APPLICATION_JSON_VALUE, MediaType.APPLICATION_PROBLEM_JSON_VALUE })
	ResponseEntity<Object> reload(@RequestParam(name = "accept-loss", defaultValue = "false") boolean acceptLoss,
			HttpServletRequest request) {
		RuleBaseStatus after = rules.reload(acceptLoss);
		if (after.degraded()) {
			return RequestLanguage.in(language.of(request), ResponseEntity.unprocessableEntity())
				.contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.body(Problems.rulesRefused(after, language.words(request)));
		}
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(status.state(after, true));
	}

}
