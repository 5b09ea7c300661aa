package org.legadvisor.plan;

import java.util.List;

/**
 * Which ranking a plan used: the default, or adjusted for the principles the LEG chose to focus on ({@code focus});
 * {@code raised} lists the raises of {@code priorities.json} the answers put in force (e.g. low trust).
 */
public record Ranking(List<String> focus, List<String> raised) {

	public Ranking {
		focus = List.copyOf(focus);
		raised = List.copyOf(raised);
	}

	/** Whether the LEG named no focus of its own, so the default order of principles applied. */
	public boolean isDefault() {
		return focus.isEmpty();
	}

}
