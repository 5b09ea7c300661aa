package org.legadvisor.language;

import java.text.MessageFormat;
import java.util.ResourceBundle;

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

	public String get(String key) {
		return bundle.getString(key);
	}

	/** The words of {@code key} with its {@code {0}}, {@code {1}}... filled in, numbers written the language's way. */
	public String format(String key, Object... args) {
		return new MessageFormat(bundle.getString(key), language.locale()).format(args);
	}

}
