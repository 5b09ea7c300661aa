package org.legadvisor.cli.memory;

import picocli.CommandLine;

/** The commands on the service's stored data, registered on the command line by one call. */
public final class MemoryCommands {

	private MemoryCommands() {
	}

	/** Adds the commands, in the order the help lists them: call it before adding {@code help}, which comes last. */
	public static void addTo(CommandLine commandLine) {
		commandLine.addSubcommand(new CompareCommand());
		commandLine.addSubcommand(new HistoryCommand());
		commandLine.addSubcommand(new ImpactCommand());
		commandLine.addSubcommand(new ExportCommand());
		commandLine.addSubcommand(new ImportCommand());
	}

}
