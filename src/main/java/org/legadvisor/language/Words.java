package org.legadvisor.language;

import java.text.MessageFormat;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The product's own words in one language, from the {@code messages} bundle ({@code messages_fr.properties} for
 * French, read as UTF-8): a key the language's file lacks gives the English of {@code messages.properties}, and
 * never the words of the machine's language, whatever it is.
 */
public final class Words {

	/** The bundle's base name, as Spring's message source names it. */
	public static final String BUNDLE = "messages";

	private final Language language;

	private final ResourceBundle bundle;

	private final Map<String, MessageFormat> formats = new ConcurrentHashMap<>();

	private Words(Language language, ResourceBundle bundle) {
		this.language = language;
		this.bundle = bundle;
	}

	public static Words in(Language language) {
		ResourceBundle.Control noFallback = ResourceBundle.Control
			.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
		return new Words(language, ResourceBundle.getBundle(BUNDLE, language.locale(), noFallback));
	}

	public Language language() {
		return language;
	}

	/** Whether the bundle has this key (in this language or in English). */
	public boolean has(String key) {
		return bundle.containsKey(key);
	}

	public String get(String key) {
		return bundle.getString(key);
	}

	/** The words of {@code key} with its {@code {0}}, {@code {1}}... filled in, numbers written the language's way. */
	public String format(String key, Object... args) {
		// A message format is parsed once per key; a copy formats, since a format is not safe on several threads.
		MessageFormat parsed = formats.computeIfAbsent(key,
				k -> new MessageFormat(bundle.getString(k), language.locale()));
		return ((MessageFormat) parsed.clone()).format(args);
	}

}
