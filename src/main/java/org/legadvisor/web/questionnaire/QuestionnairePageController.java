package org.legadvisor.web.questionnaire;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.swagger.v3.oas.annotations.Hidden;
import org.legadvisor.web.http.LanguageLocaleResolver;
import org.legadvisor.language.Language;
import org.legadvisor.language.Translator;
import org.legadvisor.questionnaire.AnswerValidator;
import org.legadvisor.questionnaire.Questionnaire;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The web questionnaire at {@code /}, generated from the questionnaire definition in the reader's language (see
 * {@link LanguageLocaleResolver}), with a switch to every language on offer.
 */
@Hidden
@Controller
class QuestionnairePageController {

	/** A language of the switch: its code, its name in its own words, and whether the page is in it. */
	record LanguageChoice(String code, String name, boolean current) {
	}

	private final Translator translator;

	private final Map<Language, QuestionnairePageModel> forms = new ConcurrentHashMap<>();

	QuestionnairePageController(Translator translator) {
		this.translator = translator;
	}

	@GetMapping("/")
	String questionnaire(Model model, Locale locale) {
		Language language = translator.languages().find(locale.getLanguage()).orElse(Language.ENGLISH);
		Questionnaire questionnaire = translator.in(language).questionnaire();
		model.addAttribute("questionnaire", questionnaire);
		model.addAttribute("form", forms.computeIfAbsent(language, l -> QuestionnairePageModel.of(questionnaire)));
		model.addAttribute("language", language.code());
		model.addAttribute("languages", choices(language));
		// The server's own limits, so that the form takes what the server takes, typed or imported.
		model.addAttribute("legFieldLength", AnswerValidator.MAX_LEG_FIELD_LENGTH);
		model.addAttribute("textLength", AnswerValidator.MAX_TEXT_LENGTH);
		return "questionnaire";
	}

	private List<LanguageChoice> choices(Language current) {
		return translator.languages().all().stream().map(l -> {
			String name = l.locale().getDisplayLanguage(l.locale());
			return new LanguageChoice(l.code(), name.substring(0, 1).toUpperCase(l.locale()) + name.substring(1),
					l.equals(current));
		}).toList();
	}

}
