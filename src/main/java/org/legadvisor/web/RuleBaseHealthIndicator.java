package org.legadvisor.web;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * {@code /actuator/health} shows the rules in use: always up while a good rule base serves, with its version, and the
 * outcome of the last reload (a failed edit leaves the last good rules serving).
 */
@Component
class RuleBaseHealthIndicator implements HealthIndicator {

	private final RuleBaseStatusSource rules;

	RuleBaseHealthIndicator(RuleBaseStatusSource rules) {
		this.rules = rules;
	}

	@Override
	public Health health() {
		RuleBaseState state = rules.state();
		return Health.up()
			.withDetail("version", state.version())
			.withDetail("loadedAt", state.loadedAt().toString())
			.withDetail("rules", state.rules())
			.withDetail("lastReload", state.reload().outcome())
			.build();
	}

}
