package org.legadvisor.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.legadvisor.interchange.xlsform.XlsFormBuilder;
import org.legadvisor.interchange.xlsform.XlsFormWriter;
import org.legadvisor.knowledge.JsonFiles;
import org.legadvisor.language.Languages;
import org.legadvisor.language.Localized;
import org.legadvisor.language.Translator;
import org.legadvisor.questionnaire.Questionnaire;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "questionnaire", mixinStandardHelpOptions = true)
final class QuestionnaireCommand implements Callable<Integer> {

	@Spec
	picocli.CommandLine.Model.CommandSpec spec;

	@Mixin
	Locations locations;

	@Option(names = "--template")
	boolean template;

	@Mixin
	LanguageOption language;

	/** How the questionnaire is given: read on screen, or as an XLSForm workbook for survey tools. */
	enum Format { text, xlsform }

	@Mixin
	OutputOptions output = OutputOptions.of(OutputOptions.Format.text(Format.text.name()),
			OutputOptions.Format.file(Format.xlsform.name(), "xlsx"));

	@Override
	public Integer call() throws IOException {
		Translator translator = new Translator(locations.questionnaire(), locations.knowledge());
		Localized localized = translator.in(language.in(Languages.in(locations.knowledgeBase)));
		Questionnaire questionnaire = localized.questionnaire();
		if (output.format(Format.class) == Format.xlsform) {
			return xlsform(XlsFormBuilder.inEveryLanguage(translator, localized.language()), localized);
		}
		QuestionnaireText form = new QuestionnaireText(localized.words());
		spec.commandLine().getOut().print(template ? template(questionnaire, form) : form.render(questionnaire));
		return 0;
	}

	private int xlsform(XlsFormBuilder form, Localized localized) throws IOException {
		Path out = output.out().orElseThrow();
		try (OutputStream file = Files.newOutputStream(out)) {
			new XlsFormWriter().write(form.build(), file);
		}
		spec.commandLine().getErr().println(localized.words().format("xlsform.cli.written", out));
		return 0;
	}

	/** Every question with a placeholder that says what it takes; the user replaces or deletes each one. */
	private static String template(Questionnaire questionnaire, QuestionnaireText form) throws JsonProcessingException {
		Map<String, Object> answers = new LinkedHashMap<>();
		questionnaire.questions().forEach(q -> answers.put(q.id(), form.expected(q)));
		Map<String, Object> document = new LinkedHashMap<>();
		document.put("questionnaireVersion", questionnaire.version());
		Map<String, String> leg = new LinkedHashMap<>();
		for (String field : new String[] { "name", "country", "assessedOn", "respondent" }) {
			leg.put(field, "");
		}
		document.put("leg", leg);
		document.put("answers", answers);
		return JsonFiles.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(document)
				+ System.lineSeparator();
	}

}
