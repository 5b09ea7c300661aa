package org.legadvisor.cli.memory;

import java.util.Optional;

import org.legadvisor.memory.MemoryException;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

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

	/**
	 * The one line a command on stored data ends with when it is refused, said once for all of them: no stored data
	 * where it was asked for, or the memory saying no (no LEG of that name, no such round, a folder not empty...).
	 */
	public static Optional<String> refusal(Exception failure, CommandSpec spec) {
		if (failure instanceof StoredData.Unavailable unavailable) {
			return Optional.of(unavailable.in(spec));
		}
		return failure instanceof MemoryException refused ? Optional.of(refused.getMessage()) : Optional.empty();
	}

}
