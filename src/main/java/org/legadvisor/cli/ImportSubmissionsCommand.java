package org.legadvisor.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.legadvisor.engine.LiveRuleBase;
import org.legadvisor.engine.RuleCompilationException;
import org.legadvisor.language.Language;
import org.legadvisor.language.Languages;
import org.legadvisor.language.Translator;
import org.legadvisor.language.Words;
import org.legadvisor.interchange.submissions.ImportedRow;
import org.legadvisor.interchange.submissions.SubmissionImport;
import org.legadvisor.interchange.submissions.UnreadableSubmissionsException;
import org.legadvisor.knowledge.JsonFiles;
import org.legadvisor.report.ReportFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "import-submissions", mixinStandardHelpOptions = true)
final class ImportSubmissionsCommand implements Callable<Integer> {

	@Spec
	picocli.CommandLine.Model.CommandSpec spec;

	@Mixin
	Locations locations;

	/** Where the answers files go when --out is not given. */
	private static final Path DEFAULT_OUT = Path.of("submissions");

	@Parameters(paramLabel = "FILE", descriptionKey = "export")
	Path file;

	@Mixin
	OutputOptions output = OutputOptions.reportsInto(ReportFormat.markdown, DEFAULT_OUT);

	@Mixin
	LanguageOption language;

	@Option(names = "--assess")
	boolean assess;

	/** The language of the messages, the reports and the summary. */
	private Language chosen = Language.ENGLISH;

	@Override
	public Integer call() throws IOException {
		PrintWriter err = spec.commandLine().getErr();
		ReportFormat format = output.format(ReportFormat.class);
		Path out = output.out().orElseThrow();
		chosen = language.in(Languages.in(locations.knowledgeBase));
		Words words = Words.in(chosen);
		if (Files.isDirectory(file)) {
			err.println(words.format("import.file.folder", file));
			return LegAdvisorCommand.BAD_INPUT;
		}
		SubmissionImport.Result result;
		try {
			result = new SubmissionImport(locations.questionnaire(),
					new Translator(locations.questionnaire(), locations.knowledge()).in(chosen)).read(file);
		}
		catch (UnreadableSubmissionsException e) {
			err.println(e.getMessage());
			return LegAdvisorCommand.BAD_INPUT;
		}
		if (!result.unreadColumns().isEmpty()) {
			err.println(words.format("import.columns.unread", String.join(", ", result.unreadColumns())));
		}
		Files.createDirectories(out);
		List<ReportBatch.Item> valid = new ArrayList<>();
		for (ImportedRow row : result.rows()) {
			String stem = stem(row);
			Files.writeString(out.resolve(stem + ".json"),
					JsonFiles.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(row.document()) + "\n");
			if (row.valid()) {
				valid.add(new ReportBatch.Item(label(row), stem, row::document));
			}
			else {
				err.println(words.format("import.row.refused", label(row)));
				row.problems().forEach(problem -> err.println("  " + problem));
			}
		}
		err.println(words.format("import.done", valid.size(), result.rows().size() - valid.size(), out));
		int refused = valid.size() == result.rows().size() ? 0 : LegAdvisorCommand.BAD_INPUT;
		return assess ? Math.max(refused, assess(valid, out, format)) : refused;
	}

	private int assess(List<ReportBatch.Item> valid, Path out, ReportFormat format) throws IOException {
		try (LiveRuleBase rules = locations.loadRules()) {
			boolean failed = !new ReportBatch(locations.advisor(rules), chosen, spec.commandLine().getErr(),
					System.console() != null).run(valid, out, format).failed().isEmpty();
			return failed ? LegAdvisorCommand.BAD_INPUT : 0;
		}
		catch (RuleCompilationException e) {
			locations.printRuleErrors(spec.commandLine().getErr(), e);
			return LegAdvisorCommand.BROKEN_RULES;
		}
	}

	/** The row as a person finds it in the spreadsheet, with the LEG's name when the row gives one. */
	private String label(ImportedRow row) {
		Words words = Words.in(chosen);
		return row.legName().isEmpty() ? words.format("import.row.unnamed", row.row())
				: words.format("import.row", row.row(), row.legName());
	}

	/** row-002-education-sector-group: the row keeps files in the export's order, the name says whose they are. */
	private static String stem(ImportedRow row) {
		String slug = row.legName().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
		slug = slug.length() > 40 ? slug.substring(0, 40).replaceAll("-$", "") : slug;
		return String.format(Locale.ROOT, "row-%03d", row.row()) + (slug.isEmpty() ? "" : "-" + slug);
	}

}
