package org.legadvisor.knowledge;

/**
 * One threshold of {@code knowledge-base/thresholds.json}: its value, what it measures in words, and its basis:
 * a reference to the paper where the paper sets the figure, or "practice" where it is common practice only, with
 * the reason in {@code reason}. Reports show practice thresholds as such, so no one reads them as the paper's.
 */
public record ThresholdEntry(String id, double value, String label, String basis, String reason) {

	/** The basis of a figure the paper does not set. */
	public static final String PRACTICE = "practice";

	public boolean practice() {
		return PRACTICE.equals(basis);
	}

}
