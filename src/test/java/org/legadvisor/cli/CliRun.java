package org.legadvisor.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;

/** Runs the command line in-process and captures what it prints. */
public record CliRun(int exitCode, String out, String err) {

	/** With no locale in the environment: the command line speaks English unless {@code --lang} says otherwise. */
	public static CliRun of(String... args) {
		return in(Map.of(), args);
	}

	/** As a shell whose environment holds {@code environment} ({@code LANG}, {@code LC_ALL}...) runs it. */
	public static CliRun in(Map<String, String> environment, String... args) {
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		var commandLine = LegAdvisorCommand.commandLine(args, environment);
		commandLine.setOut(new PrintWriter(out));
		commandLine.setErr(new PrintWriter(err));
		int exitCode = commandLine.execute(args);
		return new CliRun(exitCode, out.toString(), err.toString());
	}

}
