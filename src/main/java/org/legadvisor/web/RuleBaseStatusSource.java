package org.legadvisor.web;

import org.legadvisor.engine.RuleBase;
import org.legadvisor.engine.RuleProblem;
import org.springframework.stereotype.Component;

/** The rule base the service runs on, and its status for the API and the health check. */
@Component
class RuleBaseStatusSource {

	private final RuleBase ruleBase;

	private final LegAdvisorProperties properties;

	RuleBaseStatusSource(RuleBase ruleBase, LegAdvisorProperties properties) {
		this.ruleBase = ruleBase;
		this.properties = properties;
	}

	RuleBase current() {
		return ruleBase;
	}

	RuleBaseStatus status() {
		RuleBase current = current();
		return new RuleBaseStatus("loaded", current.version().contentHash(), current.version().loadedAt(),
				current.rules().size(), properties.rules().toString(),
				current.warnings().stream().map(RuleProblem::toString).toList());
	}

}
