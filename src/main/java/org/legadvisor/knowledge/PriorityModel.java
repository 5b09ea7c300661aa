package org.legadvisor.knowledge;

import java.util.List;
import java.util.Map;

/**
 * The weights that rank actions, kept as data so that policy staff can tune them. See
 * {@code knowledge-base/priorities.json} for the meaning of each weight.
 */
public record PriorityModel(Map<String, Integer> severityWeight, List<String> foundationalOrder,
		int foundationalStep, int perExtraFinding, Map<Action.Horizon, Integer> horizonBonus,
		Map<String, String> leadLabels, Map<String, String> horizonLabels, Map<String, String> severityLabels) {

	/** Weight of a principle in the foundational order: the first principle weighs most. */
	public int foundationalWeight(String principle) {
		int index = foundationalOrder.indexOf(principle);
		return index < 0 ? 0 : (foundationalOrder.size() - index) * foundationalStep;
	}

}
