package org.legadvisor.report;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The words of the report that are the product's own rather than the knowledge base's, from the same
 * {@code messages.properties} as the report page, so that every format says the same thing.
 */
final class ReportWords {

	private static final ResourceBundle MESSAGES = ResourceBundle.getBundle("messages", Locale.ROOT);

	private ReportWords() {
	}

	static String get(String key) {
		return MESSAGES.getString(key);
	}

	/** The words of {@code key} with its {@code {0}}, {@code {1}}... filled in, as the report page fills them. */
	static String format(String key, Object... args) {
		return new MessageFormat(MESSAGES.getString(key), Locale.ROOT).format(args);
	}

}
