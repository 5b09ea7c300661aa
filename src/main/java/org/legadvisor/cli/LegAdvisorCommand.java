package org.legadvisor.cli;

import java.util.Map;
import java.util.Optional;

import org.legadvisor.cli.memory.MemoryCommands;
import org.legadvisor.engine.RuleLimits;
import org.legadvisor.engine.RuleSessionLimitException;
import org.legadvisor.knowledge.KnowledgeBaseException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * The {@code leg-advisor} command line: one subcommand per job. Every description of the help, and the command line's
 * own messages, are in the bundle {@code cli} ({@code src/main/resources/cli*.properties}), in the language
 * {@link CliLanguage} chooses.
 */
@Command(name = "leg-advisor", mixinStandardHelpOptions = true, version = "LEG Advisor 0.1.0",
		resourceBundle = CliLanguage.BUNDLE,
		subcommands = { ServeCommand.class, AssessCommand.class, ValidateCommand.class, TestCommand.class,
				RulesCommand.class, CoverageCommand.class, QuestionnaireCommand.class, ImportSubmissionsCommand.class })
public final class LegAdvisorCommand {

	/** {@code leg-advisor --lang fr help assess}: the language of the help, before the command's name as after it. */
	@Mixin
	LanguageOption language;

	/** Exit code for input the user must fix: answers, files, arguments, configuration values. */
	public static final int BAD_INPUT = 2;

	/** Exit code for rules or knowledge-base files that do not load (or, for some commands, do not pass). */
	public static final int BROKEN_RULES = 1;

	/** Exit code for rules stopped by a session limit (too many firings, or too long): a rule is at fault. */
	public static final int RULES_STOPPED = 3;

	public static void main(String[] args) {
		CommandLine commandLine = commandLine(args, System.getenv());
		int exitCode = commandLine.execute(args);
		// picocli's writers flush on println only; output ending in print() would be lost by System.exit.
		commandLine.getOut().flush();
		commandLine.getErr().flush();
		System.exit(exitCode);
	}

	/** The command line for {@code args}, speaking the language they or the {@code environment} ask for. */
	static CommandLine commandLine(String[] args, Map<String, String> environment) {
		CommandLine commandLine = new CommandLine(new LegAdvisorCommand());
		MemoryCommands.addTo(commandLine);
		// Added here rather than in the annotation, so that it comes after the commands on stored data.
		commandLine.addSubcommand(new CommandLine.HelpCommand());
		commandLine.setResourceBundle(CliLanguage.bundle(args, environment));
		OutputOptions.listFormats(commandLine);
		commandLine.setExecutionExceptionHandler((e, cmd, parsed) -> {
			if (e instanceof KnowledgeBaseException) {
				cmd.getErr().println(CliLanguage.say(cmd.getCommandSpec(), "error.knowledgeBase", e.getMessage()));
				return BROKEN_RULES;
			}
			if (e instanceof RuleLimits.InvalidRuleLimitException) {
				cmd.getErr().println(CliLanguage.say(cmd.getCommandSpec(), "error.setting", e.getMessage()));
				return BAD_INPUT;
			}
			if (e instanceof RuleSessionLimitException) {
				cmd.getErr().println(e.getMessage());
				return RULES_STOPPED;
			}
			Optional<String> refused = MemoryCommands.refusal(e, cmd.getCommandSpec());
			if (refused.isPresent()) {
				cmd.getErr().println(refused.get());
				return BAD_INPUT;
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
