package org.legadvisor.authoring.check;

import org.legadvisor.authoring.drl.Comparison;

/** The numbers a number answer can still hold once some comparisons are known to hold; empty when none. */
record NumberRange(double low, boolean lowIncluded, double high, boolean highIncluded) {

	static NumberRange of(Double min, Double max) {
		return new NumberRange(min == null ? Double.NEGATIVE_INFINITY : min, true,
				max == null ? Double.POSITIVE_INFINITY : max, true);
	}

	/** The range left once {@code number <operator> value} holds; other operators leave it as it is. */
	NumberRange narrow(Comparison.Operator operator, double value) {
		return switch (operator) {
			case EQUAL -> above(value, true).below(value, true);
			case MORE -> above(value, false);
			case AT_LEAST -> above(value, true);
			case LESS -> below(value, false);
			case AT_MOST -> below(value, true);
			default -> this;
		};
	}

	boolean isEmpty() {
		return low > high || (low == high && !(lowIncluded && highIncluded));
	}

	private NumberRange above(double value, boolean included) {
		if (value > low || (value == low && !included)) {
			return new NumberRange(value, included, high, highIncluded);
		}
		return this;
	}

	private NumberRange below(double value, boolean included) {
		if (value < high || (value == high && !included)) {
			return new NumberRange(low, lowIncluded, value, included);
		}
		return this;
	}

}
