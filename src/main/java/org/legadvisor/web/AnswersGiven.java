package org.legadvisor.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;
import org.legadvisor.questionnaire.Answer;
import org.legadvisor.questionnaire.AnswersDocument;
import org.legadvisor.questionnaire.QuestionType;
import org.legadvisor.questionnaire.Questionnaire;
import org.legadvisor.questionnaire.Questionnaire.Question;

/**
 * The answers an assessment read, in questionnaire order with their words, for the report's appendix. An answer is
 * either words of the questionnaire (option labels, a number with its unit) or, for yes, partly, no and
 * don't know, the key of the page's own words.
 */
final class AnswersGiven {

	/** {@code messageKey} is set for yes/partly/no/don't know, {@code text} otherwise. */
	record Row(String question, String questionText, String messageKey, String text) {
	}

	private AnswersGiven() {
	}

	static List<Row> of(Questionnaire questionnaire, AnswersDocument document) {
		List<Row> rows = new ArrayList<>();
		Map<String, JsonNode> answers = document.answers();
		for (Question question : questionnaire.questions()) {
			JsonNode given = answers.get(question.id());
			// Free text has a part of its own in the report, the notes from the respondent.
			if (given != null && question.type() != QuestionType.TEXT) {
				rows.add(row(question, given));
			}
		}
		return rows;
	}

	private static Row row(Question question, JsonNode given) {
		String value = given.isTextual() ? given.asText() : null;
		if (Answer.DONT_KNOW.equals(value)
				|| question.type() == QuestionType.YES_PARTLY_NO && Answer.YES_PARTLY_NO.contains(value)) {
			return new Row(question.id(), question.text(), "answer." + value, null);
		}
		String text;
		if (given.isArray()) {
			text = StreamSupport.stream(given.spliterator(), false).map(choice -> label(question, choice.asText()))
				.collect(Collectors.joining("; "));
		}
		else if (given.isNumber()) {
			text = given.asText() + (question.unit() == null ? "" : " " + question.unit());
		}
		else {
			text = label(question, given.asText());
		}
		return new Row(question.id(), question.text(), null, text);
	}

	private static String label(Question question, String value) {
		return question.option(value).map(Questionnaire.Option::label).orElse(value);
	}

}
