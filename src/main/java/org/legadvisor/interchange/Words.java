package org.legadvisor.interchange;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The product's own words for forms, imports and office documents, from the same messages.properties as the pages. */
public final class Words {

	private static final ResourceBundle MESSAGES = ResourceBundle.getBundle("messages", Locale.ROOT);

	private Words() {
	}

	public static String get(String key) {
		return MESSAGES.getString(key);
	}

	/** The words of {@code key} with its {@code {0}}, {@code {1}}... filled in. */
	public static String format(String key, Object... args) {
		return new MessageFormat(MESSAGES.getString(key), Locale.ROOT).format(args);
	}

}
