package org.legadvisor.report;

import org.legadvisor.language.Language;
import org.legadvisor.language.Words;

/**
 * The report's own words in English, for tests that compare a report with them; reports in any language take theirs
 * from {@link Report#words()}, loaded in one place ({@link Words}).
 */
final class ReportWords {

	private static final Words ENGLISH = Words.in(Language.ENGLISH);

	private ReportWords() {
	}

	static String get(String key) {
		return ENGLISH.get(key);
	}

	/** The words of {@code key} with its {@code {0}}, {@code {1}}... filled in. */
	static String format(String key, Object... args) {
		return ENGLISH.format(key, args);
	}

}
