package org.legadvisor.diagnosis;

/**
 * Where a LEG stands on one principle. {@code score} is {@code fromAnswers} (the mean grade of the graded answers,
 * out of 100) less {@code penalty} (the capped penalty of the findings that count against the principle); both
 * scores are null when too few of the principle's questions were answered to judge it, and {@code level} is then the
 * "too few answers" level. {@code answered} counts answers other than "don't know", {@code dontKnow} the "don't know"
 * answers, {@code graded} the answers that carry a grade, all among the {@code applicable} questions.
 */
public record PrincipleScore(String principle, Integer score, String level, int answered, int dontKnow,
		int applicable, int graded, int findings, Integer fromAnswers, int penalty) {

	public boolean sufficientEvidence() {
		return score != null;
	}

}
