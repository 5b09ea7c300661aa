package org.legadvisor.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.legadvisor.authoring.check.RuleIssue;
import org.legadvisor.authoring.check.RuleValidator;
import org.legadvisor.authoring.check.Validation;
import org.legadvisor.engine.RuleProblem;
import org.legadvisor.engine.RuleSources;
import org.legadvisor.language.TranslationCheck;
import org.legadvisor.language.TranslationProblem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "validate", mixinStandardHelpOptions = true)
final class ValidateCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Mixin
	Locations locations;

	@Parameters(paramLabel = "RULES_DIR", arity = "0..1", descriptionKey = "rulesDir")
	Path rulesDir;

	@Mixin
	OutputOptions output = OutputOptions.of("text", "json");

	@Mixin
	LanguageOption language;

	/** The JSON document of {@code --format json}. */
	record Report(String rulesFolder, int rules, int files, String version, List<Item> errors, List<Item> warnings,
			List<TranslationProblem> translations) {
	}

	record Item(String file, int line, int column, String message, String kind) {
	}

	@Override
	public Integer call() throws IOException {
		output.chosen();
		Path rules = rulesDir != null ? rulesDir : locations.rules;
		RuleSources sources;
		try {
			sources = RuleSources.read(rules);
		}
		catch (IOException e) {
			spec.commandLine().getErr().println(e.getMessage());
			return LegAdvisorCommand.BROKEN_RULES;
		}
		Validation validation = new RuleValidator(locations.knowledge(), locations.questionnaire()).validate(sources);
		// Texts are checked like rules: a language missing a text fails validate, naming file, key and language.
		List<TranslationProblem> translations = new TranslationCheck(locations.questionnaire(), locations.knowledge())
			.problems();
		output.print(json(rules, validation, translations), text -> {
			text(rules, validation, text, spec);
			translations.forEach(text::println);
			long errors = translations.stream().filter(TranslationProblem::isError).count();
			if (errors > 0) {
				text.println(CliLanguage.say(spec, "validate.translations", errors));
			}
		});
		boolean failed = validation.hasErrors() || translations.stream().anyMatch(TranslationProblem::isError);
		return failed ? LegAdvisorCommand.BROKEN_RULES : 0;
	}

	private static void text(Path rules, Validation validation, PrintWriter out, CommandSpec spec) {
		validation.issues().forEach(issue -> out.println(located(rules, issue.problem())));
		int warnings = validation.warnings().size();
		String warned = warnings == 0 ? "" : " " + CliLanguage.say(spec, "validate.warnings", warnings);
		if (validation.hasErrors()) {
			out.println(CliLanguage.say(spec, "validate.errors", rules, validation.errors().size()) + warned);
		}
		else {
			out.println(CliLanguage.say(spec, "validate.passed", rules, validation.rules(), validation.files(),
					validation.version()) + warned);
		}
	}

	private static Report json(Path rules, Validation validation, List<TranslationProblem> translations) {
		return new Report(rules.toString(), validation.rules(), validation.files(), validation.version(),
				items(rules, validation.errors()), items(rules, validation.warnings()), translations);
	}

	private static List<Item> items(Path rules, List<RuleIssue> issues) {
		return issues.stream().map(i -> new Item(file(rules, i.problem()), i.problem().line(), i.problem().column(),
				i.problem().message(), i.kind().name())).toList();
	}

	private static String located(Path rules, RuleProblem problem) {
		return file(rules, problem) + problem.toString().substring(problem.file().length());
	}

	/** The problem's file as the user can open it; a problem of the folder itself names the folder. */
	private static String file(Path rules, RuleProblem problem) {
		return problem.file().isEmpty() || Path.of(problem.file()).equals(rules) ? problem.file()
				: rules.resolve(problem.file()).toString();
	}

}
