package org.legadvisor.memory;

/** What an account may do with one LEG's data. Administrators may do everything with every LEG. */
public enum LegRole {

	/** Enters rounds and edits the plan. */
	coordinator,

	/** Reads rounds, progress and the plan. */
	viewer

}
