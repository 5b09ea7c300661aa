package org.legadvisor.plan;

import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A reason's format string from {@code priorities.json}, parsed once: every action of every assessment formats one
 * to four of them, and {@link String#format} parses its pattern on each call. Writes exactly what
 * {@code String.format} writes; a pattern with anything but {@code %s}, {@code %d} and {@code %%}, or a number
 * {@code String.format} would write otherwise than {@link Integer#toString}, goes to {@code String.format} itself.
 */
final class ReasonFormat {

	private final String pattern;

	/** The literal text between the placeholders, one more than {@link #placeholders}; null if not parsed. */
	private final List<String> literals;

	/** {@code 's'} or {@code 'd'} for each placeholder, in order. */
	private final char[] placeholders;

	private final boolean plainDigits;

	private ReasonFormat(String pattern, List<String> literals, char[] placeholders) {
		this.pattern = pattern;
		this.literals = literals;
		this.placeholders = placeholders;
		this.plainDigits = DecimalFormatSymbols.getInstance(Locale.getDefault(Locale.Category.FORMAT))
			.getZeroDigit() == '0';
	}

	static ReasonFormat of(String pattern) {
		List<String> literals = new ArrayList<>();
		StringBuilder placeholders = new StringBuilder();
		StringBuilder literal = new StringBuilder();
		for (int i = 0; i < pattern.length(); i++) {
			char c = pattern.charAt(i);
			if (c != '%') {
				literal.append(c);
				continue;
			}
			char next = i + 1 < pattern.length() ? pattern.charAt(i + 1) : 0;
			if (next == '%') {
				literal.append('%');
			}
			else if (next == 's' || next == 'd') {
				literals.add(literal.toString());
				literal.setLength(0);
				placeholders.append(next);
			}
			else {
				return new ReasonFormat(pattern, null, null);
			}
			i++;
		}
		literals.add(literal.toString());
		return new ReasonFormat(pattern, List.copyOf(literals), placeholders.toString().toCharArray());
	}

	String format(Object... args) {
		if (literals == null || args.length < placeholders.length) {
			return String.format(pattern, args);
		}
		StringBuilder text = new StringBuilder(literals.get(0));
		for (int i = 0; i < placeholders.length; i++) {
			Object arg = args[i];
			if (placeholders[i] == 'd') {
				if (!(arg instanceof Integer number) || number < 0 || !plainDigits) {
					return String.format(pattern, args);
				}
				text.append(number.intValue());
			}
			else if (arg instanceof String || arg instanceof Integer || arg == null) {
				text.append(arg);
			}
			else {
				return String.format(pattern, args);
			}
			text.append(literals.get(i + 1));
		}
		return text.toString();
	}

}
