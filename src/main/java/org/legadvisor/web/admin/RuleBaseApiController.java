package org.legadvisor.web.admin;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import org.legadvisor.engine.LiveRuleBase;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
class RuleBaseApiController {

	/** One rule of the catalogue: its finding id (null for signal rules), name, package and every metadata value. */
	record RuleSummary(String id, String name, String packageName, Map<String, Object> metadata) {
	}

	private final LiveRuleBase rules;

	private final RuleBaseStatusSource status;

	RuleBaseApiController(LiveRuleBase rules, RuleBaseStatusSource status) {
		this.rules = rules;
		this.status = status;
	}

	@Operation(summary = "The rule catalogue: every rule with its id, name and metadata")
	@GetMapping(path = "/api/rules", produces = MediaType.APPLICATION_JSON_VALUE)
	List<RuleSummary> rules() {
		return rules.rules().stream().map(rule -> {
			Object id = rule.getMetaData().get("id");
			return new RuleSummary(id == null ? null : id.toString(), rule.getName(), rule.getPackageName(),
					Map.copyOf(rule.getMetaData()));
		}).toList();
	}

	@Operation(summary = "The rules in use: version (content hash), when loaded, rule count, outcome of the last reload; "
			+ "the folder they come from for administrators only (HTTP Basic)")
	@GetMapping(path = "/api/rule-base", produces = MediaType.APPLICATION_JSON_VALUE)
	RuleBaseState ruleBase(HttpServletRequest request) {
		return status.state(request.isUserInRole(Administrators.ROLE));
	}

}
