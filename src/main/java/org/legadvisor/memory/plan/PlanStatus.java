package org.legadvisor.memory.plan;

/** Where an adopted action stands. */
public enum PlanStatus {

	planned, in_progress, done, dropped;

	boolean open() {
		return this == planned || this == in_progress;
	}

}
