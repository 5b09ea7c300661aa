package org.legadvisor.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.legadvisor.knowledge.JsonFiles;
import org.legadvisor.language.Languages;
import org.legadvisor.language.Localized;
import org.legadvisor.language.Translator;
import org.legadvisor.questionnaire.Questionnaire;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "questionnaire", description = "Prints the questionnaire as a readable form, or a blank answers "
		+ "template to fill in (--template).")
final class QuestionnaireCommand implements Callable<Integer> {

	@Spec
	picocli.CommandLine.Model.CommandSpec spec;

	@Mixin
	Locations locations;

	@Option(names = "--template", description = "Print a blank answers file (JSON) instead of the readable form.")
	boolean template;

	@Mixin
	LanguageOption language;

	@Override
	public Integer call() throws JsonProcessingException {
		Languages languages = Languages.in(locations.knowledgeBase);
		Localized localized = new Translator(locations.questionnaire(), locations.knowledge())
			.in(language.in(languages));
		QuestionnaireForm form = new QuestionnaireForm(localized.words());
		Questionnaire questionnaire = localized.questionnaire();
		spec.commandLine().getOut().print(template ? template(questionnaire, form) : form.render(questionnaire));
		return 0;
	}

	/** Every question with a placeholder that says what it takes; the user replaces or deletes each one. */
	private static String template(Questionnaire questionnaire, QuestionnaireForm form) throws JsonProcessingException {
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
