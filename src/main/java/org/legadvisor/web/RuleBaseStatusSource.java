package org.legadvisor.web;

import org.legadvisor.engine.LiveRuleBase;
import org.legadvisor.engine.RuleBaseStatus;
import org.legadvisor.engine.RuleProblem;
import org.springframework.stereotype.Component;

/** The status of the live rule base, as the API and the health check report it. */
@Component
class RuleBaseStatusSource {

	private final LiveRuleBase rules;

	private final LegAdvisorProperties properties;

	RuleBaseStatusSource(LiveRuleBase rules, LegAdvisorProperties properties) {
		this.rules = rules;
		this.properties = properties;
	}

	RuleBaseState state() {
		return state(rules.status());
	}

	/** The state after a given status, such as the one a reload returned. */
	RuleBaseState state(RuleBaseStatus status) {
		return new RuleBaseState(status.current().contentHash(), status.current().loadedAt(), rules.rules().size(),
				properties.rules().toString(), new RuleBaseState.Reload(status.outcome().name(), status.lastAttempt(),
						status.problems().stream().map(RuleProblem::toString).toList()));
	}

}
