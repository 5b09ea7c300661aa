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
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "compare", description = "Compares two rounds of a LEG given as answers files (the earlier first): "
		+ "each principle's score and level, the findings resolved, new and persisting, and the answers changed. "
		+ "Both are assessed on the same rules.",
		footer = { "", "Exit codes: 0 compared; 1 the rules or the knowledge base do not load; 2 an answers file is "
				+ "missing or not valid; 3 the rules were stopped by a session limit." })
final class CompareCommand implements Callable<Integer> {

	enum Format {
		text, json
	}

	@Spec
	picocli.CommandLine.Model.CommandSpec spec;

	@Mixin
	Locations locations;

	@Parameters(index = "0", paramLabel = "BEFORE", description = "The earlier round's answers file (JSON).")
	Path before;

	@Parameters(index = "1", paramLabel = "AFTER", description = "The later round's answers file (JSON).")
	Path after;

	@Option(names = "--format", defaultValue = "text",
			description = "Output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}); json as GET /api/legs/{id}/progress.")
	Format format;

	@Override
	public Integer call() throws IOException {
		PrintWriter err = spec.commandLine().getErr();
		AnswersDocument earlier;
		AnswersDocument later;
		Path reading = before;
		try {
			earlier = read(before);
			reading = after;
			later = read(after);
		}
		catch (NoSuchFileException e) {
			err.println("Answers file not found: " + e.getFile());
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
			PrintWriter out = spec.commandLine().getOut();
			out.print(format == Format.json
					? JsonFiles.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(progress) + System.lineSeparator()
					: ProgressText.render(progress));
			out.flush();
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
			spec.commandLine().getErr().println("Nothing was compared. " + e.getMessage());
			return LegAdvisorCommand.RULES_STOPPED;
		}
	}

	private static RoundComparison.Snapshot snapshot(Path file, Report report, AnswersDocument answers) {
		return new RoundComparison.Snapshot(new Progress.Side(null, file.getFileName().toString(),
				report.ruleBase().version()), StoredJson.tree(ReportFormat.json.render(report)),
				JsonFiles.mapper().valueToTree(answers));
	}

}
