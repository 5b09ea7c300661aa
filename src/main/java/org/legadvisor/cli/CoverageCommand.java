package org.legadvisor.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.legadvisor.authoring.coverage.Coverage;
import org.legadvisor.authoring.coverage.CoverageAnalysis;
import org.legadvisor.authoring.coverage.CoverageText;
import org.legadvisor.engine.RuleSources;
import org.legadvisor.language.TranslationCheck;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "coverage", description = { "Shows, for every function (F1-F4), challenge (C1-C8), principle (P1-P7) "
		+ "and element of framework.json, the questions, rules and actions that reference it, and exits 1 when the "
		+ "coverage is incomplete, naming each problem.", "",
		"The rule: a function or an element is covered when at least one question (its \"elements\"), one rule "
				+ "(@function or @element) and one action (its \"elements\") reference it. A challenge is covered when at "
				+ "least one rule names it in @challenge (questions and actions reference elements, not challenges). A "
				+ "principle is covered when all its elements are; it is not a problem of its own. A question, rule or "
				+ "action that references an id not in framework.json is a problem, as is a rule file that cannot be read.",
		"",
		"Then, for every closed question (yes/partly/no, single or multiple choice), each answer with the diagnosis rules "
				+ "it can trigger: directly, by a condition on the answer's value or choices, or through a signal rule that "
				+ "reads it and a diagnosis rule that reads the signal; or the recorded reason it is healthy by decision "
				+ "(\"healthy\" on the option, or on a yes/partly/no question { \"yes\": \"...\" }). For a number "
				+ "question, the rules that read it. An answer neither read nor healthy is marked NOT READ, and is a "
				+ "problem with --unread-answers problem." })
final class CoverageCommand implements Callable<Integer> {

	@Spec
	picocli.CommandLine.Model.CommandSpec spec;

	@Mixin
	Locations locations;

	@Mixin
	TextOrJson output;

	@Option(names = "--unread-answers", defaultValue = CoverageAnalysis.UNREAD_ANSWERS, paramLabel = "problem|note",
			description = "Whether an answer that no rule reads and that has no healthy reason makes the coverage "
					+ "incomplete (problem) or is only marked (note); default: ${DEFAULT-VALUE}.")
	UnreadAnswers unreadAnswers;

	enum UnreadAnswers {
		problem, note
	}

	@Option(names = "--details", description = "In text, list under each id the questions, rules and actions that reference it.")
	boolean details;

	@Override
	public Integer call() throws JsonProcessingException {
		PrintWriter out = spec.commandLine().getOut();
		RuleSources sources;
		try {
			sources = RuleSources.read(locations.rules);
		}
		catch (IOException e) {
			spec.commandLine().getErr().println(ReadFailure.describe(e, spec.commandLine()));
			return LegAdvisorCommand.BROKEN_RULES;
		}
		Coverage coverage = new CoverageAnalysis(locations.knowledge(), locations.questionnaire(),
				unreadAnswers == UnreadAnswers.problem).analyse(sources);
		output.print(out, coverage, text -> {
			text.print(new CoverageText(details).render(coverage));
			text.println(translations());
		});
		return coverage.complete() ? 0 : LegAdvisorCommand.BROKEN_RULES;
	}

	/** One line: how much of the English each language has ({@code validate} lists what is missing). */
	private String translations() {
		var completeness = new TranslationCheck(locations.questionnaire(), locations.knowledge()).completeness();
		return "Translations: " + completeness.entrySet().stream()
			.map(e -> e.getKey().code() + " " + e.getValue().percent() + "% (" + e.getValue().translated() + " of "
					+ e.getValue().total() + " texts)")
			.collect(java.util.stream.Collectors.joining(", "));
	}

}
