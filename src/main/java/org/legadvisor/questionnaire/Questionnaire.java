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

	/** The healthy reason of every best answer (grade 1), derived from its grade rather than typed for each. */
	public static final String BEST_ANSWER = "the best answer (grade 1): what the paper asks for";

	public record Section(String id, String title, String intro, List<Question> questions) {
	}

	/**
	 * One answer of a choice question. {@code grade}, on the options of a diagnostic question, says how far the
	 * answer goes towards the paper's aim: 1 the best, 0 the worst, a middle answer in between. {@code healthy},
	 * when set, records why no rule needs to read this answer: the best answer, or a middle answer the paper treats
	 * as healthy (with the reason), so {@code coverage} can tell an answer judged healthy on purpose from one no rule
	 * reads by oversight.
	 */
	public record Option(String value, String label, Double grade, String healthy) {
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
	 * what every member should know, so that "don't know" there says something about communication;
	 * {@code context} marks a question on the LEG's setting, which adjusts how other answers are read and is itself
	 * neither good nor bad. A number question may count things ({@code wholeNumber}: 2.5 is refused) and may be
	 * bounded by another number question's answer ({@code atMost}: the id of that question; active members cannot
	 * outnumber members). {@code healthy} records, for a yes/partly/no question (which has no options to carry it),
	 * why an answer needs no rule: {@code { "yes": "the paper's aim" }}.
	 */
	public record Question(String id, String text, String help, QuestionType type, Double min, Double max,
			String unit, List<Option> options, Condition showIf, List<String> elements, boolean commonKnowledge,
			boolean context, boolean wholeNumber, String atMost, Map<String, String> healthy) {

		public Question {
			options = options == null ? List.of() : List.copyOf(options);
			elements = elements == null ? List.of() : List.copyOf(elements);
			healthy = healthy == null ? Map.of() : Map.copyOf(healthy);
		}

		/**
		 * Why no rule needs to read this answer, if that was decided: on the option, or in {@code healthy}; the best
		 * answer of a graded question (grade 1) needs no reason written, its grade says it.
		 */
		public Optional<String> healthyReason(String value) {
			Optional<String> recorded = option(value).map(Option::healthy).or(() -> Optional.ofNullable(healthy.get(value)))
				.filter(reason -> !reason.isBlank());
			return recorded.or(() -> grade(value).filter(g -> g >= 1.0).map(g -> BEST_ANSWER));
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

		/**
		 * How far this answer goes towards the paper's aim, from 1 (the best) to 0 (the worst), for a diagnostic
		 * question; empty for a context question, a number, a multiple choice, free text, "don't know" or an
		 * ungraded option. A yes/partly/no question grades yes 1, partly 0.5 and no 0.
		 */
		public Optional<Double> grade(String value) {
			if (context) {
				return Optional.empty();
			}
			return switch (type) {
				case YES_PARTLY_NO -> switch (value) {
					case "yes" -> Optional.of(1.0);
					case "partly" -> Optional.of(0.5);
					case "no" -> Optional.of(0.0);
					default -> Optional.empty();
				};
				case SINGLE_CHOICE -> option(value).map(Option::grade);
				default -> Optional.empty();
			};
		}

		/** The answers short of the best but not the worst, e.g. "partly", "sometimes"; empty if not graded. */
		public List<String> middleValues() {
			List<String> values = type == QuestionType.YES_PARTLY_NO ? Answer.YES_PARTLY_NO
					: options.stream().map(Option::value).toList();
			return values.stream().filter(v -> grade(v).filter(g -> g > 0 && g < 1).isPresent()).toList();
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
