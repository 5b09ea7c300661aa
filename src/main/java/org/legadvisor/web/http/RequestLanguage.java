package org.legadvisor.web.http;

import org.legadvisor.language.Language;
import org.legadvisor.language.Languages;
import org.legadvisor.language.Translator;
import org.legadvisor.language.Words;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * The language a request asks for: {@code ?lang=fr} when it names a language on offer, else the reader's most
 * preferred language on offer in {@code Accept-Language}, else English. Responses say which language they are in
 * ({@code Content-Language}) and that they vary with {@code Accept-Language}, so no cache serves one reader
 * another's language.
 */
@Component
public class RequestLanguage {

	private final Languages languages;

	public RequestLanguage(Translator translator) {
		this.languages = translator.languages();
	}

	public Language of(String lang, String acceptLanguage) {
		return languages.find(lang).orElseGet(() -> languages.preferred(acceptLanguage));
	}

	/** The language of a request, from its {@code ?lang=} and {@code Accept-Language}. */
	public Language of(jakarta.servlet.http.HttpServletRequest request) {
		return of(request.getParameter(LanguageLocaleResolver.PARAMETER), request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
	}

	/** The product's words in the language of a request. */
	public Words words(jakarta.servlet.http.HttpServletRequest request) {
		return Words.in(of(request));
	}

	public static ResponseEntity.BodyBuilder in(Language language, ResponseEntity.BodyBuilder response) {
		return response.header(HttpHeaders.CONTENT_LANGUAGE, language.code()).header(HttpHeaders.VARY,
				HttpHeaders.ACCEPT_LANGUAGE);
	}

}
