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

	public record Section(String id, String title, String intro, List<Question> questions) {
	}

	/**
	 * One answer of a choice question. {@code healthy}, when set, records why no rule needs to read this answer:
	 * the best answer, or a middle answer the paper treats as healthy (with the reason), so {@code coverage} can tell
	 * an answer judged healthy on purpose from one no rule reads by oversight.
	 */
	public record Option(String value, String label, String healthy) {
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
	 * what every member should know, so that "don't know" there says something about communication.
	 */
	public record Question(String id, String text, String help, QuestionType type, Double min, Double max,
			String unit, List<Option> options, Condition showIf, List<String> elements, boolean commonKnowledge) {

		public Question {
			options = options == null ? List.of() : List.copyOf(options);
			elements = elements == null ? List.of() : List.copyOf(elements);
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
