package org.legadvisor.interchange.submissions;

import org.legadvisor.language.Words;
import org.legadvisor.questionnaire.AnswerProblem;
import org.legadvisor.questionnaire.Questionnaire;

/**
 * A refused answer said for the person who collected the submissions, in one language: the question by its text,
 * never its id, with what was given and what was expected, as the validator found it.
 */
final class ProblemWords {

	private final org.legadvisor.questionnaire.ProblemWords answers;

	private final Words words;

	ProblemWords(org.legadvisor.questionnaire.ProblemWords answers, Words words) {
		this.answers = answers;
		this.words = words;
	}

	Words words() {
		return words;
	}

	String describe(AnswerProblem found) {
		AnswerProblem problem = found.in(answers);
		String expected = withoutIds(problem.expected());
		String given = problem.given() == null ? words.get("import.problem.nothing") : problem.given();
		if (problem.question() != null) {
			return words.format("import.problem.question", problem.question(), expected, given);
		}
		String field = problem.field().equals("leg.name") ? words.get("import.problem.legName") : problem.field();
		return words.format("import.problem.field", field, expected, given);
	}

	/** The validator names another question as "id (text)"; here only its text is said. */
	private String withoutIds(String expected) {
		String said = expected;
		for (Questionnaire.Question question : answers.questionnaire().questions()) {
			said = said.replace(question.named(), "\"" + question.text() + "\"");
		}
		return said;
	}

}
