package org.legadvisor.authoring.drl;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.drools.drl.ast.descr.AtomicExprDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.BindingDescr;
import org.drools.drl.ast.descr.ConnectiveType;
import org.drools.drl.ast.descr.ConstraintConnectiveDescr;
import org.drools.drl.ast.descr.RelationalExprDescr;
import org.drools.drl.parser.DrlExprParser;
import org.drools.drl.parser.DrlExprParserFactory;
import org.drools.drl.parser.DrlParser;
import org.legadvisor.authoring.drl.Comparison.Field;
import org.legadvisor.authoring.drl.Comparison.Operator;

/**
 * Reads the comparisons of one constraint expression, e.g. {@code value in ("a", "b")} or
 * {@code !(choices contains "x")}, with Drools' own expression parser, the one its compiler uses. The parser's tree
 * says what is compared with what; a comparison is certain when only {@code &&} lead to it from the top.
 * <p>
 * The tree keeps no character positions (every node says -1), and it writes {@code value in ("a", "b")} as
 * {@code value == "a" || value == "b"} and {@code not in} as {@code !=} joined by {@code &&}. So the reader finds
 * each operand in the text, in the order of the tree, to say where a comparison stands, and looks at the one word
 * after a field for {@code in} or {@code not in} to tell a list from comparisons written out: a list is one
 * comparison, certain, as the author wrote it.
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

	Reading read(String expression) {
		DrlExprParser parser = DrlExprParserFactory.getDrlExprParser(DrlParser.DEFAULT_LANGUAGE_LEVEL);
		ConstraintConnectiveDescr tree = parser.parse(expression);
		if (parser.hasErrors() || tree == null) {
			return new Reading(List.of(), false, false);
		}
		if (bookkeeping(tree)) {
			return new Reading(List.of(), true, true);
		}
		Walk walk = new Walk(new Text(expression));
		walk.connective(tree, true);
		List<Found> found = walk.found.stream().sorted(Comparator.comparingInt(Found::index)).toList();
		return new Reading(found, walk.complete, false);
	}

	/** {@code $n : number} names a value; {@code number != null} only guards the comparisons beside it. */
	private static boolean bookkeeping(ConstraintConnectiveDescr tree) {
		if (tree.getDescrs().size() != 1 || tree.isNegated()) {
			return false;
		}
		BaseDescr only = tree.getDescrs().get(0);
		if (only instanceof BindingDescr) {
			return true;
		}
		return only instanceof RelationalExprDescr r && "!=".equals(r.getOperator()) && !r.isNegated()
				&& (r.getLeft() instanceof BindingDescr || r.getLeft() instanceof AtomicExprDescr left && !left.isLiteral())
				&& r.getRight() instanceof AtomicExprDescr right && right.isLiteral() && "null".equals(right.getExpression());
	}

	/**
	 * One comparison of a field with a literal as the tree gives it: {@code field} as written ({@code this.value}),
	 * {@code mirrored} when the literal comes first ({@code 3 < number}), {@code literal} as written.
	 */
	private record Simple(Field field, String fieldText, Operator operator, String literal, boolean mirrored) {

		String first() {
			return mirrored ? literal : fieldText;
		}

		String value() {
			return literal.startsWith("\"") ? unquote(literal) : literal;
		}

		static Optional<Simple> of(BaseDescr descr) {
			if (!(descr instanceof RelationalExprDescr relation)) {
				return Optional.empty();
			}
			Optional<Operator> symbol = Operator.of(relation.getOperator());
			String left = operand(relation.getLeft());
			String right = operand(relation.getRight());
			if (symbol.isEmpty() || left == null || right == null) {
				return Optional.empty();
			}
			boolean mirrored = isLiteral(relation.getLeft());
			String field = mirrored ? right : left;
			String literal = mirrored ? left : right;
			Optional<Field> named = Field.named(field.startsWith("this.") ? field.substring(5) : field);
			if (named.isEmpty() || mirrored == isLiteral(relation.getRight()) || !fits(symbol.get(), literal)) {
				return Optional.empty();
			}
			Operator operator = relation.isNegated() ? symbol.get().negated() : symbol.get();
			return Optional.of(new Simple(named.get(), field, mirrored ? operator.mirrored() : operator, literal, mirrored));
		}

		/** The text of an operand: a field, a bound field ({@code $v : number}) or a literal. */
		private static String operand(BaseDescr descr) {
			if (descr instanceof BindingDescr binding) {
				return binding.getExpression();
			}
			return descr instanceof AtomicExprDescr atomic ? atomic.getExpression().strip() : null;
		}

		private static boolean isLiteral(BaseDescr descr) {
			return descr instanceof AtomicExprDescr atomic && atomic.isLiteral();
		}

		/** Text is compared for equality or contained; numbers are compared in every way but contains. */
		private static boolean fits(Operator operator, String literal) {
			if (literal.length() >= 2 && literal.startsWith("\"") && literal.endsWith("\"")) {
				return operator == Operator.EQUAL || operator == Operator.NOT_EQUAL || operator == Operator.CONTAINS;
			}
			return operator != Operator.CONTAINS && isNumber(literal);
		}

		private static boolean isNumber(String literal) {
			if (literal.isEmpty() || !Character.isDigit(literal.charAt(literal.length() - 1))) {
				return false;
			}
			try {
				new BigDecimal(literal);
				return literal.indexOf('e') < 0 && literal.indexOf('E') < 0;
			}
			catch (NumberFormatException e) {
				return false;
			}
		}

		private static String unquote(String literal) {
			return literal.substring(1, literal.length() - 1).replace("\\\"", "\"").replace("\\\\", "\\");
		}

	}

	/** Walks the tree from the top, collecting comparisons in the order they are written. */
	private static final class Walk {

		private final Text text;

		private final List<Found> found = new ArrayList<>();

		private boolean complete = true;

		private int cursor;

		Walk(Text text) {
			this.text = text;
		}

		void connective(ConstraintConnectiveDescr connective, boolean certain) {
			boolean and = connective.getConnective() == ConnectiveType.AND;
			if (connective.isNegated()) {
				complete = false;
				return;
			}
			List<BaseDescr> parts = connective.getDescrs();
			int i = 0;
			while (i < parts.size()) {
				BaseDescr part = parts.get(i);
				Optional<Simple> simple = Simple.of(part);
				if (part instanceof ConstraintConnectiveDescr nested) {
					connective(nested, certain && and);
					complete &= and;
					i++;
				}
				else if (simple.isPresent()) {
					int taken = comparison(simple.get(), parts, i, certain, and);
					// An || the author wrote leaves the expression to be shown as written too; a list's || does not.
					complete &= and || taken == parts.size();
					i += taken;
				}
				else {
					// A bare field, arithmetic, a method call or a variable: kept verbatim by the caller.
					complete &= part instanceof BindingDescr;
					i++;
				}
			}
		}

		/** Reads the comparison at {@code parts[i]}, with the list it starts if any; returns how many parts it took. */
		private int comparison(Simple first, List<BaseDescr> parts, int i, boolean certain, boolean and) {
			int at = text.find(first.first(), cursor);
			int index = Math.max(at, 0);
			if (at >= 0) {
				cursor = at + first.first().length();
			}
			boolean equality = first.operator() == Operator.EQUAL || first.operator() == Operator.NOT_EQUAL;
			Optional<int[]> list = first.mirrored() || at < 0 || !equality ? Optional.empty() : text.listAfter(cursor);
			if (list.isEmpty()) {
				skip(first.mirrored() ? first.fieldText() : first.literal());
				found.add(new Found(first.field(), first.operator(), List.of(first.value()), index, certain && and));
				return 1;
			}
			int close = list.get()[1];
			List<String> literals = new ArrayList<>();
			int taken = 0;
			for (int j = i; j < parts.size(); j++) {
				Optional<Simple> member = Simple.of(parts.get(j));
				if (member.isEmpty() || member.get().field() != first.field() || member.get().operator() != first.operator()
						|| member.get().mirrored()) {
					break;
				}
				int literal = text.find(member.get().literal(), cursor);
				if (literal < 0 || literal > close) {
					break;
				}
				cursor = literal + member.get().literal().length();
				literals.add(member.get().value());
				taken++;
			}
			cursor = close + 1;
			// The || of a list taken whole is the list itself: as certain as the list's place in the expression.
			boolean listCertain = certain && (and || taken == parts.size());
			Operator operator = first.operator() == Operator.EQUAL ? Operator.IN : Operator.NOT_IN;
			found.add(new Found(first.field(), operator, literals, index, listCertain));
			return Math.max(taken, 1);
		}

		private void skip(String operand) {
			int at = text.find(operand, cursor);
			if (at >= 0) {
				cursor = at + operand.length();
			}
		}

	}

	/**
	 * The expression's text, to find where the parser's operands stand: string contents are masked so that a word
	 * inside a literal is never taken for a field.
	 */
	private record Text(String raw, String masked) {

		Text(String raw) {
			this(raw, SourceText.mask(raw));
		}

		/** Where {@code operand}, as the parser gives it, first stands at or after {@code from}; -1 when nowhere. */
		int find(String operand, int from) {
			if (operand.startsWith("\"")) {
				for (int i = Math.max(from, 0); i < raw.length(); i++) {
					if (masked.charAt(i) == '"' && raw.startsWith(operand, i)) {
						return i;
					}
					if (masked.charAt(i) == '"') {
						i = masked.indexOf('"', i + 1);
						if (i < 0) {
							return -1;
						}
					}
				}
				return -1;
			}
			for (int i = masked.indexOf(operand, Math.max(from, 0)); i >= 0; i = masked.indexOf(operand, i + 1)) {
				boolean startsWord = i == 0 || !partOfName(masked.charAt(i - 1));
				int end = i + operand.length();
				boolean endsWord = end >= masked.length() || !partOfName(masked.charAt(end)) && masked.charAt(end) != '(';
				if (startsWord && endsWord) {
					return i;
				}
			}
			return -1;
		}

		/**
		 * The parentheses of the list after a field when the next words are {@code in} or {@code not in}:
		 * {@code [open, close]}. Which of the two it was, the tree has already said, negations included.
		 */
		Optional<int[]> listAfter(int from) {
			int not = word(from, "not");
			int at = not >= 0 ? word(not, "in") : word(from, "in");
			if (at < 0) {
				return Optional.empty();
			}
			int open = skipSpace(at);
			if (open >= masked.length() || masked.charAt(open) != '(') {
				return Optional.empty();
			}
			int depth = 0;
			for (int i = open; i < masked.length(); i++) {
				char c = masked.charAt(i);
				depth += c == '(' ? 1 : c == ')' ? -1 : 0;
				if (depth == 0) {
					return Optional.of(new int[] { open, i });
				}
			}
			return Optional.empty();
		}

		/** The index just after {@code word} when it is the next word at or after {@code from}; -1 otherwise. */
		private int word(int from, String word) {
			int at = skipSpace(from);
			int end = at + word.length();
			boolean whole = masked.startsWith(word, at) && (end >= masked.length() || !partOfName(masked.charAt(end)));
			return whole ? end : -1;
		}

		private int skipSpace(int from) {
			int i = Math.max(from, 0);
			while (i < masked.length() && Character.isWhitespace(masked.charAt(i))) {
				i++;
			}
			return i;
		}

		private static boolean partOfName(char c) {
			return Character.isLetterOrDigit(c) || c == '_' || c == '$' || c == '.';
		}

	}

}
