package org.legadvisor.plan;

import java.util.List;

import org.legadvisor.knowledge.Action;

/** An action in the plan: its rank, the findings it answers, and why it ranks where it does. */
public record PlannedAction(int rank, Action action, List<String> because, int score, List<RankReason> reasons) {

	public PlannedAction {
		because = List.copyOf(because);
		reasons = List.copyOf(reasons);
	}

}
