package org.legadvisor.questionnaire;

/**
 * One reason an answers document was refused: the field or question id, the question's text when the field is a
 * question, what was given and what was expected. In words ({@link #toString()}) a question is named by its text,
 * never by its id; a field of the document that is not a question (leg.name) by its name in the file. A check between two answers names the other question and its
 * answer in {@code expected}.
 */
public record AnswerProblem(Kind kind, String field, String question, String given, String expected) {

	public enum Kind {
		MALFORMED_DOCUMENT, MISSING_FIELD, WRONG_VERSION, UNKNOWN_QUESTION, WRONG_TYPE, UNKNOWN_OPTION, OUT_OF_RANGE,
		/** a fraction given where the question counts things */
		NOT_WHOLE_NUMBER,
		/** a number larger than the answer to the question it cannot exceed (active members and all members) */
		EXCEEDS_OTHER_ANSWER,
		/** a follow-up answered although its parent was answered with a value that does not ask it */
		CONTRADICTS_PARENT,
		/** a follow-up answered although its parent was not answered, or answered "don't know" */
		NOT_APPLICABLE,
		/** a threshold the LEG adjusts that the knowledge base does not have, or a figure that is not a number */
		UNKNOWN_THRESHOLD
	}

	/** A problem of the document rather than of one question's answer. */
	public AnswerProblem(Kind kind, String field, String given, String expected) {
		this(kind, field, null, given, expected);
	}

	@Override
	public String toString() {
		return (question == null ? field : "Question \"" + question + "\"") + ": expected " + expected
				+ (given == null ? "" : ", got " + given);
	}

}
