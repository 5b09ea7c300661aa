package org.legadvisor.knowledge;

import java.util.List;

/**
 * A recommended action from the catalogue: what to do, who leads, by when, a first step, the basic elements it
 * serves, and its basis: the passage of the paper it rests on, or "practice: ..." with a reason where the paper is
 * silent. {@code section} is derived from the elements when the knowledge base is loaded ({@link Citation}), so that
 * it always cites every one of them; actions.json does not type it (validate refuses a typed one).
 */
public record Action(String id, String title, String what, String firstStep, Lead lead, Horizon horizon,
		List<String> elements, String section, String basis) {

	public Action {
		elements = elements == null ? List.of() : List.copyOf(elements);
	}

	/** This action citing the given section of the paper. */
	public Action withSection(String derived) {
		return new Action(id, title, what, firstStep, lead, horizon, elements, derived, basis);
	}

	/** Who leads the action. */
	public enum Lead {
		government, coordinating_agency, development_partners, civil_society, whole_leg
	}

	/** By when the action should be under way, from the soonest to the latest. */
	public enum Horizon {
		next_meeting, within_6_months, next_annual_review
	}

}
