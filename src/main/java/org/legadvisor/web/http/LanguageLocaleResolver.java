package org.legadvisor.web.http;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The locale of the pages, and so of their {@code messages}: the language of {@code ?lang=} when it is on offer, else
 * the browser's most preferred language on offer, else English. It keeps nothing (the service sets no cookie): the
 * page's script remembers the reader's choice in the browser and asks for it with {@code ?lang=}.
 */
@Component(DispatcherServlet.LOCALE_RESOLVER_BEAN_NAME)
public class LanguageLocaleResolver implements LocaleResolver {

	/** The query parameter that chooses a language, on the pages as in the API. */
	public static final String PARAMETER = "lang";

	private final RequestLanguage language;

	public LanguageLocaleResolver(RequestLanguage language) {
		this.language = language;
	}

	@Override
	public Locale resolveLocale(HttpServletRequest request) {
		return language.of(request.getParameter(PARAMETER), request.getHeader(HttpHeaders.ACCEPT_LANGUAGE)).locale();
	}

	@Override
	public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
		throw new UnsupportedOperationException("the language is chosen by ?lang= or Accept-Language on each request");
	}

}
