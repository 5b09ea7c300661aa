package org.legadvisor.questionnaire;

import java.util.Objects;

/**
 * One reason an answers document was refused: the field or question id, the question's text when the field is a
 * question, what was given and what was expected. In words ({@link #toString()}) a question is named by its text,
 * never by its id; a field of the document that is not a question (leg.name) by its name in the file. A check between
 * two answers names the other question and its answer in {@code expected}.
 * <p>
 * The texts are those of the language the problem was found in (English); {@link #in} says the same problem in
 * another language, the field id unchanged.
 */
public final class AnswerProblem {

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

	private final Kind kind;

	private final String field;

	private final String question;

	private final String given;

	private final String expected;

	private final String message;

	/** What the problem says, to say it again in another language; null for a problem made of texts alone. */
	private final Said said;

	private record Said(boolean aboutQuestion, Phrase given, Phrase expected) {

		AnswerProblem in(Kind kind, String field, ProblemWords words) {
			String question = aboutQuestion ? new Phrase.QuestionText(field).in(words) : null;
			String givenText = given == null ? null : given.in(words);
			String expectedText = expected.in(words);
			String subject = question == null ? field : words.say("answers.problem.question", question);
			String message = givenText == null ? words.say("answers.problem.expected", subject, expectedText)
					: words.say("answers.problem.expectedGot", subject, expectedText, givenText);
			return new AnswerProblem(kind, field, question, givenText, expectedText, message, this);
		}

	}

	/** A problem in texts, said the same in every language. */
	public AnswerProblem(Kind kind, String field, String question, String given, String expected) {
		this(kind, field, question, given, expected, null, null);
	}

	/** A problem of the document rather than of one question's answer, in texts. */
	public AnswerProblem(Kind kind, String field, String given, String expected) {
		this(kind, field, null, given, expected);
	}

	private AnswerProblem(Kind kind, String field, String question, String given, String expected, String message,
			Said said) {
		this.kind = kind;
		this.field = field;
		this.question = question;
		this.given = given;
		this.expected = expected;
		this.message = message;
		this.said = said;
	}

	/** A problem with the answer to the question {@code id}, said in {@code words}. */
	static AnswerProblem ofQuestion(Kind kind, String id, Phrase given, Phrase expected, ProblemWords words) {
		return new Said(true, given, expected).in(kind, id, words);
	}

	/** A problem with a field of the document that is not a question, said in {@code words}. */
	static AnswerProblem ofField(Kind kind, String field, Phrase given, Phrase expected, ProblemWords words) {
		return new Said(false, given, expected).in(kind, field, words);
	}

	/** The same problem in the language of {@code words}: the question's text, what was given and what was expected. */
	public AnswerProblem in(ProblemWords words) {
		return said == null ? this : said.in(kind, field, words);
	}

	public Kind kind() {
		return kind;
	}

	public String field() {
		return field;
	}

	public String question() {
		return question;
	}

	public String given() {
		return given;
	}

	public String expected() {
		return expected;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof AnswerProblem that && kind == that.kind && Objects.equals(field, that.field)
				&& Objects.equals(question, that.question) && Objects.equals(given, that.given)
				&& Objects.equals(expected, that.expected);
	}

	@Override
	public int hashCode() {
		return Objects.hash(kind, field, question, given, expected);
	}

	/** The problem in one sentence, in its language: {@code Question "...": expected ..., got ...}. */
	@Override
	public String toString() {
		if (message != null) {
			return message;
		}
		return (question == null ? field : "Question \"" + question + "\"") + ": expected " + expected
				+ (given == null ? "" : ", got " + given);
	}

}
