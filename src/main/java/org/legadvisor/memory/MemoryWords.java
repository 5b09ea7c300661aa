package org.legadvisor.memory;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The words of the LEG's memory (problems, the CSV's headings, the comparison in text), from messages.properties. */
public final class MemoryWords {

	private static final ResourceBundle MESSAGES = ResourceBundle.getBundle("messages", Locale.ROOT);

	private MemoryWords() {
	}

	/** The message {@code key} with its {@code {0}}, {@code {1}}, ... filled in (a quote is written {@code ''}). */
	public static String text(String key, Object... arguments) {
		return new MessageFormat(MESSAGES.getString(key), Locale.ROOT).format(arguments);
	}

}
