package org.legadvisor.knowledge;

import java.util.List;
import java.util.Map;

/**
 * The weights that rank actions and the words that explain a rank, kept as data so that policy staff can tune
 * them. {@code reasons} holds format strings keyed severity, foundation, findings and horizon.
 */
public record PriorityModel(Map<String, Integer> severityWeight, List<String> foundationalOrder,
		int foundationalStep, int perExtraFinding, Map<Action.Horizon, Integer> horizonBonus,
		Map<String, String> leadLabels, Map<String, String> horizonLabels, Map<String, String> severityLabels,
		Map<String, String> reasons) {

	/** Weight of a principle in the foundational order: the first principle weighs most. */
	public int foundationalWeight(String principle) {
		int index = foundationalOrder.indexOf(principle);
		return index < 0 ? 0 : (foundationalOrder.size() - index) * foundationalStep;
	}

}
