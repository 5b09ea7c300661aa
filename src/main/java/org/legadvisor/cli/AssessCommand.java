package org.legadvisor.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.legadvisor.assessment.Advisor;
import org.legadvisor.assessment.Assessment;
import org.legadvisor.engine.LiveRuleBase;
import org.legadvisor.engine.RuleCompilationException;
import org.legadvisor.engine.RuleSessionLimitException;
import org.legadvisor.language.Language;
import org.legadvisor.language.Languages;
import org.legadvisor.language.Localized;
import org.legadvisor.language.Translator;
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

/** {@code assess}: its help, with the session limits it names, is in the bundle {@code cli}. */
@Command(name = "assess", mixinStandardHelpOptions = true)
final class AssessCommand implements Callable<Integer> {

	@Spec
	picocli.CommandLine.Model.CommandSpec spec;

	@Mixin
	Locations locations;

	@Parameters(paramLabel = "FILE", descriptionKey = "answers")
	Path answers;

	@Mixin
	OutputOptions output = OutputOptions.reports(ReportFormat.text);

	@Mixin
	LanguageOption language;

	private ReportFormat format;

	@Override
	public Integer call() throws IOException {
		PrintWriter err = spec.commandLine().getErr();
		if (Files.isDirectory(answers)) {
			return new AssessFolder(locations, spec.commandLine()).run(answers, output.formatOfFiles(ReportFormat.class),
					output.out().orElse(AssessFolder.DEFAULT_OUT), language.in(Languages.in(locations.knowledgeBase)));
		}
		format = output.format(ReportFormat.class);
		Language chosen = language.in(Languages.in(locations.knowledgeBase));
		try {
			AnswersDocument document = new AnswersReader().read(answers);
			// Checked before the rules compile, so that a mistake in the answers is reported in a blink.
			new AnswerValidator(locations.questionnaire()).validate(document);
			return assess(document, chosen);
		}
		catch (NoSuchFileException e) {
			err.println(CliLanguage.say(spec, "answers.notFound", e.getFile()));
			return LegAdvisorCommand.BAD_INPUT;
		}
		catch (InvalidAnswersException e) {
			err.println(answers + ": " + said(e, chosen).getMessage());
			return LegAdvisorCommand.BAD_INPUT;
		}
	}

	/** The problems in the language chosen, questions by their text in it. */
	private InvalidAnswersException said(InvalidAnswersException refused, Language chosen) {
		return chosen.isSource() ? refused
				: refused.in(new Translator(locations.questionnaire(), locations.knowledge()).in(chosen).problemWords());
	}

	private int assess(AnswersDocument document, Language chosen) throws IOException, InvalidAnswersException {
		try (LiveRuleBase rules = locations.loadRules()) {
			Advisor advisor = locations.advisor(rules);
			Assessment assessment = advisor.assess(document);
			Localized localized = new Translator(advisor.questionnaire(), advisor.knowledge()).in(chosen);
			Report report = new ReportBuilder(localized).build(assessment);
			if (format.binary()) {
				Path out = output.out().orElseThrow();
				Files.write(out, format.bytes(report));
				spec.commandLine().getErr().println(CliLanguage.say(spec, "report.written", out));
				return 0;
			}
			output.emit(format.render(report), "report.written");
			return 0;
		}
		catch (RuleCompilationException e) {
			locations.printRuleErrors(spec.commandLine().getErr(), e);
			return LegAdvisorCommand.BROKEN_RULES;
		}
		catch (RuleSessionLimitException e) {
			spec.commandLine().getErr().println(CliLanguage.say(spec, "assess.stopped", e.getMessage()));
			return LegAdvisorCommand.RULES_STOPPED;
		}
	}

}
