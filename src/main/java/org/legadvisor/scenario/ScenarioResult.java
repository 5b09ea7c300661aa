package org.legadvisor.scenario;

import java.util.List;
import java.util.Optional;

import org.legadvisor.engine.RuleSessionLimitException;

/**
 * The outcome of one scenario: passed when there are no differences between what was expected and what came.
 * {@code stopped} holds the limit a rule session reached, when the rules were stopped instead of concluding.
 */
public record ScenarioResult(Scenario scenario, List<String> differences, Optional<RuleSessionLimitException> stopped) {

	public ScenarioResult {
		differences = List.copyOf(differences);
	}

	public ScenarioResult(Scenario scenario, List<String> differences) {
		this(scenario, differences, Optional.empty());
	}

	public boolean passed() {
		return differences.isEmpty();
	}

}
