package org.legadvisor.plan;

import java.util.List;

/** The ranked actions, and the ranking that ordered them. */
public record Plan(List<PlannedAction> actions, Ranking ranking) {

	public Plan {
		actions = List.copyOf(actions);
	}

}
