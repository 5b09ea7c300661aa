package org.legadvisor.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;

import org.legadvisor.engine.RulesFolderNotFoundException;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * A file or folder a command could not read, said in one line for the user ({@code where: what}) with its exit code:
 * {@link LegAdvisorCommand#BROKEN_RULES} for a file of the rules folder, {@link LegAdvisorCommand#BAD_INPUT} for
 * anything else the user gave (an answers file that is a folder, missing or unreadable, say).
 */
record ReadFailure(String message, int exitCode) {

	/** The failure a command ended with, if it is one of reading a file. */
	static Optional<ReadFailure> of(Exception failure, CommandLine command) {
		IOException io = failure instanceof UncheckedIOException unchecked ? unchecked.getCause()
				: failure instanceof IOException direct ? direct : null;
		if (io == null) {
			return Optional.empty();
		}
		if (io instanceof RulesFolderNotFoundException missing) {
			return Optional.of(new ReadFailure(CliLanguage.say(command.getCommandSpec(), "read.rulesFolder",
					missing.folder()), LegAdvisorCommand.BAD_INPUT));
		}
		if (io instanceof FileSystemException located && located.getFile() != null) {
			boolean ruleFile = inRulesFolder(Path.of(located.getFile()), command);
			CommandSpec spec = command.getCommandSpec();
			return Optional.of(new ReadFailure(CliLanguage.say(spec, ruleFile ? "read.ruleFile" : "read.file",
					located.getFile(), reason(located, spec)),
					ruleFile ? LegAdvisorCommand.BROKEN_RULES : LegAdvisorCommand.BAD_INPUT));
		}
		// Java names no file when reading a folder fails: the folder is then a FILE argument.
		Optional<String> folder = command.getParseResult().matchedArgs().stream()
			.filter(arg -> "FILE".equals(arg.paramLabel()))
			.map(ArgSpec::getValue)
			.filter(value -> value instanceof Path path && Files.isDirectory(path))
			.map(Object::toString)
			.findFirst();
		return Optional.of(folder.map(f -> new ReadFailure(CliLanguage.say(command.getCommandSpec(), "read.folder", f),
				LegAdvisorCommand.BAD_INPUT))
			.orElseGet(() -> new ReadFailure(io.getMessage(), LegAdvisorCommand.BAD_INPUT)));
	}

	/** The one line for a failure to read, whatever its exit code. */
	static String describe(IOException failure, CommandLine command) {
		return of(failure, command).map(ReadFailure::message).orElseGet(failure::getMessage);
	}

	private static String reason(FileSystemException e, CommandSpec spec) {
		if (e instanceof NoSuchFileException) {
			return CliLanguage.say(spec, "read.notFound");
		}
		if (e instanceof AccessDeniedException) {
			return CliLanguage.say(spec, "read.denied");
		}
		return e.getReason() == null ? CliLanguage.say(spec, "read.unreadable")
				: CliLanguage.say(spec, "read.unreadableBecause", e.getReason());
	}

	private static boolean inRulesFolder(Path file, CommandLine command) {
		Object locations = command.getCommandSpec().mixins().containsKey("locations")
				? command.getCommandSpec().mixins().get("locations").userObject() : null;
		return locations instanceof Locations where
				&& file.toAbsolutePath().normalize().startsWith(where.rules.toAbsolutePath().normalize());
	}

}
