package org.legadvisor.questionnaire;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import org.legadvisor.questionnaire.AnswerProblem.Kind;
import org.legadvisor.questionnaire.Questionnaire.Question;

/**
 * Checks an answers document against the questionnaire and turns it into {@link Answer} facts. All problems are
 * collected before failing, and nothing is returned unless every answer is valid.
 */
public final class AnswerValidator {

	/** The longest free-text answer; the web form's text areas take no more. */
	public static final int MAX_TEXT_LENGTH = 4000;

	/** The longest name, country or respondent of a LEG; the web form's fields take no more. */
	public static final int MAX_LEG_FIELD_LENGTH = 300;

	private final Questionnaire questionnaire;

	private final Map<String, Question> questions;

	private final ProblemWords words;

	/** Problems said in English. */
	public AnswerValidator(Questionnaire questionnaire) {
		this(ProblemWords.english(questionnaire));
	}

	/** Problems said in the language of {@code words}, whose questionnaire is the one checked against. */
	public AnswerValidator(ProblemWords words) {
		this.questionnaire = words.questionnaire();
		this.questions = questionnaire.questionsById();
		this.words = words;
	}

	public ValidatedAnswers validate(AnswersDocument document) throws InvalidAnswersException {
		List<AnswerProblem> problems = new ArrayList<>(checkHeader(document));
		Map<String, Answer> valid = new LinkedHashMap<>();
		document.answers().forEach((id, given) -> {
			Question question = questions.get(id);
			if (question == null) {
				problems.add(AnswerProblem.ofField(Kind.UNKNOWN_QUESTION, id, Phrase.say("answers.given.anAnswer"),
						Phrase.say("answers.expected.questionId", questionnaire.version()), words));
				return;
			}
			List<AnswerProblem> found = checkValue(question, given);
			if (found.isEmpty()) {
				valid.put(id, toAnswer(question, given));
			}
			problems.addAll(found);
		});
		problems.addAll(checkBounds(valid));
		problems.addAll(checkConditions(document, valid));
		if (!problems.isEmpty()) {
			throw new InvalidAnswersException(problems);
		}
		return new ValidatedAnswers(document.questionnaireVersion(), document.leg(), List.copyOf(valid.values()));
	}

	/**
	 * An answer to a question whose condition is not met is refused: as a contradiction when the parent question
	 * was answered with a value that does not ask it, as not applicable when the parent was not answered or not
	 * known. When the parent's answer is itself invalid, it is already reported, so its follow-ups are not reported
	 * again.
	 */
	private List<AnswerProblem> checkConditions(AnswersDocument document, Map<String, Answer> valid) {
		List<AnswerProblem> problems = new ArrayList<>();
		for (Answer answer : valid.values()) {
			Question question = questions.get(answer.question());
			Questionnaire.Condition condition = question.showIf();
			if (condition == null || condition.metBy(valid.get(condition.question()))) {
				continue;
			}
			Answer parent = valid.get(condition.question());
			String given = describe(document.answers().get(answer.question()));
			Question parentQuestion = questions.get(condition.question());
			Phrase asks = new Phrase.EitherAnswer(parentQuestion.id(), condition.anyOf());
			if (parent != null && !parent.unknown()) {
				problems.add(problem(Kind.CONTRADICTS_PARENT, question, given,
						Phrase.say("answers.expected.contradictsParent", named(parentQuestion),
								new Phrase.AnswerText(parentQuestion.id(), parent.value()), asks)));
			}
			else if (!document.answers().containsKey(condition.question()) || parent != null) {
				problems.add(problem(Kind.NOT_APPLICABLE, question, given,
						Phrase.say("answers.expected.notApplicable", named(parentQuestion), asks)));
			}
		}
		return problems;
	}

	/**
	 * A number bounded by another question's answer ({@code atMost}) may not exceed it. Only two valid numbers are
	 * compared: an invalid one is already reported, and "don't know" bounds nothing.
	 */
	private List<AnswerProblem> checkBounds(Map<String, Answer> valid) {
		List<AnswerProblem> problems = new ArrayList<>();
		for (Answer answer : valid.values()) {
			Question question = questions.get(answer.question());
			Answer bound = question.atMost() == null ? null : valid.get(question.atMost());
			if (answer.number() != null && bound != null && bound.number() != null
					&& answer.number() > bound.number()) {
				problems.add(problem(Kind.EXCEEDS_OTHER_ANSWER, question, answer.value(),
						Phrase.say("answers.expected.atMostOther", bound.value(), named(questions.get(bound.question())))));
			}
		}
		return problems;
	}

	private List<AnswerProblem> checkHeader(AnswersDocument document) {
		List<AnswerProblem> problems = new ArrayList<>();
		if (document.questionnaireVersion() == null) {
			problems.add(AnswerProblem.ofField(Kind.MISSING_FIELD, "questionnaireVersion", null,
					Phrase.say("answers.expected.version", questionnaire.version()), words));
		}
		else if (!document.questionnaireVersion().equals(questionnaire.version())) {
			problems.add(new AnswerProblem(Kind.WRONG_VERSION, "questionnaireVersion",
					quote(document.questionnaireVersion()), "\"" + questionnaire.version() + "\""));
		}
		if (document.leg() == null || document.leg().name() == null || document.leg().name().isBlank()) {
			problems.add(AnswerProblem.ofField(Kind.MISSING_FIELD, "leg.name", null,
					Phrase.say("answers.expected.legName"), words));
		}
		if (document.leg() != null) {
			checkLength(problems, "leg.name", document.leg().name());
			checkLength(problems, "leg.country", document.leg().country());
			checkLength(problems, "leg.respondent", document.leg().respondent());
		}
		return problems;
	}

	private void checkLength(List<AnswerProblem> problems, String field, String given) {
		if (given != null && given.length() > MAX_LEG_FIELD_LENGTH) {
			problems.add(AnswerProblem.ofField(Kind.OUT_OF_RANGE, field,
					Phrase.say("answers.given.textOf", given.length()),
					Phrase.say("answers.expected.atMostCharacters", MAX_LEG_FIELD_LENGTH), words));
		}
	}

	private List<AnswerProblem> checkValue(Question question, JsonNode given) {
		if (given == null || given.isNull()) {
			return List.of(wrongType(question, given, Phrase.say("answers.expected.notNull")));
		}
		if (question.type() != QuestionType.TEXT && given.isTextual() && Answer.DONT_KNOW.equals(given.asText())) {
			return List.of();
		}
		return switch (question.type()) {
			case YES_PARTLY_NO -> checkOneOf(question, given, Answer.YES_PARTLY_NO);
			case SINGLE_CHOICE -> checkOneOf(question, given, optionValues(question));
			case MULTI_CHOICE -> checkChoices(question, given);
			case NUMBER -> checkNumber(question, given);
			case TEXT -> checkText(question, given);
		};
	}

	private List<AnswerProblem> checkOneOf(Question question, JsonNode given, List<String> allowed) {
		if (!given.isTextual()) {
			return List.of(wrongType(question, given, Phrase.say("answers.expected.oneOf", withDontKnow(allowed))));
		}
		if (!allowed.contains(given.asText())) {
			return List.of(problem(Kind.UNKNOWN_OPTION, question, quote(given.asText()),
					Phrase.say("answers.expected.oneOf", withDontKnow(allowed))));
		}
		return List.of();
	}

	private List<AnswerProblem> checkChoices(Question question, JsonNode given) {
		List<String> allowed = optionValues(question);
		if (!given.isArray()) {
			return List.of(wrongType(question, given,
					Phrase.say("answers.expected.orDontKnow", Phrase.say("answers.expected.listOf", allowed))));
		}
		List<AnswerProblem> problems = new ArrayList<>();
		Set<String> seen = new LinkedHashSet<>();
		for (JsonNode choice : given) {
			if (!choice.isTextual() || !allowed.contains(choice.asText())) {
				problems.add(problem(Kind.UNKNOWN_OPTION, question, describe(choice),
						Phrase.say("answers.expected.choicesAmong", allowed)));
			}
			else if (!seen.add(choice.asText())) {
				problems.add(problem(Kind.WRONG_TYPE, question,
						Phrase.say("answers.given.twice", quote(choice.asText())),
						Phrase.say("answers.expected.eachOnce")));
			}
		}
		return problems;
	}

	private List<AnswerProblem> checkNumber(Question question, JsonNode given) {
		Phrase expected = numberExpected(question);
		if (!given.isNumber()) {
			return List.of(wrongType(question, given, Phrase.say("answers.expected.orDontKnow", expected)));
		}
		double value = given.asDouble();
		boolean below = question.min() != null && value < question.min();
		boolean above = question.max() != null && value > question.max();
		if (below || above) {
			return List.of(problem(Kind.OUT_OF_RANGE, question, given.toString(), expected));
		}
		if (question.wholeNumber() && value != Math.rint(value)) {
			return List.of(problem(Kind.NOT_WHOLE_NUMBER, question, given.toString(), expected));
		}
		return List.of();
	}

	private List<AnswerProblem> checkText(Question question, JsonNode given) {
		if (!given.isTextual()) {
			return List.of(wrongType(question, given, Phrase.say("answers.expected.text")));
		}
		if (given.asText().length() > MAX_TEXT_LENGTH) {
			return List.of(problem(Kind.OUT_OF_RANGE, question, Phrase.say("answers.given.textOf", given.asText().length()),
					Phrase.say("answers.expected.atMostCharacters", MAX_TEXT_LENGTH)));
		}
		return List.of();
	}

	private static Answer toAnswer(Question question, JsonNode given) {
		boolean common = question.commonKnowledge();
		if (given.isNumber()) {
			double number = given.asDouble();
			String text = number == Math.rint(number) ? String.valueOf((long) number) : String.valueOf(number);
			return new Answer(question.id(), text, number, Set.of(), common);
		}
		if (given.isArray()) {
			List<String> choices = new ArrayList<>();
			given.forEach(choice -> choices.add(choice.asText()));
			return new Answer(question.id(), String.join(", ", choices), null, new LinkedHashSet<>(choices), common);
		}
		return new Answer(question.id(), given.asText(), null, Set.of(), common);
	}

	private AnswerProblem problem(Kind kind, Question question, Phrase given, Phrase expected) {
		return AnswerProblem.ofQuestion(kind, question.id(), given, expected, words);
	}

	private AnswerProblem problem(Kind kind, Question question, String given, Phrase expected) {
		return problem(kind, question, Phrase.given(given), expected);
	}

	private AnswerProblem wrongType(Question question, JsonNode given, Phrase expected) {
		return problem(Kind.WRONG_TYPE, question, describe(given), expected);
	}

	private static List<String> optionValues(Question question) {
		return question.options().stream().map(Questionnaire.Option::value).toList();
	}

	private static List<String> withDontKnow(List<String> allowed) {
		List<String> all = new ArrayList<>(allowed);
		all.add(Answer.DONT_KNOW);
		return all;
	}

	/** "a whole number from 0 to 52", "a number", "a number from 0"... */
	private static Phrase numberExpected(Question question) {
		Phrase kind = Phrase.say(question.wholeNumber() ? "answers.expected.wholeNumber" : "answers.expected.number");
		Double min = question.min();
		Double max = question.max();
		if (min == null && max == null) {
			return kind;
		}
		Phrase range = min != null && max != null ? Phrase.say("answers.range.fromTo", format(min), format(max))
				: min != null ? Phrase.say("answers.range.from", format(min)) : Phrase.say("answers.range.to", format(max));
		return Phrase.say("answers.expected.numberIn", kind, range);
	}

	private static String format(double value) {
		return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
	}

	private static String describe(JsonNode given) {
		if (given == null || given.isNull()) {
			return "null";
		}
		String text = given.toString();
		return text.length() > 60 ? text.substring(0, 57) + "..." : text;
	}

	/** A question as people read it: by its text, never by its id (the id stays in the problem's own field). */
	private static Phrase named(Question question) {
		return Phrase.say("answers.named", new Phrase.QuestionText(question.id()));
	}

	private static String quote(String text) {
		return describe(com.fasterxml.jackson.databind.node.TextNode.valueOf(text));
	}

}
