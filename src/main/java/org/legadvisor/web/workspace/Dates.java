package org.legadvisor.web.workspace;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Dates as the reader's language writes them; times in UTC, said so. */
final class Dates {

	private Dates() {
	}

	static String when(Instant instant, Locale locale) {
		return instant == null ? null : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
			.withLocale(locale).withZone(ZoneOffset.UTC).format(instant) + " UTC";
	}

	/** The time of day alone, for what happened a moment ago (a draft saved as one types). */
	static String time(Instant instant, Locale locale) {
		return instant == null ? null : DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale)
			.withZone(ZoneOffset.UTC).format(instant) + " UTC";
	}

	static String day(Instant instant, Locale locale) {
		return instant == null ? null : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale)
			.withZone(ZoneOffset.UTC).format(instant);
	}

	static String day(LocalDate date, Locale locale) {
		return date == null ? null : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale)
			.format(date);
	}

}
