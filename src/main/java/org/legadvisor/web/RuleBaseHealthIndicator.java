package org.legadvisor.web;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/** {@code /actuator/health} shows the rule base in use: up with its version while one is loaded. */
@Component
class RuleBaseHealthIndicator implements HealthIndicator {

	private final RuleBaseStatusSource rules;

	RuleBaseHealthIndicator(RuleBaseStatusSource rules) {
		this.rules = rules;
	}

	@Override
	public Health health() {
		RuleBaseStatus status = rules.status();
		return Health.up()
			.withDetail("state", status.state())
			.withDetail("version", status.version())
			.withDetail("loadedAt", status.loadedAt().toString())
			.withDetail("rules", status.rules())
			.build();
	}

}
