package org.legadvisor.knowledge;

import java.util.List;
import java.util.Map;

/**
 * The weights that rank actions, each with the reason it has that size ({@code about}), and the words that explain
 * a rank, kept as data so that policy staff can read and tune them. {@code reasons} holds format strings keyed
 * severity, foundation, findings, horizon, raise and focus.
 */
public record PriorityModel(String about, Map<String, Weight> severity, Foundational foundational,
		Weight perExtraFinding, Map<Action.Horizon, Weight> horizon, List<Raise> raises, Focus focus,
		Map<String, String> leadLabels, Map<String, String> horizonLabels, Map<String, String> severityLabels,
		Map<String, String> reasons) {

	/** Points and why they are that many. */
	public record Weight(int points, String about) {
	}

	/** The default order of principles, first weighing most: {@code step} times the places from the end. */
	public record Foundational(String about, int step, List<Place> order) {

		public Foundational {
			order = List.copyOf(order);
		}

	}

	/** A principle's place in the foundational order, and why it stands there. */
	public record Place(String principle, String about) {
	}

	/**
	 * Points added to the actions serving {@code principle} when a finding observes one of {@code whenElements} or a
	 * signal among {@code whenSignals} is present: an order that holds by default but not in every situation.
	 * {@code label} says the situation and {@code effect} what it does to the ranking, in words.
	 */
	public record Raise(String id, String principle, List<String> whenElements, List<String> whenSignals, int points,
			String label, String effect, String about) {

		public Raise {
			whenElements = whenElements == null ? List.of() : List.copyOf(whenElements);
			whenSignals = whenSignals == null ? List.of() : List.copyOf(whenSignals);
		}

	}

	/** Points added to the actions serving a principle the LEG chose, in its answer to {@code question}. */
	public record Focus(String question, int points, String about) {
	}

	public PriorityModel {
		raises = raises == null ? List.of() : List.copyOf(raises);
	}

	/** Weight of a principle in the foundational order: the first principle weighs most, one not listed nothing. */
	public int foundationalWeight(String principle) {
		List<String> order = foundationalOrder();
		int index = order.indexOf(principle);
		return index < 0 ? 0 : (order.size() - index) * foundational.step();
	}

	public List<String> foundationalOrder() {
		return foundational.order().stream().map(Place::principle).toList();
	}

	public int severityWeight(String severity) {
		Weight weight = this.severity.get(severity);
		return weight == null ? 0 : weight.points();
	}

	public int horizonBonus(Action.Horizon horizon) {
		Weight weight = this.horizon.get(horizon);
		return weight == null ? 0 : weight.points();
	}

}
