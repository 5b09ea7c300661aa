package org.legadvisor.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.legadvisor.engine.LiveRuleBase;
import org.legadvisor.engine.RuleCompilationException;
import org.legadvisor.language.Language;
import org.legadvisor.portfolio.PortfolioSummary;
import org.legadvisor.questionnaire.AnswersReader;
import org.legadvisor.report.ReportFormat;
import picocli.CommandLine;

/** {@code assess DIR}: every answers file of a folder, one report each, and the portfolio summary. */
final class AssessFolder {

	/** The bundled examples keep what each must yield beside it; those files are not answers. */
	private static final String EXPECTATIONS = ".expected.json";

	/** Where the reports go when --out is not given. */
	static final Path DEFAULT_OUT = Path.of("reports");

	private final Locations locations;

	private final CommandLine command;

	AssessFolder(Locations locations, CommandLine command) {
		this.locations = locations;
		this.command = command;
	}

	int run(Path folder, ReportFormat format, Path out, Language language) throws IOException {
		PrintWriter err = command.getErr();
		List<Path> files = answersFiles(folder);
		if (files.isEmpty()) {
			err.println(org.legadvisor.language.Words.in(language).format("batch.none", folder));
			return LegAdvisorCommand.BAD_INPUT;
		}
		List<ReportBatch.Item> items = files.stream()
			.map(file -> new ReportBatch.Item(file.toString(), stem(file), () -> new AnswersReader().read(file)))
			.toList();
		try (LiveRuleBase rules = locations.loadRules()) {
			PortfolioSummary summary = new ReportBatch(locations.advisor(rules), language, err, System.console() != null)
				.run(items, out == null ? DEFAULT_OUT : out, format);
			return summary.failed().isEmpty() ? 0 : LegAdvisorCommand.BAD_INPUT;
		}
		catch (RuleCompilationException e) {
			locations.printRuleErrors(err, e);
			return LegAdvisorCommand.BROKEN_RULES;
		}
	}

	private static List<Path> answersFiles(Path folder) throws IOException {
		try (Stream<Path> listed = Files.list(folder)) {
			return listed.filter(Files::isRegularFile)
				.filter(f -> f.getFileName().toString().endsWith(".json"))
				.filter(f -> !f.getFileName().toString().endsWith(EXPECTATIONS))
				.sorted()
				.toList();
		}
	}

	private static String stem(Path file) {
		String name = file.getFileName().toString();
		return name.substring(0, name.length() - ".json".length());
	}

}
