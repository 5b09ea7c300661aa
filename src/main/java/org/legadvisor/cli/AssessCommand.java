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
import org.legadvisor.engine.RuleLimits;
import org.legadvisor.engine.RuleSessionLimitException;
import org.legadvisor.language.Language;
import org.legadvisor.language.Languages;
import org.legadvisor.language.Localized;
import org.legadvisor.language.Translator;
import org.legadvisor.questionnaire.AnswerValidator;
import org.legadvisor.questionnaire.AnswersDocument;
import org.legadvisor.questionnaire.AnswersReader;
import org.legadvisor.questionnaire.InvalidAnswersException;
import org.legadvisor.interchange.Words;
import org.legadvisor.report.Report;
import org.legadvisor.report.ReportBuilder;
import org.legadvisor.report.ReportFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "assess", description = "Assesses a LEG from an answers file and prints the report.",
		footer = { "", "Exit codes:", "  0  the report was written",
				"  1  the rules or the knowledge base do not load (each problem as file:line:column)",
				"  2  the answers file is missing or not valid, or a setting is not valid",
				"  3  the rules were stopped by a session limit; the message names the rules",
				"     that fired most. The limits, far above what the shipped rules need:",
				"       " + RuleLimits.MAX_FIRINGS + "     rule firings per assessment (default "
						+ RuleLimits.DEFAULT_MAX_FIRINGS + ")",
				"       " + RuleLimits.SESSION_TIMEOUT + "  time per assessment (default "
						+ RuleLimits.DEFAULT_SESSION_TIMEOUT_SECONDS + "s)",
				"     Set them as Java system properties (in LEG_ADVISOR_JAVA_OPTS, e.g.",
				"     -D" + RuleLimits.MAX_FIRINGS + "=20000) or as the environment variables",
				"     LEG_ADVISOR_RULES_MAX_FIRINGS and LEG_ADVISOR_RULES_SESSION_TIMEOUT." })
final class AssessCommand implements Callable<Integer> {

	@Spec
	picocli.CommandLine.Model.CommandSpec spec;

	@Mixin
	Locations locations;

	@Parameters(paramLabel = "FILE", description = "Answers file (JSON), e.g. knowledge-base/examples/established-leg.json; "
			+ "or a folder of them: one report per file in --out DIR (default: reports), and a portfolio summary.")
	Path answers;

	@Option(names = "--format", defaultValue = "text",
			description = "Report format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
	ReportFormat format;

	@Mixin
	LanguageOption language;

	@Option(names = "--out", paramLabel = "FILE", description = "Write the report to FILE instead of the terminal "
			+ "(needed for docx, xlsx and pdf); for a folder of answers files, the folder of the reports.")
	Path out;

	@Override
	public Integer call() throws IOException {
		PrintWriter err = spec.commandLine().getErr();
		if (Files.isDirectory(answers)) {
			return new AssessFolder(locations, spec.commandLine()).run(answers, format, out,
					language.in(Languages.in(locations.knowledgeBase)));
		}
		if (format.binary() && out == null) {
			err.println(Words.format("office.cli.needsOut", format));
			return LegAdvisorCommand.BAD_INPUT;
		}
		Language chosen = language.in(Languages.in(locations.knowledgeBase));
		try {
			AnswersDocument document = new AnswersReader().read(answers);
			// Checked before the rules compile, so that a mistake in the answers is reported in a blink.
			new AnswerValidator(locations.questionnaire()).validate(document);
			return assess(document, chosen);
		}
		catch (NoSuchFileException e) {
			err.println(org.legadvisor.language.Words.in(chosen).format("cli.assess.notFound", e.getFile()));
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
				Files.write(out, format.bytes(report));
				spec.commandLine().getErr().println("Report written to " + out);
				return 0;
			}
			write(format.render(report));
			return 0;
		}
		catch (RuleCompilationException e) {
			locations.printRuleErrors(spec.commandLine().getErr(), e);
			return LegAdvisorCommand.BROKEN_RULES;
		}
		catch (RuleSessionLimitException e) {
			spec.commandLine().getErr().println("Nothing was assessed. " + e.getMessage());
			return LegAdvisorCommand.RULES_STOPPED;
		}
	}

	private void write(String report) throws IOException {
		if (out == null) {
			spec.commandLine().getOut().print(report);
			spec.commandLine().getOut().flush();
		}
		else {
			Files.writeString(out, report);
			spec.commandLine().getErr().println("Report written to " + out);
		}
	}

}
