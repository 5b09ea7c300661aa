package org.legadvisor.web.assessment;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.legadvisor.web.http.LanguageLocaleResolver;
import org.legadvisor.assessment.Advisor;
import org.legadvisor.language.Language;
import org.legadvisor.language.Translator;
import org.legadvisor.questionnaire.AnswersDocument;
import org.legadvisor.questionnaire.InvalidAnswersException;
import org.legadvisor.report.Report;
import org.legadvisor.report.ReportBuilder;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Assesses an answers document and resolves it into the report readers see, in the language they read; shared by
 * the API and the pages. A builder per language, made on first use.
 */
@Component
class Reports {

	private final Advisor advisor;

	private final Translator translator;

	private final Map<Language, ReportBuilder> builders = new ConcurrentHashMap<>();

	Reports(Advisor advisor, Translator translator) {
		this.advisor = advisor;
		this.translator = translator;
	}

	/** In the language of the request being served: its {@code ?lang=}, else its {@code Accept-Language}. */
	Report assess(AnswersDocument document) throws InvalidAnswersException {
		return assess(document, language(LocaleContextHolder.getLocale()));
	}

	/** The language on offer for a page's locale (as {@link LanguageLocaleResolver} resolved it); else English. */
	Language language(java.util.Locale locale) {
		return translator.languages().find(locale.getLanguage()).orElse(Language.ENGLISH);
	}

	/** The problems of refused answers said in {@code language}, questions by their text in it. */
	InvalidAnswersException said(InvalidAnswersException refused, Language language) {
		return refused.in(translator.in(language).problemWords());
	}

	Report assess(AnswersDocument document, Language language) throws InvalidAnswersException {
		ReportBuilder builder = builders.computeIfAbsent(language, l -> new ReportBuilder(translator.in(l)));
		return builder.build(advisor.assess(document));
	}

}
