package org.legadvisor.authoring.catalogue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.legadvisor.authoring.drl.Comparison.Field;
import org.legadvisor.authoring.drl.Comparison;
import org.legadvisor.authoring.drl.FactPattern;
import org.legadvisor.knowledge.ThresholdEntry;
import org.legadvisor.questionnaire.Answer;
import org.legadvisor.questionnaire.LegThresholds;
import org.legadvisor.questionnaire.Questionnaire.Question;
import org.legadvisor.questionnaire.Questionnaire;

/** Says what a pattern looks at in words: the question's text, the values with their option labels, the units. */
final class ConditionWords {

	private final Map<String, Question> questions;

	private final Map<String, String> signalLabels;

	private final Map<String, ThresholdEntry> thresholds;

	ConditionWords(Questionnaire questionnaire, Map<String, String> signalLabels) {
		this(questionnaire, signalLabels, Map.of());
	}

	ConditionWords(Questionnaire questionnaire, Map<String, String> signalLabels,
			Map<String, ThresholdEntry> thresholds) {
		this.questions = questionnaire.questionsById();
		this.signalLabels = Map.copyOf(signalLabels);
		this.thresholds = Map.copyOf(thresholds);
	}

	/** A threshold read by id, in words: "meetings.few_per_year: 4 core-group meetings a year (common practice)". */
	private java.util.Optional<Catalogue.Condition> threshold(FactPattern pattern) {
		List<String> ids = pattern.comparisons().stream()
			.filter(c -> c.field() == Field.ID && c.operator() == Comparison.Operator.EQUAL)
			.flatMap(c -> c.literals().stream()).toList();
		if (!"Threshold".equals(pattern.simpleType()) || ids.size() != 1 || !thresholds.containsKey(ids.get(0))) {
			return java.util.Optional.empty();
		}
		ThresholdEntry entry = thresholds.get(ids.get(0));
		String text = LegThresholds.figure(entry.value()) + " " + entry.label()
				+ (entry.practice() ? " (common practice)" : " (" + entry.basis() + ")");
		return java.util.Optional.of(new Catalogue.Condition("threshold", entry.id(), text, pattern.negated(),
				pattern.alternative(), List.of()));
	}

	Catalogue.Condition describe(FactPattern pattern) {
		if (pattern.isAnswer() && !pattern.questions().isEmpty()) {
			List<String> ids = pattern.questions();
			Question question = ids.size() == 1 ? questions.get(ids.get(0)) : null;
			String text = ids.stream().map(id -> questions.containsKey(id) ? questions.get(id).text() : null)
				.filter(t -> t != null).collect(Collectors.joining(" / "));
			List<String> tests = tests(pattern, question);
			return new Catalogue.Condition("answer", String.join(", ", ids), text.isEmpty() ? null : text,
					pattern.negated(), pattern.alternative(), tests.isEmpty() ? List.of("any answer") : tests);
		}
		if (pattern.isSignal() && !pattern.signals().isEmpty()) {
			String id = String.join(", ", pattern.signals());
			String label = pattern.signals().stream().map(signalLabels::get).filter(l -> l != null)
				.collect(Collectors.joining(" / "));
			return new Catalogue.Condition("signal", id, label.isEmpty() ? null : label, pattern.negated(),
					pattern.alternative(), tests(pattern, null));
		}
		java.util.Optional<Catalogue.Condition> threshold = threshold(pattern);
		if (threshold.isPresent()) {
			return threshold.get();
		}
		List<String> tests = new ArrayList<>(pattern.comparisons().stream().map(Comparison::expression).toList());
		tests.addAll(pattern.otherConstraints());
		boolean eval = pattern.type().equals(FactPattern.EVAL);
		return new Catalogue.Condition(eval ? "eval" : "fact", eval ? null : pattern.simpleType(), null, pattern.negated(),
				pattern.alternative(), tests);
	}

	private static List<String> tests(FactPattern pattern, Question question) {
		List<String> tests = new ArrayList<>(pattern.tests().stream().map(c -> words(c, question)).toList());
		pattern.otherConstraints().forEach(c -> tests.add("satisfies " + c));
		return tests;
	}

	static String words(Comparison test, Question question) {
		String values = test.literals().stream().map(v -> value(test, v, question)).collect(Collectors.joining(", "));
		String subject = test.field() == Field.NUMBER || test.field() == Field.VALUE || test.field() == Field.CHOICES ? ""
				: test.field().fieldName() + " ";
		return subject + switch (test.operator()) {
			case EQUAL -> "is " + values;
			case NOT_EQUAL -> "is not " + values;
			case IN -> "is one of " + values;
			case NOT_IN -> "is none of " + values;
			case CONTAINS -> "includes " + values;
			case NOT_CONTAINS -> "does not include " + values;
			case LESS -> "is less than " + values;
			case AT_MOST -> "is at most " + values;
			case MORE -> "is more than " + values;
			case AT_LEAST -> "is at least " + values;
		};
	}

	/** A compared value: a number with the question's unit, or a quoted value with its option label. */
	private static String value(Comparison test, String value, Question question) {
		if (test.isNumeric()) {
			return question == null || question.unit() == null ? value : value + " " + question.unit();
		}
		String label = Answer.DONT_KNOW.equals(value) ? "don't know"
				: question == null ? null : question.option(value).map(Questionnaire.Option::label).orElse(null);
		return "\"" + value + "\"" + (label == null ? "" : " (" + label + ")");
	}

}
