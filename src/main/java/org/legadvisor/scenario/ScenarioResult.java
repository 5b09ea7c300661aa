package org.legadvisor.scenario;

import java.util.List;

/** The outcome of one scenario: passed when there are no differences between what was expected and what came. */
public record ScenarioResult(Scenario scenario, List<String> differences) {

	public ScenarioResult {
		differences = List.copyOf(differences);
	}

	public boolean passed() {
		return differences.isEmpty();
	}

}
