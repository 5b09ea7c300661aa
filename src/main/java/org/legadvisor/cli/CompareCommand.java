package org.legadvisor.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.legadvisor.assessment.Advisor;
import org.legadvisor.engine.LiveRuleBase;
import org.legadvisor.engine.RuleCompilationException;
import org.legadvisor.engine.RuleSessionLimitException;
import org.legadvisor.knowledge.JsonFiles;
import org.legadvisor.memory.progress.Progress;
import org.legadvisor.memory.progress.ProgressText;
import org.legadvisor.memory.progress.RoundComparison;
import org.legadvisor.memory.StoredJson;
import org.legadvisor.questionnaire.AnswerValidator;
import org.legadvisor.questionnaire.AnswersDocument;
import org.legadvisor.questionnaire.AnswersReader;
import org.legadvisor.questionnaire.InvalidAnswersException;
import org.legadvisor.report.Report;
import org.legadvisor.report.ReportBuilder;
import org.legadvisor.report.ReportFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "compare", mixinStandardHelpOptions = true)
final class CompareCommand implements Callable<Integer> {

	@Spec
	picocli.CommandLine.Model.CommandSpec spec;

	@Mixin
	Locations locations;

	@Parameters(index = "0", paramLabel = "BEFORE", descriptionKey = "before")
	Path before;

	@Parameters(index = "1", paramLabel = "AFTER", descriptionKey = "after")
	Path after;

	@Mixin
	OutputOptions output = OutputOptions.of("text", "json");

	@Mixin
	LanguageOption language;

	@Override
	public Integer call() throws IOException {
		PrintWriter err = spec.commandLine().getErr();
		output.chosen();
		AnswersDocument earlier;
		AnswersDocument later;
		Path reading = before;
		try {
			earlier = read(before);
			reading = after;
			later = read(after);
		}
		catch (NoSuchFileException e) {
			err.println(CliLanguage.say(spec, "answers.notFound", e.getFile()));
			return LegAdvisorCommand.BAD_INPUT;
		}
		catch (InvalidAnswersException e) {
			err.println(reading + ": " + e.getMessage());
			return LegAdvisorCommand.BAD_INPUT;
		}
		return compare(earlier, later);
	}

	private AnswersDocument read(Path file) throws IOException, InvalidAnswersException {
		AnswersDocument document = new AnswersReader().read(file);
		new AnswerValidator(locations.questionnaire()).validate(document);
		return document;
	}

	private int compare(AnswersDocument earlier, AnswersDocument later) throws IOException {
		try (LiveRuleBase rules = locations.loadRules()) {
			Advisor advisor = locations.advisor(rules);
			ReportBuilder reports = new ReportBuilder(advisor.questionnaire(), advisor.knowledge());
			Progress progress = new RoundComparison(advisor.questionnaire()).compare(
					snapshot(before, reports.build(advisor.assess(earlier)), earlier),
					snapshot(after, reports.build(advisor.assess(later)), later));
			output.print(progress, text -> text.print(ProgressText.render(progress)));
			return 0;
		}
		catch (RuleCompilationException e) {
			locations.printRuleErrors(spec.commandLine().getErr(), e);
			return LegAdvisorCommand.BROKEN_RULES;
		}
		catch (InvalidAnswersException e) {
			// Both files were checked on reading; the thresholds a LEG adjusts are checked with the rules.
			spec.commandLine().getErr().println(e.getMessage());
			return LegAdvisorCommand.BAD_INPUT;
		}
		catch (RuleSessionLimitException e) {
			spec.commandLine().getErr().println(CliLanguage.say(spec, "compare.stopped", e.getMessage()));
			return LegAdvisorCommand.RULES_STOPPED;
		}
	}

	private static RoundComparison.Snapshot snapshot(Path file, Report report, AnswersDocument answers) {
		return new RoundComparison.Snapshot(new Progress.Side(null, file.getFileName().toString(),
				report.ruleBase().version()), StoredJson.tree(ReportFormat.json.render(report)),
				JsonFiles.mapper().valueToTree(answers));
	}

}
