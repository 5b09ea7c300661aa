package org.legadvisor.questionnaire;

/**
 * One reason an answers document was refused: the field or question id, what was given and what was expected.
 */
public record AnswerProblem(Kind kind, String field, String given, String expected) {

	public enum Kind {
		MALFORMED_DOCUMENT, MISSING_FIELD, WRONG_VERSION, UNKNOWN_QUESTION, WRONG_TYPE, UNKNOWN_OPTION, OUT_OF_RANGE,
		NOT_APPLICABLE,
		/** a threshold the LEG adjusts that the knowledge base does not have, or a figure that is not a number */
		UNKNOWN_THRESHOLD
	}

	@Override
	public String toString() {
		return field + ": expected " + expected + (given == null ? "" : ", got " + given);
	}

}
