package org.legadvisor.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.legadvisor.questionnaire.Questionnaire;
import org.legadvisor.questionnaire.Questionnaire.Question;

/**
 * The questionnaire as the web form shows it: sections of numbered questions, each with what the template needs to
 * pick its input and the page script needs to show or hide it. Generated from the questionnaire, never by hand.
 */
record QuestionnaireForm(List<Section> sections) {

	record Section(String id, String title, String intro, List<Item> questions) {
	}

	/**
	 * One question: its number in the whole questionnaire, its type as written in the questionnaire file, and its
	 * condition (the controlling question's id and number, the values that show it), if any. A question asked after
	 * a given answer (a follow-up) is numbered after the question before it, with a letter (4a, 4b): the numbers of
	 * the questions always shown never skip, whichever follow-ups are shown.
	 */
	record Item(String number, Question question, String type, String showIf, String showIfNumber,
			String showIfAnyOf) {

		public String min() {
			return whole(question.min());
		}

		public String max() {
			return whole(question.max());
		}

		private static String whole(Double value) {
			if (value == null) {
				return null;
			}
			return value == Math.rint(value) ? String.valueOf(value.longValue()) : value.toString();
		}

	}

	static QuestionnaireForm of(Questionnaire questionnaire) {
		Map<String, String> numbers = new HashMap<>();
		List<Section> sections = new ArrayList<>();
		int always = 0;
		int followUps = 0;
		for (Questionnaire.Section section : questionnaire.sections()) {
			List<Item> items = new ArrayList<>();
			for (Question question : section.questions()) {
				Questionnaire.Condition condition = question.showIf();
				String number;
				if (condition == null || always == 0) {
					always++;
					followUps = 0;
					number = String.valueOf(always);
				}
				else {
					number = always + String.valueOf((char) ('a' + followUps++));
				}
				numbers.put(question.id(), number);
				items.add(new Item(number, question, question.type().name().toLowerCase(Locale.ROOT),
						condition == null ? null : condition.question(),
						condition == null ? null : numbers.get(condition.question()),
						condition == null ? null : String.join(" ", condition.anyOf())));
			}
			sections.add(new Section(section.id(), section.title(), section.intro(), items));
		}
		return new QuestionnaireForm(sections);
	}

}
