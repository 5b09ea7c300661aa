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

	/**
	 * The words for a request Tomcat answers before Spring reads it (a valve's): {@code lang} taken from the raw
	 * query string, since its parameters may not be parseable, and {@code Accept-Language}; English when neither names
	 * a language on offer.
	 */
	public Words words(String queryString, String acceptLanguage) {
		String lang = null;
		if (queryString != null) {
			java.util.regex.Matcher m = LANG_IN_QUERY.matcher(queryString);
			lang = m.find() ? m.group(1) : null;
		}
		return Words.in(of(lang, acceptLanguage));
	}

	private static final java.util.regex.Pattern LANG_IN_QUERY = java.util.regex.Pattern
		.compile("(?:^|&)" + LanguageLocaleResolver.PARAMETER + "=([A-Za-z-]{2,8})(?:&|$)");

	/** The product's words in the language of a request. */
	public Words words(jakarta.servlet.http.HttpServletRequest request) {
		return Words.in(of(request));
	}

	public static ResponseEntity.BodyBuilder in(Language language, ResponseEntity.BodyBuilder response) {
		return response.header(HttpHeaders.CONTENT_LANGUAGE, language.code()).header(HttpHeaders.VARY,
				HttpHeaders.ACCEPT_LANGUAGE);
	}

}
