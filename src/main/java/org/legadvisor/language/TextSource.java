package org.legadvisor.language;

/**
 * Where a localized view takes each text from: given the file, the key and the English text, the text to show.
 * A translation gives its own or, when it lacks one, the English; the completeness check records what is asked.
 */
@FunctionalInterface
interface TextSource {

	String text(String file, String key, String english);

}
