package org.legadvisor.web.admin;

import org.legadvisor.engine.RuleBaseStatus;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.Status;
import org.springframework.stereotype.Component;

/**
 * {@code /actuator/health} shows the rules in use: {@code UP} while the last reload served its edit (or found the
 * rules unchanged), {@code DEGRADED} when it did not (failed, refused, or anything but OK), with the reason. Degraded
 * is not down: the last good rules keep serving, so the service still answers 200 and stays live and ready (see
 * application.properties for why); it tells an administrator that the rules on disk are not the ones served. The
 * details (version, folder, problems) are shown to administrators only.
 */
@Component
class RuleBaseHealthIndicator implements HealthIndicator {

	static final Status DEGRADED = new Status("DEGRADED");

	private final RuleBaseStatusSource rules;

	RuleBaseHealthIndicator(RuleBaseStatusSource rules) {
		this.rules = rules;
	}

	@Override
	public Health health() {
		RuleBaseStatus status = rules.status();
		RuleBaseState state = rules.state(status, true);
		boolean served = status.outcome() == RuleBaseStatus.Outcome.OK;
		Health.Builder health = served ? Health.up() : Health.status(DEGRADED)
			.withDetail("reason", "The last reload of the rule files (" + state.reload().lastAttempt() + ") ended "
					+ state.reload().outcome() + ", so version " + state.version() + " keeps serving instead of the "
					+ "rules on disk; see 'problems', or run 'leg-advisor validate'.");
		return health.withDetail("version", state.version())
			.withDetail("loadedAt", state.loadedAt().toString())
			.withDetail("rules", state.rules())
			.withDetail("folder", state.folder())
			.withDetail("lastReload", state.reload().outcome())
			.withDetail("problems", state.reload().problems())
			.build();
	}

}
