package org.legadvisor.memory;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * The words of the LEG's memory (problems, the CSV's headings, the comparison in text), from messages.properties, in
 * the language of the request being served: the one the service's locale resolver chose from {@code ?lang=} and
 * {@code Accept-Language} (Spring keeps it for the request's thread). Outside a request (the command line), English.
 */
public final class MemoryWords {

	private static final ResourceBundle.Control NO_FALLBACK = ResourceBundle.Control
		.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

	private MemoryWords() {
	}

	/** The message {@code key} with its {@code {0}}, {@code {1}}, ... filled in (a quote is written {@code ''}). */
	public static String text(String key, Object... arguments) {
		return text(requestLocale(), key, arguments);
	}

	/**
	 * The message in the language of {@code locale}, English where the language has no text. Numbers are written as
	 * in English whatever the language, since most are ids (LEG 1,204 in every language).
	 */
	public static String text(Locale locale, String key, Object... arguments) {
		ResourceBundle messages = ResourceBundle.getBundle("messages", locale, NO_FALLBACK);
		return new MessageFormat(messages.getString(key), Locale.ROOT).format(arguments);
	}

	/** The language of the request being served; outside a request (the command line), English. */
	public static Locale requestLocale() {
		LocaleContext context = LocaleContextHolder.getLocaleContext();
		return context == null || context.getLocale() == null ? Locale.ROOT : context.getLocale();
	}

}
