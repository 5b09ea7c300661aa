package org.legadvisor.authoring.drl;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * One comparison of a fact field with literals, read from a pattern constraint, e.g. {@code value in ("a", "b")}.
 * {@code certain} is true when the comparison must hold for the pattern to match (it is not one side of an
 * {@code ||}, nor inside a negation that cannot be undone).
 */
public record Comparison(Field field, Operator operator, List<String> literals, Position at, boolean certain) {

	public Comparison {
		literals = List.copyOf(literals);
	}

	/** The fields of {@code Answer} and {@code Signal} that the analysis understands. */
	public enum Field {

		QUESTION, VALUE, CHOICES, NUMBER, ID;

		public String fieldName() {
			return name().toLowerCase(java.util.Locale.ROOT);
		}

		static Optional<Field> named(String name) {
			return Arrays.stream(values()).filter(f -> f.fieldName().equals(name)).findFirst();
		}

	}

	public enum Operator {

		EQUAL("=="), NOT_EQUAL("!="), IN("in"), NOT_IN("not in"), CONTAINS("contains"),
		NOT_CONTAINS("not contains"), LESS("<"), AT_MOST("<="), MORE(">"), AT_LEAST(">=");

		private final String symbol;

		Operator(String symbol) {
			this.symbol = symbol;
		}

		public String symbol() {
			return symbol;
		}

		/** True for the operators that pick values (==, in, contains), so that a field can only take those. */
		public boolean selects() {
			return this == EQUAL || this == IN || this == CONTAINS;
		}

		static Optional<Operator> of(String symbol) {
			String normal = symbol.strip().replaceAll("\\s+", " ");
			return Arrays.stream(values()).filter(o -> o.symbol.equals(normal)).findFirst();
		}

		/** The operator of {@code !(field op x)}. */
		Operator negated() {
			return switch (this) {
				case EQUAL -> NOT_EQUAL;
				case NOT_EQUAL -> EQUAL;
				case IN -> NOT_IN;
				case NOT_IN -> IN;
				case CONTAINS -> NOT_CONTAINS;
				case NOT_CONTAINS -> CONTAINS;
				case LESS -> AT_LEAST;
				case AT_MOST -> MORE;
				case MORE -> AT_MOST;
				case AT_LEAST -> LESS;
			};
		}

		/** The operator of {@code x op field} written as {@code field op' x}. */
		Operator mirrored() {
			return switch (this) {
				case LESS -> MORE;
				case AT_MOST -> AT_LEAST;
				case MORE -> LESS;
				case AT_LEAST -> AT_MOST;
				default -> this;
			};
		}

	}

	public boolean isNumeric() {
		return field == Field.NUMBER;
	}

	/** The comparison as DRL writes it, e.g. {@code value in ("a", "b")} or {@code number > 3}. */
	public String expression() {
		String values = isNumeric() ? String.join(", ", literals)
				: literals.stream().map(l -> "\"" + l + "\"").collect(Collectors.joining(", "));
		boolean list = operator == Operator.IN || operator == Operator.NOT_IN;
		return field.fieldName() + " " + operator.symbol() + " " + (list ? "(" + values + ")" : values);
	}

}
