package org.legadvisor.cli.memory;

/** The exit codes of the stored-data commands: the same as every other command's (see {@code leg-advisor help}). */
final class Exits {

	static final int DONE = 0;

	/** The rules or the knowledge base do not load. */
	static final int BROKEN_RULES = 1;

	/** Something given must be fixed: a file, a folder, an argument, the stored data named. */
	static final int BAD_INPUT = 2;

	/** The rules were stopped by a session limit. */
	static final int RULES_STOPPED = 3;

	private Exits() {
	}

}
