package org.legadvisor.authoring.coverage;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.legadvisor.authoring.drl.AuthoredRule;
import org.legadvisor.authoring.drl.Comparison.Field;
import org.legadvisor.authoring.drl.Comparison.Operator;
import org.legadvisor.authoring.drl.Comparison;
import org.legadvisor.authoring.drl.FactPattern;
import org.legadvisor.authoring.drl.Located;
import org.legadvisor.authoring.drl.RuleModel;
import org.legadvisor.questionnaire.Answer;
import org.legadvisor.questionnaire.QuestionType;
import org.legadvisor.questionnaire.Questionnaire.Question;
import org.legadvisor.questionnaire.Questionnaire;

/**
 * Which diagnosis rules each answer can trigger, read from the rules as written (nothing is compiled):
 * <ul>
 * <li>an option of a yes/partly/no or single-choice question is read by a rule with an {@code Answer} pattern on
 * the question whose tests on {@code value} admit the option and exclude some other option
 * ({@code value != "dont_know"} alone reads no option), or under {@code not} whose tests exclude the option;</li>
 * <li>an option of a multiple-choice question is read by a pattern that names it in a test on {@code choices} or
 * {@code value}, ticked or not ({@code !(choices contains "x")} reads "x");</li>
 * <li>an answer read by a signal rule reaches every diagnosis rule that reads the signal (not under {@code not}),
 * through chains of signals too.</li>
 * </ul>
 * Tests the analysis cannot read (such as {@code number < $few}, a figure from a Threshold fact) are neither
 * understood nor in the way: the question still counts as read.
 */
final class AnswerCoverage {

	private static final Set<QuestionType> CLOSED = Set.of(QuestionType.YES_PARTLY_NO, QuestionType.SINGLE_CHOICE,
			QuestionType.MULTI_CHOICE);

	private final Questionnaire questionnaire;

	private final Map<String, Question> questions;

	AnswerCoverage(Questionnaire questionnaire) {
		this.questionnaire = questionnaire;
		this.questions = questionnaire.questionsById();
	}

	static boolean closed(Question question) {
		return CLOSED.contains(question.type());
	}

	/** A question read ({@code value} null) or one of its answers read. */
	private record Key(String question, String value) {
	}

	List<Coverage.QuestionRow> analyse(RuleModel model) {
		Map<String, Set<Key>> bySignal = signals(model);
		Map<Key, Set<Coverage.Trigger>> triggers = new LinkedHashMap<>();
		for (AuthoredRule rule : model.withRole(AuthoredRule.Role.DIAGNOSIS)) {
			reads(rule).forEach(key -> triggers.computeIfAbsent(key, k -> new LinkedHashSet<>())
				.add(new Coverage.Trigger(rule.label(), null)));
			for (String signal : signalsRead(rule)) {
				for (Key key : bySignal.getOrDefault(signal, Set.of())) {
					Set<Coverage.Trigger> found = triggers.computeIfAbsent(key, k -> new LinkedHashSet<>());
					if (found.stream().noneMatch(t -> t.rule().equals(rule.label()))) {
						found.add(new Coverage.Trigger(rule.label(), signal));
					}
				}
			}
		}
		List<Coverage.QuestionRow> rows = new ArrayList<>();
		for (Question question : questionnaire.questions()) {
			List<Coverage.OptionRow> options = new ArrayList<>();
			if (closed(question)) {
				for (Option option : options(question)) {
					List<Coverage.Trigger> rules = List.copyOf(triggers.getOrDefault(new Key(question.id(), option.value()),
							Set.of()));
					String healthy = question.healthyReason(option.value()).orElse(null);
					options.add(new Coverage.OptionRow(option.value(), option.label(), rules, healthy,
							!rules.isEmpty() || healthy != null));
				}
			}
			rows.add(new Coverage.QuestionRow(question.id(), question.text(), question.type().name().toLowerCase(
					java.util.Locale.ROOT), List.copyOf(triggers.getOrDefault(new Key(question.id(), null), Set.of())),
					options));
		}
		return rows;
	}

	/** Problems with recorded healthy reasons that point at no answer, and, when asked, every answer left unread. */
	List<String> problems(List<Coverage.QuestionRow> rows, boolean unreadAnswersAreProblems) {
		List<String> problems = new ArrayList<>();
		for (Question question : questionnaire.questions()) {
			Set<String> answers = new LinkedHashSet<>(options(question).stream().map(Option::value).toList());
			for (String value : question.healthy().keySet()) {
				if (question.type() != QuestionType.YES_PARTLY_NO) {
					problems.add("question " + question.id() + " records \"healthy\" for " + value + " on the question; "
							+ "a choice question records it on the option: { \"value\": \"" + value
							+ "\", ..., \"healthy\": \"<why>\" }");
				}
				else if (!answers.contains(value)) {
					problems.add("question " + question.id() + " records a healthy reason for \"" + value
							+ "\", which is not one of its answers (" + String.join(", ", answers) + ")");
				}
			}
		}
		if (unreadAnswersAreProblems) {
			for (Coverage.QuestionRow row : rows) {
				row.options().stream().filter(o -> !o.covered())
					.forEach(o -> problems.add("question " + row.id() + " (\"" + row.text() + "\"): the answer \""
							+ o.value() + "\" (" + o.label() + ") is read by no rule and has no recorded healthy reason"));
			}
		}
		return problems;
	}

	/** The options of a closed question; a yes/partly/no question's are yes, partly and no. */
	private static List<Option> options(Question question) {
		if (question.type() == QuestionType.YES_PARTLY_NO) {
			return Answer.YES_PARTLY_NO.stream()
				.map(v -> new Option(v, Character.toUpperCase(v.charAt(0)) + v.substring(1))).toList();
		}
		return question.options().stream().map(o -> new Option(o.value(), o.label())).toList();
	}

	private record Option(String value, String label) {
	}

	/** For every signal, the answers that can raise it, through the signal rules that insert it. */
	private Map<String, Set<Key>> signals(RuleModel model) {
		Map<String, Set<Key>> bySignal = new LinkedHashMap<>();
		List<AuthoredRule> inserting = model.rules().stream().filter(r -> !r.insertedSignals().isEmpty()).toList();
		boolean changed = true;
		while (changed) {
			changed = false;
			for (AuthoredRule rule : inserting) {
				Set<Key> keys = new HashSet<>(reads(rule));
				signalsRead(rule).forEach(s -> keys.addAll(bySignal.getOrDefault(s, Set.of())));
				for (Located signal : rule.insertedSignals()) {
					changed |= bySignal.computeIfAbsent(signal.text(), s -> new LinkedHashSet<>()).addAll(keys);
				}
			}
		}
		return bySignal;
	}

	/** The signals a rule needs: read by a pattern that is not under {@code not}. */
	private static List<String> signalsRead(AuthoredRule rule) {
		return rule.patterns().stream().filter(p -> !p.negated()).flatMap(p -> p.signals().stream()).distinct().toList();
	}

	/** The questions and answers a rule reads directly. */
	private Set<Key> reads(AuthoredRule rule) {
		Set<Key> keys = new LinkedHashSet<>();
		for (FactPattern pattern : rule.patterns()) {
			for (String id : pattern.questions()) {
				Question question = questions.get(id);
				if (question == null) {
					continue;
				}
				keys.add(new Key(id, null));
				if (question.type() == QuestionType.MULTI_CHOICE) {
					named(pattern, question).forEach(v -> keys.add(new Key(id, v)));
				}
				else if (closed(question) && !pattern.negated()) {
					admitted(pattern, question).forEach(v -> keys.add(new Key(id, v)));
				}
				else if (closed(question)) {
					excluded(pattern, question).forEach(v -> keys.add(new Key(id, v)));
				}
			}
		}
		return keys;
	}

	/**
	 * The options that let a rule fire through a pattern under {@code not}: {@code not Answer( question == "q",
	 * value in ("government", "jointly") )} fires for every other option, so it reads them; none when the pattern
	 * admits every option or tests nothing.
	 */
	private static Set<String> excluded(FactPattern pattern, Question question) {
		Set<String> admitted = admitted(pattern, question);
		if (admitted.isEmpty()) {
			return Set.of();
		}
		Set<String> others = new LinkedHashSet<>(options(question).stream().map(Option::value).toList());
		others.removeAll(admitted);
		return others;
	}

	/** The options of a multiple-choice question that a pattern names in a test on its choices or value. */
	private static Set<String> named(FactPattern pattern, Question question) {
		Set<String> options = new LinkedHashSet<>(options(question).stream().map(Option::value).toList());
		Set<String> named = new LinkedHashSet<>();
		pattern.tests().stream().filter(t -> t.field() == Field.CHOICES || t.field() == Field.VALUE)
			.flatMap(t -> t.literals().stream()).filter(options::contains).forEach(named::add);
		return named;
	}

	/**
	 * The options a pattern's tests on {@code value} let through, when they exclude some answer; none when they let
	 * every answer through or test nothing. Comparisons joined by {@code ||} are read together: the values they name.
	 */
	private static Set<String> admitted(FactPattern pattern, Question question) {
		Set<String> all = new LinkedHashSet<>(options(question).stream().map(Option::value).toList());
		all.add(Answer.DONT_KNOW);
		Set<String> admitted = new LinkedHashSet<>(all);
		Set<String> alternatives = new LinkedHashSet<>();
		for (Comparison test : pattern.tests()) {
			if (test.field() != Field.VALUE) {
				continue;
			}
			if (!test.certain()) {
				if (test.operator().selects()) {
					alternatives.addAll(test.literals());
				}
				continue;
			}
			Operator operator = test.operator();
			if (operator == Operator.EQUAL || operator == Operator.IN) {
				admitted.retainAll(test.literals());
			}
			else if (operator == Operator.NOT_EQUAL || operator == Operator.NOT_IN) {
				test.literals().forEach(admitted::remove);
			}
		}
		if (!alternatives.isEmpty()) {
			admitted.retainAll(alternatives);
		}
		admitted.remove(Answer.DONT_KNOW);
		// A test that lets every option through ("value != \"dont_know\"") reads none of them in particular.
		return admitted.size() == all.size() - 1 ? Set.of() : admitted;
	}

}
