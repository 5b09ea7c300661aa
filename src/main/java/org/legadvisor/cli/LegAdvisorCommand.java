package org.legadvisor.cli;

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
				RulesCommand.class, CoverageCommand.class, QuestionnaireCommand.class,
				CommandLine.HelpCommand.class })
public final class LegAdvisorCommand {

	/** Exit code for input the user must fix (answers, arguments). */
	static final int BAD_INPUT = 2;

	/** Exit code for rules or knowledge-base files that do not load. */
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
			throw e;
		});
		return commandLine;
	}

}
