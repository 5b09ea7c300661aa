package org.legadvisor.questionnaire;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** An answers document that passed validation, as facts ready for the rules. */
public record ValidatedAnswers(String questionnaireVersion, AnswersDocument.Leg leg, List<Answer> answers) {

	public ValidatedAnswers {
		answers = List.copyOf(answers);
	}

	public Map<String, Answer> byQuestion() {
		return answers.stream().collect(Collectors.toMap(Answer::question, Function.identity()));
	}

}
