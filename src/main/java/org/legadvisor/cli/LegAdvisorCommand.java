package org.legadvisor.cli;

import java.util.Optional;

import org.legadvisor.engine.RuleLimits;
import org.legadvisor.engine.RuleSessionLimitException;
import org.legadvisor.knowledge.KnowledgeBaseException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code leg-advisor} command line: one subcommand per job. */
@Command(name = "leg-advisor", mixinStandardHelpOptions = true, version = "LEG Advisor 0.1.0",
		description = "Diagnoses a local education group (LEG) against the GPE principles for effective LEGs "
				+ "and recommends prioritized actions.",
		subcommands = { ServeCommand.class, AssessCommand.class, ValidateCommand.class, TestCommand.class,
				RulesCommand.class, CoverageCommand.class, QuestionnaireCommand.class, ImportSubmissionsCommand.class,
				CommandLine.HelpCommand.class },
		exitCodeListHeading = "%nExit codes:%n",
		exitCodeList = { "0:done", "1:the rules or the knowledge base do not load, or (validate, test, coverage) do not pass",
				"2:something given must be fixed: an answers file, a file or folder, an argument, a setting" })
public final class LegAdvisorCommand {

	/** Exit code for input the user must fix: answers, files, arguments, configuration values. */
	static final int BAD_INPUT = 2;

	/** Exit code for rules or knowledge-base files that do not load (or, for some commands, do not pass). */
	static final int BROKEN_RULES = 1;

	/** Exit code for rules stopped by a session limit (too many firings, or too long): a rule is at fault. */
	static final int RULES_STOPPED = 3;

	public static void main(String[] args) {
		CommandLine commandLine = commandLine();
		int exitCode = commandLine.execute(args);
		// picocli's writers flush on println only; output ending in print() would be lost by System.exit.
		commandLine.getOut().flush();
		commandLine.getErr().flush();
		System.exit(exitCode);
	}

	static CommandLine commandLine() {
		CommandLine commandLine = new CommandLine(new LegAdvisorCommand());
		org.legadvisor.cli.memory.MemoryCommands.addTo(commandLine);
		commandLine.setExecutionExceptionHandler((e, cmd, parsed) -> {
			if (e instanceof KnowledgeBaseException) {
				cmd.getErr().println("Knowledge base error: " + e.getMessage());
				return BROKEN_RULES;
			}
			if (e instanceof RuleLimits.InvalidRuleLimitException) {
				cmd.getErr().println("Setting error: " + e.getMessage());
				return BAD_INPUT;
			}
			if (e instanceof RuleSessionLimitException) {
				cmd.getErr().println(e.getMessage());
				return RULES_STOPPED;
			}
			Optional<ReadFailure> unreadable = ReadFailure.of(e, cmd);
			if (unreadable.isPresent()) {
				cmd.getErr().println(unreadable.get().message());
				return unreadable.get().exitCode();
			}
			throw e;
		});
		return commandLine;
	}

}
