package org.legadvisor.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;

import org.legadvisor.authoring.coverage.Coverage;
import org.legadvisor.authoring.coverage.CoverageAnalysis;
import org.legadvisor.authoring.coverage.CoverageText;
import org.legadvisor.engine.RuleSources;
import org.legadvisor.language.TranslationCheck;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "coverage", mixinStandardHelpOptions = true)
final class CoverageCommand implements Callable<Integer> {

	@Spec
	picocli.CommandLine.Model.CommandSpec spec;

	@Mixin
	Locations locations;

	@Mixin
	OutputOptions output = OutputOptions.of("text", "json");

	@Mixin
	LanguageOption language;

	@Option(names = "--unread-answers", defaultValue = CoverageAnalysis.UNREAD_ANSWERS, paramLabel = "problem|note")
	UnreadAnswers unreadAnswers;

	enum UnreadAnswers {
		problem, note
	}

	@Option(names = "--details")
	boolean details;

	@Override
	public Integer call() throws IOException {
		output.chosen();
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
		output.print(coverage, text -> {
			text.print(new CoverageText(details).render(coverage));
			text.println(translations());
		});
		return coverage.complete() ? 0 : LegAdvisorCommand.BROKEN_RULES;
	}

	/** One line: how much of the English each language has ({@code validate} lists what is missing). */
	private String translations() {
		var completeness = new TranslationCheck(locations.questionnaire(), locations.knowledge()).completeness();
		return CliLanguage.say(spec, "coverage.translations", completeness.entrySet().stream()
			.map(e -> CliLanguage.say(spec, "coverage.translation", e.getKey().code(), e.getValue().percent(),
					e.getValue().translated(), e.getValue().total()))
			.collect(java.util.stream.Collectors.joining(", ")));
	}

}
