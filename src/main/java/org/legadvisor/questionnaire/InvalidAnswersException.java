package org.legadvisor.questionnaire;

import java.util.List;
import java.util.stream.Collectors;

/** An answers document was refused; every problem found is listed, so that all can be fixed in one pass. */
public class InvalidAnswersException extends Exception {

	private final transient List<AnswerProblem> problems;

	public InvalidAnswersException(List<AnswerProblem> problems) {
		this(problems.size() + " problem(s) in the answers:", problems);
	}

	private InvalidAnswersException(String heading, List<AnswerProblem> problems) {
		super(heading + System.lineSeparator()
				+ problems.stream().map(p -> "  " + p).collect(Collectors.joining(System.lineSeparator())));
		this.problems = List.copyOf(problems);
	}

	public List<AnswerProblem> problems() {
		return problems;
	}

	/** The same problems said in the language of {@code words}. */
	public InvalidAnswersException in(ProblemWords words) {
		return new InvalidAnswersException(words.say("answers.problems", problems.size()),
				problems.stream().map(p -> p.in(words)).toList());
	}

}
