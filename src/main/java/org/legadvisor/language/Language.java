package org.legadvisor.language;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.regex.Pattern;

/**
 * A language a reader may choose, by its code ({@code en}, {@code fr}, {@code es}...): English, the language the
 * knowledge base is written in, or a language with a folder under {@code knowledge-base/translations/}.
 */
public record Language(@JsonValue String code) implements Comparable<Language> {

	private static final Pattern CODE = Pattern.compile("[a-z]{2,3}");

	/** The knowledge base's own language: every other language translates from it and falls back to it. */
	public static final Language ENGLISH = new Language("en");

	public Language {
		if (code == null || !CODE.matcher(code).matches()) {
			throw new IllegalArgumentException("a language code is two or three lower-case letters, not " + code);
		}
	}

	/** Whether a folder or tag of this name can name a language ({@code fr}, not {@code French} or {@code fr-CA}). */
	public static boolean isCode(String name) {
		return name != null && CODE.matcher(name).matches();
	}

	public Locale locale() {
		return Locale.forLanguageTag(code);
	}

	/** Whether this is the language the knowledge base is written in, which needs no translation. */
	public boolean isSource() {
		return equals(ENGLISH);
	}

	@Override
	public int compareTo(Language other) {
		return code.compareTo(other.code);
	}

	@Override
	public String toString() {
		return code;
	}

}
