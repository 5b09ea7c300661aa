package org.legadvisor.cli.memory;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.legadvisor.assessment.Advisor;
import org.legadvisor.engine.LiveRuleBase;
import org.legadvisor.engine.RuleCompilationException;
import org.legadvisor.engine.RuleSessionLimitException;
import org.legadvisor.knowledge.JsonFiles;
import org.legadvisor.memory.MemoryException;
import org.legadvisor.memory.StoredJson;
import org.legadvisor.memory.history.StoredLegs;
import org.legadvisor.memory.history.StoredLegs.StoredLeg;
import org.legadvisor.memory.history.StoredLegs.StoredRound;
import org.legadvisor.memory.progress.Progress;
import org.legadvisor.memory.progress.ProgressText;
import org.legadvisor.memory.progress.RoundComparison;
import org.legadvisor.questionnaire.AnswerValidator;
import org.legadvisor.questionnaire.AnswersDocument;
import org.legadvisor.questionnaire.AnswersReader;
import org.legadvisor.questionnaire.InvalidAnswersException;
import org.legadvisor.report.Report;
import org.legadvisor.report.ReportBuilder;
import org.legadvisor.report.ReportFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "compare", description = "Compares two rounds of a LEG: each principle's score and level, the "
		+ "findings resolved, new and persisting, and the answers changed. Either two answers files (the earlier "
		+ "first), both assessed on the same rules, or two stored rounds of a saved LEG (--leg), each as it was "
		+ "assessed.",
		footer = { "", "Examples:", "  leg-advisor compare before.json after.json",
				"  leg-advisor compare --leg \"Freedonia LEG\" --data /srv/leg-advisor            # the last two rounds",
				"  leg-advisor compare --leg \"Freedonia LEG\" --from 1 --to 3   # rounds as 'history' numbers them",
				"", "Exit codes: 0 compared; 1 the rules or the knowledge base do not load; 2 an answers file is "
						+ "missing or not valid, no such LEG or round, or the stored data cannot be opened; 3 the "
						+ "rules were stopped by a session limit." })
final class CompareCommand implements Callable<Integer> {

	enum Format {
		text, json
	}

	@Spec
	picocli.CommandLine.Model.CommandSpec spec;

	@Option(names = "--rules", paramLabel = "DIR", defaultValue = "rules",
			description = "Folder of DRL rule files, for two answers files (default: ${DEFAULT-VALUE}).")
	Path rules;

	@Option(names = "--knowledge-base", paramLabel = "DIR", defaultValue = "knowledge-base",
			description = "Folder of the questionnaire, framework and action catalogue (default: ${DEFAULT-VALUE}).")
	Path knowledgeBase;

	@Parameters(paramLabel = "FILE", arity = "0..2",
			description = "The earlier and the later round's answers files (JSON); none with --leg.")
	List<Path> files = List.of();

	@Option(names = "--leg", paramLabel = "LEG", description = "A saved LEG's name (or id): compares its stored rounds.")
	String leg;

	@Option(names = "--from", paramLabel = "N", description = "With --leg: the earlier round's number, as 'history' "
			+ "numbers them (default: the next-to-last).")
	Integer from;

	@Option(names = "--to", paramLabel = "N", description = "With --leg: the later round's number (default: the last).")
	Integer to;

	@Option(names = "--data", paramLabel = "DIR", defaultValue = "data", description = "With --leg: folder of the "
			+ "saved LEGs, as for 'serve --data' (default: ${DEFAULT-VALUE}).")
	Path data;

	@Option(names = "--format", defaultValue = "text",
			description = "Output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}); json as GET /api/legs/{id}/progress.")
	Format format;

	@Override
	public Integer call() throws IOException {
		PrintWriter err = spec.commandLine().getErr();
		boolean twoFiles = leg == null && files.size() == 2 && from == null && to == null;
		if (!twoFiles && !(leg != null && files.isEmpty())) {
			err.println("Give either two answers files (BEFORE AFTER) or --leg LEG (with --from and --to if not the "
					+ "last two rounds); 'leg-advisor help compare' explains.");
			return Exits.BAD_INPUT;
		}
		return leg == null ? compareFiles(err) : compareStored(err);
	}

	private int compareStored(PrintWriter err) throws IOException {
		Progress progress;
		try (StoredData stored = StoredData.open(data, true)) {
			StoredLegs legs = new StoredLegs(stored.jdbc());
			StoredLeg found = legs.find(leg);
			List<StoredRound> rounds = legs.rounds(found);
			if ((from == null || to == null) && rounds.size() < 2) {
				err.println("The LEG \"" + found.name() + "\" has " + rounds.size() + " round(s): comparing needs two.");
				return Exits.BAD_INPUT;
			}
			StoredRound earlier = StoredLegs.numbered(found, rounds, from == null ? rounds.size() - 1 : from);
			StoredRound later = StoredLegs.numbered(found, rounds, to == null ? rounds.size() : to);
			progress = new RoundComparison(new RuleFolders(knowledgeBase).questionnaire()).compare(snapshot(earlier),
					snapshot(later));
		}
		catch (StoredData.Unavailable | MemoryException e) {
			err.println(e.getMessage());
			return Exits.BAD_INPUT;
		}
		print(progress);
		return Exits.DONE;
	}

	private static RoundComparison.Snapshot snapshot(StoredRound round) {
		return new RoundComparison.Snapshot(new Progress.Side(round.id(), round.label(), round.ruleBaseVersion()),
				StoredJson.tree(round.report()), StoredJson.tree(round.answers()));
	}

	private int compareFiles(PrintWriter err) throws IOException {
		RuleFolders folders = new RuleFolders(knowledgeBase);
		AnswersDocument earlier;
		AnswersDocument later;
		Path reading = files.get(0);
		try {
			earlier = read(folders, reading);
			reading = files.get(1);
			later = read(folders, reading);
		}
		catch (NoSuchFileException e) {
			err.println("Answers file not found: " + e.getFile());
			return Exits.BAD_INPUT;
		}
		catch (InvalidAnswersException e) {
			err.println(reading + ": " + e.getMessage());
			return Exits.BAD_INPUT;
		}
		try (LiveRuleBase loaded = folders.load(rules)) {
			Advisor advisor = folders.advisor(loaded);
			ReportBuilder reports = new ReportBuilder(advisor.questionnaire(), advisor.knowledge());
			print(new RoundComparison(advisor.questionnaire()).compare(
					snapshot(files.get(0), reports.build(advisor.assess(earlier)), earlier),
					snapshot(files.get(1), reports.build(advisor.assess(later)), later)));
			return Exits.DONE;
		}
		catch (RuleCompilationException e) {
			RuleFolders.printErrors(err, rules, e);
			return Exits.BROKEN_RULES;
		}
		catch (InvalidAnswersException e) {
			// Both files were checked on reading; the thresholds a LEG adjusts are checked with the rules.
			err.println(e.getMessage());
			return Exits.BAD_INPUT;
		}
		catch (RuleSessionLimitException e) {
			err.println("Nothing was compared. " + e.getMessage());
			return Exits.RULES_STOPPED;
		}
	}

	private static AnswersDocument read(RuleFolders folders, Path file) throws IOException, InvalidAnswersException {
		AnswersDocument document = new AnswersReader().read(file);
		new AnswerValidator(folders.questionnaire()).validate(document);
		return document;
	}

	private void print(Progress progress) throws IOException {
		PrintWriter out = spec.commandLine().getOut();
		out.print(format == Format.json
				? JsonFiles.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(progress) + System.lineSeparator()
				: ProgressText.render(progress));
		out.flush();
	}

	private static RoundComparison.Snapshot snapshot(Path file, Report report, AnswersDocument answers) {
		return new RoundComparison.Snapshot(new Progress.Side(null, file.getFileName().toString(),
				report.ruleBase().version()), StoredJson.tree(ReportFormat.json.render(report)),
				JsonFiles.mapper().valueToTree(answers));
	}

}
