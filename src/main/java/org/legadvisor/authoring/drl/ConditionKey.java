package org.legadvisor.authoring.drl;

import java.util.List;
import java.util.stream.Collectors;

import org.drools.drl.ast.descr.AndDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.ConditionalElementDescr;
import org.drools.drl.ast.descr.ExistsDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.NotDescr;
import org.drools.drl.ast.descr.OrDescr;
import org.drools.drl.ast.descr.PatternDescr;

/**
 * Writes a rule's conditions in a normal form to spot rules with the same conditions: spacing, binding names and
 * the order of patterns and constraints do not count.
 */
final class ConditionKey {

	private static final java.util.regex.Pattern BINDING = java.util.regex.Pattern.compile("^\\s*\\$?[\\w$]+\\s*:(?!=)");

	private final SourceText source;

	ConditionKey(SourceText source) {
		this.source = source;
	}

	String of(AndDescr lhs) {
		return lhs == null ? "and()" : key(lhs);
	}

	private String key(BaseDescr descr) {
		if (descr instanceof PatternDescr pattern && pattern.getSource() == null) {
			return pattern.getObjectType() + "(" + pattern.getDescrs().stream().map(this::constraint).sorted()
				.collect(Collectors.joining(",")) + ")";
		}
		String kind = descr instanceof AndDescr ? "and" : descr instanceof OrDescr ? "or" : descr instanceof NotDescr ? "not"
				: descr instanceof ExistsDescr ? "exists" : null;
		if (kind != null) {
			List<? extends BaseDescr> children = ((ConditionalElementDescr) descr).getDescrs();
			return kind + "(" + children.stream().map(this::key).sorted().collect(Collectors.joining(",")) + ")";
		}
		return descr.getClass().getSimpleName() + "(" + compact(raw(descr)) + ")";
	}

	private String constraint(BaseDescr constraint) {
		String text = constraint instanceof ExprConstraintDescr expr ? expr.getExpression() : raw(constraint);
		return compact(BINDING.matcher(text).replaceFirst(""));
	}

	private String raw(BaseDescr descr) {
		if (descr.getStartCharacter() >= 0 && descr.getEndCharacter() > descr.getStartCharacter()) {
			return source.slice(descr.getStartCharacter(), descr.getEndCharacter() + 1);
		}
		return String.valueOf(descr.getText() != null ? descr.getText() : descr);
	}

	/** The text without white space outside string literals. */
	private static String compact(String text) {
		String masked = SourceText.mask(text);
		StringBuilder out = new StringBuilder();
		for (int i = 0; i < text.length(); i++) {
			if (!Character.isWhitespace(masked.charAt(i))) {
				out.append(text.charAt(i));
			}
		}
		return out.toString();
	}

}
