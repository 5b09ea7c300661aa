package org.legadvisor.diagnosis;

/**
 * Where a LEG stands on one principle. {@code score} is null when too few of the principle's questions were answered
 * to judge it; {@code level} is then the "insufficient evidence" level.
 */
public record PrincipleScore(String principle, Integer score, String level, int answered, int applicable,
		int findings) {

	public boolean sufficientEvidence() {
		return score != null;
	}

}
