package org.legadvisor.authoring.check;

import java.util.ArrayList;
import java.util.List;

import org.legadvisor.questionnaire.Answer;
import org.legadvisor.questionnaire.QuestionType;
import org.legadvisor.questionnaire.Questionnaire.Question;
import org.legadvisor.questionnaire.Questionnaire;

/** What the fields of an {@code Answer} to one question can hold, as the answer validator lets them through. */
record AnswerDomain(Question question) {

	/** Whether {@code value} can equal this text. */
	boolean valueCanBe(String text) {
		if (question.type() == QuestionType.TEXT) {
			return true;
		}
		if (Answer.DONT_KNOW.equals(text)) {
			return true;
		}
		return switch (question.type()) {
			case YES_PARTLY_NO -> Answer.YES_PARTLY_NO.contains(text);
			case SINGLE_CHOICE -> options().contains(text);
			// A multiple-choice value is the choices joined by ", ".
			case MULTI_CHOICE -> List.of(text.split(", ", -1)).stream().allMatch(options()::contains);
			case NUMBER -> inRange(text);
			case TEXT -> true;
		};
	}

	/** Whether {@code choices} can contain this option. */
	boolean choicesCanContain(String option) {
		return question.type() == QuestionType.MULTI_CHOICE && options().contains(option);
	}

	boolean hasNumber() {
		return question.type() == QuestionType.NUMBER;
	}

	boolean hasChoices() {
		return question.type() == QuestionType.MULTI_CHOICE;
	}

	/** The values the question takes, in words, e.g. "yes, partly, no or dont_know". */
	String describe() {
		List<String> values = switch (question.type()) {
			case YES_PARTLY_NO -> new ArrayList<>(Answer.YES_PARTLY_NO);
			case SINGLE_CHOICE, MULTI_CHOICE -> new ArrayList<>(options());
			case NUMBER -> new ArrayList<>(List.of("a number " + range()));
			case TEXT -> new ArrayList<>(List.of("any text"));
		};
		if (question.type() != QuestionType.TEXT) {
			values.add(Answer.DONT_KNOW);
		}
		String last = values.remove(values.size() - 1);
		return (values.isEmpty() ? "" : String.join(", ", values) + " or ") + last;
	}

	/** The options of a choice question in words, e.g. "mandate, membership or monitoring". */
	String describeOptions() {
		List<String> values = new ArrayList<>(options());
		if (values.size() <= 1) {
			return String.join("", values);
		}
		String last = values.remove(values.size() - 1);
		return String.join(", ", values) + " or " + last;
	}

	/** The range of a number question in words, e.g. "from 0 to 52". */
	String range() {
		String min = question.min() == null ? "" : "from " + number(question.min());
		String max = question.max() == null ? "" : " to " + number(question.max());
		return (min + max).isBlank() ? "of any size" : (min + max).strip();
	}

	private boolean inRange(String text) {
		try {
			double value = Double.parseDouble(text);
			return (question.min() == null || value >= question.min()) && (question.max() == null || value <= question.max());
		}
		catch (NumberFormatException e) {
			return false;
		}
	}

	private List<String> options() {
		return question.options().stream().map(Questionnaire.Option::value).toList();
	}

	static String number(double value) {
		return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
	}

}
