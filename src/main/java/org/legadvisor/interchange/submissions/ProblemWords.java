package org.legadvisor.interchange.submissions;

import org.legadvisor.interchange.Words;
import org.legadvisor.questionnaire.AnswerProblem;
import org.legadvisor.questionnaire.Questionnaire;

/**
 * A refused answer said for the person who collected the submissions: the question by its text, never its id,
 * with what was given and what was expected, as the validator found it.
 */
final class ProblemWords {

	private final Questionnaire questionnaire;

	ProblemWords(Questionnaire questionnaire) {
		this.questionnaire = questionnaire;
	}

	String describe(AnswerProblem problem) {
		String expected = withoutIds(problem.expected());
		String given = problem.given() == null ? Words.get("import.problem.nothing") : problem.given();
		if (problem.question() != null) {
			return Words.format("import.problem.question", problem.question(), expected, given);
		}
		String field = problem.field().equals("leg.name") ? Words.get("import.problem.legName") : problem.field();
		return Words.format("import.problem.field", field, expected, given);
	}

	/** The validator names another question as "id (text)"; here only its text is said. */
	private String withoutIds(String expected) {
		String words = expected;
		for (Questionnaire.Question question : questionnaire.questions()) {
			words = words.replace(question.named(), "\"" + question.text() + "\"");
		}
		return words;
	}

}
