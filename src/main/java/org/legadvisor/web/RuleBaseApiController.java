package org.legadvisor.web;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import org.legadvisor.engine.RuleBase;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
class RuleBaseApiController {

	/** One rule of the catalogue: its finding id (null for signal rules), name, package and every metadata value. */
	record RuleSummary(String id, String name, String packageName, Map<String, Object> metadata) {
	}

	private final RuleBaseStatusSource rules;

	RuleBaseApiController(RuleBaseStatusSource rules) {
		this.rules = rules;
	}

	@Operation(summary = "The rule catalogue: every rule with its id, name and metadata")
	@GetMapping(path = "/api/rules", produces = MediaType.APPLICATION_JSON_VALUE)
	List<RuleSummary> rules() {
		RuleBase current = rules.current();
		return current.rules().stream().map(rule -> {
			Object id = rule.getMetaData().get("id");
			return new RuleSummary(id == null ? null : id.toString(), rule.getName(), rule.getPackageName(),
					Map.copyOf(rule.getMetaData()));
		}).toList();
	}

	@Operation(summary = "The rule base the service runs on: version (content hash), when it was loaded, rule count")
	@GetMapping(path = "/api/rule-base", produces = MediaType.APPLICATION_JSON_VALUE)
	RuleBaseStatus ruleBase() {
		return rules.status();
	}

}
