package org.legadvisor.assessment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.legadvisor.diagnosis.Finding;
import org.legadvisor.diagnosis.PrincipleProfiler;
import org.legadvisor.diagnosis.Threshold;
import org.legadvisor.diagnosis.Signal;
import org.legadvisor.engine.RuleRun;
import org.legadvisor.engine.RuleRunner;
import org.legadvisor.knowledge.FindingTitles;
import org.legadvisor.knowledge.KnowledgeBase;
import org.legadvisor.plan.ActionPlanner;
import org.legadvisor.questionnaire.AnswerProblem;
import org.legadvisor.plan.Plan;
import org.legadvisor.questionnaire.AnswerValidator;
import org.legadvisor.questionnaire.AnswersDocument;
import org.legadvisor.questionnaire.InvalidAnswersException;
import org.legadvisor.questionnaire.LegThresholds;
import org.legadvisor.questionnaire.Questionnaire;
import org.legadvisor.questionnaire.ValidatedAnswers;

/**
 * Runs an assessment end to end: validate the answers (and the figures the LEG adjusts), run the rules on them with
 * the thresholds in force, rank the actions. Thread-safe: each
 * assessment runs one session, so it finishes on the rule base it started with even if the rules are reloaded.
 */
public final class Advisor {

	private final Questionnaire questionnaire;

	private final KnowledgeBase knowledge;

	private final RuleRunner rules;

	private final AnswerValidator validator;

	private final ActionPlanner planner;

	private final PrincipleProfiler profiler;

	private final LegThresholds thresholds;

	private final FindingTitles titles;

	public Advisor(Questionnaire questionnaire, KnowledgeBase knowledge, RuleRunner rules) {
		this.questionnaire = questionnaire;
		this.knowledge = knowledge;
		this.rules = rules;
		this.validator = new AnswerValidator(questionnaire);
		this.planner = new ActionPlanner(knowledge);
		this.profiler = new PrincipleProfiler(questionnaire, knowledge.framework(), knowledge.profile());
		this.thresholds = new LegThresholds(knowledge.thresholds());
		this.titles = FindingTitles.load(knowledge.folder());
	}

	public Assessment assess(AnswersDocument document) throws InvalidAnswersException {
		Diagnosis diagnosis = diagnosis(document);
		List<Finding> findings = diagnosis.findings();
		List<Signal> signals = diagnosis.signals();
		Plan plan = planner.plan(findings, signals.stream().map(Signal::id).toList(), planner.focus(diagnosis.answers()));
		return new Assessment(diagnosis.answers(), findings, plan.actions(),
				profiler.profile(diagnosis.answers(), findings), diagnosis.run().version(), signals, plan.ranking(),
				diagnosis.adjusted());
	}

	/**
	 * The findings alone, without the plan and the profile that {@link #assess} adds: what a comparison of two rule
	 * bases needs (the impact of a rule edit runs this on every stored round twice), at about two thirds of the cost.
	 */
	public List<Finding> diagnose(AnswersDocument document) throws InvalidAnswersException {
		return diagnosis(document).findings();
	}

	/** The validated answers, the thresholds in force, and what the rule session held at its end. */
	private record Diagnosis(ValidatedAnswers answers, Map<String, Double> adjusted, RuleRun<Object> run,
			List<Finding> findings, List<Signal> signals) {
	}

	private Diagnosis diagnosis(AnswersDocument document) throws InvalidAnswersException {
		ValidatedAnswers answers = validated(document);
		Map<String, Double> adjusted = thresholds.adjusted(document);
		List<Object> facts = new ArrayList<>(answers.answers());
		// The LEG's own figures replace the knowledge base's for this assessment only.
		knowledge.thresholdFacts().forEach(t -> facts.add(new Threshold(t.id(), adjusted.getOrDefault(t.id(), t.value()))));
		// every fact the session holds: the findings, and the signals the report and the ranking read (the context)
		RuleRun<Object> run = rules.run(facts, Object.class);
		// The report's words come from findings.json by id; validate refuses a rule without one, so the rule's name
		// shows only while an edit is being written. So does the reason of a rule resting on common practice.
		List<Finding> findings = new ArrayList<>(ofType(run.results(), Finding.class).stream()
			.map(f -> titles.title(f.id()).map(f::titled).orElse(f))
			.map(f -> f.based(titles.basis(f.id(), f.basis()))).toList());
		findings.sort(Comparator.comparing(Finding::principle).thenComparing(Finding::severity).thenComparing(Finding::id));
		List<Signal> signals = ofType(run.results(), Signal.class).stream().sorted(Comparator.comparing(Signal::id))
			.toList();
		return new Diagnosis(answers, adjusted, run, List.copyOf(findings), signals);
	}

	private static <T> List<T> ofType(List<Object> facts, Class<T> type) {
		return facts.stream().filter(type::isInstance).map(type::cast).toList();
	}

	/** The answers checked, and the thresholds the LEG adjusts: every problem of both at once. */
	private ValidatedAnswers validated(AnswersDocument document) throws InvalidAnswersException {
		List<AnswerProblem> thresholdProblems = thresholds.problems(document);
		ValidatedAnswers answers;
		try {
			answers = validator.validate(document);
		}
		catch (InvalidAnswersException e) {
			if (thresholdProblems.isEmpty()) {
				throw e;
			}
			List<AnswerProblem> all = new ArrayList<>(e.problems());
			all.addAll(thresholdProblems);
			throw new InvalidAnswersException(all);
		}
		if (!thresholdProblems.isEmpty()) {
			throw new InvalidAnswersException(thresholdProblems);
		}
		return answers;
	}

	/** The ids of the findings the current rules can produce (the {@code @id} of every diagnosis rule). */
	public Set<String> findingIds() {
		return rules.rules().stream().map(rule -> rule.getMetaData().get("id")).filter(Objects::nonNull)
			.map(Object::toString).collect(Collectors.toCollection(TreeSet::new));
	}

	public Questionnaire questionnaire() {
		return questionnaire;
	}

	public KnowledgeBase knowledge() {
		return knowledge;
	}

}
