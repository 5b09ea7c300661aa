package org.legadvisor.cli.memory;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.legadvisor.assessment.Advisor;
import org.legadvisor.cli.CliLanguage;
import org.legadvisor.cli.LanguageOption;
import org.legadvisor.cli.LegAdvisorCommand;
import org.legadvisor.cli.Locations;
import org.legadvisor.cli.OutputOptions;
import org.legadvisor.engine.LiveRuleBase;
import org.legadvisor.engine.RuleCompilationException;
import org.legadvisor.engine.RuleSessionLimitException;
import org.legadvisor.knowledge.JsonFiles;
import org.legadvisor.memory.StoredJson;
import org.legadvisor.memory.history.StoredLegs.StoredLeg;
import org.legadvisor.memory.history.StoredLegs.StoredRound;
import org.legadvisor.memory.history.StoredLegs;
import org.legadvisor.memory.progress.Progress;
import org.legadvisor.memory.progress.ProgressText;
import org.legadvisor.memory.progress.RoundComparison;
import org.legadvisor.memory.progress.StoredTexts;
import org.legadvisor.questionnaire.AnswerValidator;
import org.legadvisor.questionnaire.AnswersDocument;
import org.legadvisor.questionnaire.AnswersReader;
import org.legadvisor.questionnaire.InvalidAnswersException;
import org.legadvisor.report.Report;
import org.legadvisor.report.ReportBuilder;
import org.legadvisor.report.ReportFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "compare", mixinStandardHelpOptions = true)
final class CompareCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Mixin
	Locations locations;

	@Parameters(paramLabel = "FILE", arity = "0..2", descriptionKey = "files")
	List<Path> files = List.of();

	@Option(names = "--leg", paramLabel = "LEG")
	String leg;

	@Option(names = "--from", paramLabel = "N")
	Integer from;

	@Option(names = "--to", paramLabel = "N")
	Integer to;

	@Option(names = "--data", paramLabel = "DIR", defaultValue = "data")
	Path data;

	@Mixin
	OutputOptions output = OutputOptions.of("text", "json");

	@Mixin
	LanguageOption language;

	/** The texts of the reports in the language chosen, while the command runs. */
	private StoredTexts texts;

	@Override
	public Integer call() throws IOException, StoredData.Unavailable {
		PrintWriter err = spec.commandLine().getErr();
		output.chosen();
		boolean twoFiles = leg == null && files.size() == 2 && from == null && to == null;
		if (!twoFiles && !(leg != null && files.isEmpty())) {
			err.println(CliLanguage.say(spec, "compare.filesOrLeg"));
			return LegAdvisorCommand.BAD_INPUT;
		}
		try (ReadingLanguage language = ReadingLanguage.of(this.language, locations.questionnaire(),
				locations.knowledge())) {
			texts = language.texts();
			return leg == null ? compareFiles(err) : compareStored(err);
		}
	}

	private int compareStored(PrintWriter err) throws IOException, StoredData.Unavailable {
		Progress progress;
		try (StoredData stored = StoredData.open(data, true)) {
			StoredLegs legs = new StoredLegs(stored.jdbc());
			StoredLeg found = legs.find(leg);
			List<StoredRound> rounds = legs.rounds(found);
			if ((from == null || to == null) && rounds.size() < 2) {
				err.println(CliLanguage.say(spec, "compare.oneRound", found.name(), rounds.size()));
				return LegAdvisorCommand.BAD_INPUT;
			}
			StoredRound earlier = StoredLegs.numbered(found, rounds, from == null ? rounds.size() - 1 : from);
			StoredRound later = StoredLegs.numbered(found, rounds, to == null ? rounds.size() : to);
			progress = new RoundComparison(locations.questionnaire()).compare(snapshot(earlier),
					snapshot(later));
		}
		print(progress);
		return 0;
	}

	private RoundComparison.Snapshot snapshot(StoredRound round) {
		return new RoundComparison.Snapshot(new Progress.Side(round.id(), round.label(texts), round.ruleBaseVersion()),
				StoredJson.tree(round.report()), StoredJson.tree(round.answers()));
	}

	private int compareFiles(PrintWriter err) throws IOException {
		AnswersDocument earlier;
		AnswersDocument later;
		Path reading = files.get(0);
		try {
			earlier = read(reading);
			reading = files.get(1);
			later = read(reading);
		}
		catch (NoSuchFileException e) {
			err.println(CliLanguage.say(spec, "answers.notFound", e.getFile()));
			return LegAdvisorCommand.BAD_INPUT;
		}
		catch (InvalidAnswersException e) {
			err.println(reading + ": " + texts.said(e).getMessage());
			return LegAdvisorCommand.BAD_INPUT;
		}
		try (LiveRuleBase loaded = locations.loadRules()) {
			Advisor advisor = locations.advisor(loaded);
			ReportBuilder reports = new ReportBuilder(advisor.questionnaire(), advisor.knowledge());
			print(new RoundComparison(advisor.questionnaire()).compare(
					snapshot(files.get(0), reports.build(advisor.assess(earlier)), earlier),
					snapshot(files.get(1), reports.build(advisor.assess(later)), later)));
			return 0;
		}
		catch (RuleCompilationException e) {
			locations.printRuleErrors(err, e);
			return LegAdvisorCommand.BROKEN_RULES;
		}
		catch (InvalidAnswersException e) {
			// Both files were checked on reading; the thresholds a LEG adjusts are checked with the rules.
			err.println(texts.said(e).getMessage());
			return LegAdvisorCommand.BAD_INPUT;
		}
		catch (RuleSessionLimitException e) {
			err.println(CliLanguage.say(spec, "compare.stopped", e.getMessage()));
			return LegAdvisorCommand.RULES_STOPPED;
		}
	}

	private AnswersDocument read(Path file) throws IOException, InvalidAnswersException {
		AnswersDocument document = new AnswersReader().read(file);
		new AnswerValidator(locations.questionnaire()).validate(document);
		return document;
	}

	/** Prints the comparison with every text in the language chosen. */
	private void print(Progress compared) throws IOException {
		Progress progress = texts.progress(compared);
		output.print(progress, text -> text.print(ProgressText.render(progress, texts)));
	}

	private static RoundComparison.Snapshot snapshot(Path file, Report report, AnswersDocument answers) {
		return new RoundComparison.Snapshot(new Progress.Side(null, file.getFileName().toString(),
				report.ruleBase().version()), StoredJson.tree(ReportFormat.json.render(report)),
				JsonFiles.mapper().valueToTree(answers));
	}

}
