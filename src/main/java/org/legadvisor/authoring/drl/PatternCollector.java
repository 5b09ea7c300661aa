package org.legadvisor.authoring.drl;

import java.util.ArrayList;
import java.util.List;

import org.drools.drl.ast.descr.AccumulateDescr;
import org.drools.drl.ast.descr.AndDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.CollectDescr;
import org.drools.drl.ast.descr.ConditionalElementDescr;
import org.drools.drl.ast.descr.EvalDescr;
import org.drools.drl.ast.descr.ExistsDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.ForallDescr;
import org.drools.drl.ast.descr.NotDescr;
import org.drools.drl.ast.descr.OrDescr;
import org.drools.drl.ast.descr.PatternDescr;

/**
 * Walks the conditions (LHS) of one parsed rule and collects its patterns, noting for each whether it sits under a
 * {@code not} and whether it is only one of several alternatives.
 */
final class PatternCollector {

	private final SourceText source;

	private final ConstraintReader constraints = new ConstraintReader();

	PatternCollector(SourceText source) {
		this.source = source;
	}

	List<FactPattern> collect(AndDescr lhs) {
		List<FactPattern> patterns = new ArrayList<>();
		if (lhs != null) {
			walk(lhs, false, false, patterns);
		}
		return patterns;
	}

	private void walk(BaseDescr descr, boolean negated, boolean alternative, List<FactPattern> out) {
		if (descr instanceof PatternDescr pattern) {
			out.add(pattern(pattern, negated, alternative));
			// The facts fed to an accumulate or collect are read, but no single one of them is needed to fire.
			if (pattern.getSource() instanceof AccumulateDescr accumulate && accumulate.getInput() != null) {
				walk(accumulate.getInput(), negated, true, out);
			}
			else if (pattern.getSource() instanceof CollectDescr collect && collect.getInputPattern() != null) {
				walk(collect.getInputPattern(), negated, true, out);
			}
		}
		else if (descr instanceof EvalDescr eval) {
			out.add(new FactPattern(FactPattern.EVAL, source.position(eval.getLine(), eval.getColumn()), negated, alternative,
					List.of(), List.of(String.valueOf(eval.getContent()).strip())));
		}
		else if (descr instanceof NotDescr not) {
			not.getDescrs().forEach(d -> walk(d, !negated, alternative, out));
		}
		else if (descr instanceof OrDescr or) {
			boolean several = or.getDescrs().size() > 1;
			or.getDescrs().forEach(d -> walk(d, negated, alternative || several, out));
		}
		else if (descr instanceof ForallDescr forall) {
			forall.getDescrs().forEach(d -> walk(d, negated, true, out));
		}
		else if (descr instanceof AndDescr || descr instanceof ExistsDescr) {
			((ConditionalElementDescr) descr).getDescrs().forEach(d -> walk(d, negated, alternative, out));
		}
	}

	private FactPattern pattern(PatternDescr pattern, boolean negated, boolean alternative) {
		List<Comparison> comparisons = new ArrayList<>();
		List<String> others = new ArrayList<>();
		for (BaseDescr constraint : pattern.getDescrs()) {
			if (!(constraint instanceof ExprConstraintDescr expr)) {
				others.add(String.valueOf(constraint.getText()));
				continue;
			}
			String expression = expr.getExpression();
			ConstraintReader.Reading reading = constraints.read(expression);
			int base = source.offset(expr.getLine(), expr.getColumn());
			// The parser hands over the expression verbatim; if the text there differs, fall back to the constraint.
			boolean verbatim = base >= 0 && source.text().startsWith(expression, base);
			for (ConstraintReader.Found found : reading.comparisons()) {
				Position at = verbatim ? source.position(base + found.index())
						: source.position(expr.getLine(), expr.getColumn());
				comparisons.add(new Comparison(found.field(), found.operator(), found.literals(), at, found.certain()));
			}
			if (!reading.complete() && !reading.bookkeeping()) {
				others.add(expression.strip().replaceAll("\\s+", " "));
			}
		}
		return new FactPattern(pattern.getObjectType(), source.position(pattern.getLine(), pattern.getColumn()), negated,
				alternative, comparisons, others);
	}

}
