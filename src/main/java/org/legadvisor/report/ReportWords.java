package org.legadvisor.report;

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

}
