package org.legadvisor.questionnaire;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.legadvisor.knowledge.JsonFiles;

/** The versioned questionnaire a coordinating agency answers, in sections of questions. */
public record Questionnaire(String version, String title, String intro, List<Section> sections) {

	/** Refuses a questionnaire whose checks between answers name a question it does not have, or not a number. */
	public Questionnaire {
		sections = sections == null ? List.of() : List.copyOf(sections);
		Map<String, Question> byId = sections.stream()
			.flatMap(s -> s.questions().stream())
			.collect(Collectors.toMap(Question::id, Function.identity(), (a, b) -> a));
		for (Question question : byId.values()) {
			boolean number = question.type() == QuestionType.NUMBER;
			if ((question.wholeNumber() || question.atMost() != null) && !number) {
				throw new IllegalArgumentException("question " + question.id()
						+ ": wholeNumber and atMost apply to number questions only");
			}
			Question bound = question.atMost() == null ? null : byId.get(question.atMost());
			if (question.atMost() != null && (bound == null || bound.type() != QuestionType.NUMBER)) {
				throw new IllegalArgumentException("question " + question.id() + ": atMost names " + question.atMost()
						+ ", which is not a number question of this questionnaire");
			}
		}
	}

	public record Section(String id, String title, String intro, List<Question> questions) {
	}

	public record Option(String value, String label) {
	}

	/** Shows a question only when another question was answered with one of the listed values. */
	public record Condition(String question, List<String> anyOf) {

		/** Whether the controlling question's answer (null when unanswered) meets this condition. */
		public boolean metBy(Answer controlling) {
			if (controlling == null) {
				return false;
			}
			return anyOf.contains(controlling.value()) || controlling.choices().stream().anyMatch(anyOf::contains);
		}

	}

	/**
	 * One question. {@code elements} are the paper's basic elements it observes; {@code commonKnowledge} marks
	 * what every member should know, so that "don't know" there says something about communication. A number
	 * question may count things ({@code wholeNumber}: 2.5 is refused) and may be bounded by another number
	 * question's answer ({@code atMost}: the id of that question; active members cannot outnumber members).
	 */
	public record Question(String id, String text, String help, QuestionType type, Double min, Double max,
			String unit, List<Option> options, Condition showIf, List<String> elements, boolean commonKnowledge,
			boolean wholeNumber, String atMost) {

		public Question {
			options = options == null ? List.of() : List.copyOf(options);
			elements = elements == null ? List.of() : List.copyOf(elements);
		}

		/** The question as a refusal names it: its id, then its text in brackets. */
		public String named() {
			return id + " (" + text + ")";
		}

		/** Whether this question applies given the other answers: it has no condition, or its condition is met. */
		public boolean appliesGiven(Map<String, Answer> answers) {
			return showIf == null || showIf.metBy(answers.get(showIf.question()));
		}

		public Optional<Option> option(String value) {
			return options.stream().filter(o -> o.value().equals(value)).findFirst();
		}

	}

	public static Questionnaire load(Path file) {
		return JsonFiles.read(file, Questionnaire.class);
	}

	public List<Question> questions() {
		return sections.stream().flatMap(s -> s.questions().stream()).toList();
	}

	public Map<String, Question> questionsById() {
		return questions().stream()
			.collect(Collectors.toMap(Question::id, Function.identity(), (a, b) -> a, java.util.LinkedHashMap::new));
	}

	public Optional<Question> question(String id) {
		return Optional.ofNullable(questionsById().get(id));
	}

}
