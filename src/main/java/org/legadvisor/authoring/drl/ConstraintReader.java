package org.legadvisor.authoring.drl;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.legadvisor.authoring.drl.Comparison.Field;
import org.legadvisor.authoring.drl.Comparison.Operator;

/**
 * Reads the comparisons of one constraint expression as the DRL parser hands it over, e.g.
 * {@code value in ("a", "b")} or {@code !(choices contains "x")}. String literals are masked first so that words
 * inside them are never mistaken for fields or operators.
 */
final class ConstraintReader {

	/** A comparison found at {@code index} of the expression. */
	record Found(Field field, Operator operator, List<String> literals, int index, boolean certain) {
	}

	/**
	 * What a constraint says: the comparisons found, whether they are all it says ({@code complete}), and whether it
	 * only binds a variable or guards against null, which readers need not see.
	 */
	record Reading(List<Found> comparisons, boolean complete, boolean bookkeeping) {
	}

	private static final String FIELD = "(?<![\\w$.])(?:this\\.)?(question|value|choices|number|id)(?![\\w(])";

	private static final String TEXT = "(\"[^\"]*\")";

	private static final String NUMBER = "(-?\\d+(?:\\.\\d+)?)";

	private static final Pattern FIELD_IS_TEXT = Pattern.compile(FIELD + "\\s*(==|!=)\\s*" + TEXT);

	private static final Pattern TEXT_IS_FIELD = Pattern.compile(TEXT + "\\s*(==|!=)\\s*" + FIELD);

	private static final Pattern FIELD_IN = Pattern.compile(FIELD + "\\s+(not\\s+in|in)\\s*\\(([^)]*)\\)");

	private static final Pattern FIELD_CONTAINS = Pattern.compile(FIELD + "\\s+(not\\s+contains|contains)\\s*" + TEXT);

	// A number followed by arithmetic is part of an expression, not a literal to compare with.
	private static final Pattern FIELD_VS_NUMBER = Pattern
		.compile(FIELD + "\\s*(==|!=|<=|>=|<|>)\\s*" + NUMBER + "(?![\\w.])(?!\\s*[-+*/%])");

	private static final Pattern NUMBER_VS_FIELD = Pattern.compile("(?<![\\w$.])" + NUMBER + "\\s*(==|!=|<=|>=|<|>)\\s*" + FIELD);

	private static final Pattern LIST_ITEM = Pattern.compile(TEXT + "|" + NUMBER);

	private static final Pattern BINDING = Pattern.compile("^\\s*\\$?[\\w$]+\\s*:(?!=)\\s*");

	private static final Pattern BARE_FIELD = Pattern.compile("^\\s*(?:this\\.)?[\\w.]+\\s*$");

	private static final Pattern NULL_GUARD = Pattern.compile("^\\s*(?:this\\.)?[\\w.]+\\s*!=\\s*null\\s*$");

	Reading read(String expression) {
		String masked = mask(expression);
		int start = 0;
		Matcher binding = BINDING.matcher(masked);
		boolean bound = binding.find();
		if (bound) {
			start = binding.end();
		}
		String rest = masked.substring(start);
		// A bare boolean field such as "commonKnowledge" is a test; bound, as in "$n : number", it only names a value.
		if (bound && BARE_FIELD.matcher(rest).matches() || NULL_GUARD.matcher(rest).matches()) {
			return new Reading(List.of(), true, true);
		}
		int end = masked.length();
		boolean negated = false;
		int bang = firstNonSpace(masked, start);
		if (bang >= 0 && masked.charAt(bang) == '!') {
			int open = firstNonSpace(masked, bang + 1);
			if (open >= 0 && masked.charAt(open) == '(' && closing(masked, open) == lastNonSpace(masked)) {
				negated = true;
				start = open + 1;
				end = closing(masked, open);
			}
		}
		String inner = masked.substring(start, end);
		boolean certain = !inner.contains("||") && !inner.contains("?") && !inner.contains("!(")
				&& !(negated && inner.contains("&&"));
		List<Found> found = new ArrayList<>();
		boolean[] used = new boolean[masked.length()];
		scan(FIELD_IS_TEXT, expression, masked, start, end, used, found, m -> found(m, 1, 2, List.of(text(expression, m, 3)), false));
		scan(TEXT_IS_FIELD, expression, masked, start, end, used, found, m -> found(m, 3, 2, List.of(text(expression, m, 1)), false));
		scan(FIELD_IN, expression, masked, start, end, used, found, m -> found(m, 1, 2, items(expression, masked, m.start(3), m.end(3)), false));
		scan(FIELD_CONTAINS, expression, masked, start, end, used, found, m -> found(m, 1, 2, List.of(text(expression, m, 3)), false));
		scan(FIELD_VS_NUMBER, expression, masked, start, end, used, found, m -> found(m, 1, 2, List.of(m.group(3)), false));
		scan(NUMBER_VS_FIELD, expression, masked, start, end, used, found, m -> found(m, 3, 2, List.of(m.group(1)), true));
		final boolean negate = negated;
		List<Found> comparisons = found.stream()
			.map(f -> new Found(f.field(), negate ? f.operator().negated() : f.operator(), f.literals(), f.index(), certain))
			.sorted(java.util.Comparator.comparingInt(Found::index))
			.toList();
		return new Reading(comparisons, residue(masked, start, end, used).isEmpty(), false);
	}

	/** A comparison found by one pattern; {@code index} is filled in by {@link #scan}. */
	private static Optional<Found> found(Matcher m, int fieldGroup, int operatorGroup, List<String> literals,
			boolean mirrored) {
		Optional<Field> field = Field.named(m.group(fieldGroup));
		Optional<Operator> operator = Operator.of(m.group(operatorGroup));
		if (field.isEmpty() || operator.isEmpty() || literals.isEmpty()) {
			return Optional.empty();
		}
		Operator op = mirrored ? operator.get().mirrored() : operator.get();
		return Optional.of(new Found(field.get(), op, literals, m.start(), true));
	}

	private static void scan(Pattern pattern, String expression, String masked, int start, int end, boolean[] used,
			List<Found> found, java.util.function.Function<Matcher, Optional<Found>> reader) {
		Matcher m = pattern.matcher(masked).region(start, end);
		while (m.find()) {
			if (overlaps(used, m.start(), m.end())) {
				continue;
			}
			Optional<Found> comparison = reader.apply(m);
			if (comparison.isPresent()) {
				java.util.Arrays.fill(used, m.start(), m.end(), true);
				found.add(comparison.get());
			}
		}
	}

	private static boolean overlaps(boolean[] used, int from, int to) {
		for (int i = from; i < to; i++) {
			if (used[i]) {
				return true;
			}
		}
		return false;
	}

	/** What is left once the comparisons and the logical glue are taken out. */
	private static String residue(String masked, int start, int end, boolean[] used) {
		StringBuilder left = new StringBuilder();
		for (int i = start; i < end; i++) {
			left.append(used[i] ? ' ' : masked.charAt(i));
		}
		return left.toString().replace("&&", "").replaceAll("[\\s()]", "");
	}

	private static String text(String expression, Matcher m, int group) {
		return unquote(expression.substring(m.start(group), m.end(group)));
	}

	private static List<String> items(String expression, String masked, int from, int to) {
		List<String> items = new ArrayList<>();
		Matcher m = LIST_ITEM.matcher(masked).region(from, to);
		while (m.find()) {
			items.add(m.group(1) != null ? unquote(expression.substring(m.start(1), m.end(1))) : m.group(2));
		}
		return items;
	}

	private static String unquote(String literal) {
		return literal.substring(1, literal.length() - 1).replace("\\\"", "\"").replace("\\\\", "\\");
	}

	/** The expression with the content of every string literal replaced by underscores, same length. */
	static String mask(String expression) {
		StringBuilder masked = new StringBuilder(expression.length());
		boolean inText = false;
		for (int i = 0; i < expression.length(); i++) {
			char c = expression.charAt(i);
			if (inText && c == '\\' && i + 1 < expression.length()) {
				masked.append("__");
				i++;
			}
			else if (c == '"') {
				inText = !inText;
				masked.append(c);
			}
			else {
				masked.append(inText ? '_' : c);
			}
		}
		return masked.toString();
	}

	private static int firstNonSpace(String text, int from) {
		for (int i = from; i < text.length(); i++) {
			if (!Character.isWhitespace(text.charAt(i))) {
				return i;
			}
		}
		return -1;
	}

	private static int lastNonSpace(String text) {
		for (int i = text.length() - 1; i >= 0; i--) {
			if (!Character.isWhitespace(text.charAt(i))) {
				return i;
			}
		}
		return -1;
	}

	/** The index of the parenthesis closing the one at {@code open}, or -1. */
	private static int closing(String masked, int open) {
		int depth = 0;
		for (int i = open; i < masked.length(); i++) {
			char c = masked.charAt(i);
			if (c == '(') {
				depth++;
			}
			else if (c == ')' && --depth == 0) {
				return i;
			}
		}
		return -1;
	}

}
