package org.legadvisor.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.legadvisor.assessment.AdvisorFixture;
import org.legadvisor.diagnosis.Finding;
import org.legadvisor.diagnosis.Severity;
import org.legadvisor.knowledge.Action;
import org.legadvisor.knowledge.KnowledgeBase;
import org.legadvisor.knowledge.PriorityModel;
import org.legadvisor.questionnaire.Answer;
import org.legadvisor.questionnaire.ValidatedAnswers;

/**
 * The ranking on the shipped priority model and action catalogue, one weight at a time: each test sets two actions
 * apart by a single difference and checks that the difference, and only it, separates their scores.
 */
class ActionPlannerTest {

	private final KnowledgeBase knowledge = KnowledgeBase.load(AdvisorFixture.KNOWLEDGE_BASE);

	private final PriorityModel model = knowledge.priorities();

	private final ActionPlanner planner = new ActionPlanner(knowledge);

	@Test
	void ranksAMoreSevereFindingFirstByTheDifferenceOfTheirSeverityWeights() {
		String first = onlyServing("P2", Action.Horizon.within_6_months, 0);
		String second = onlyServing("P2", Action.Horizon.within_6_months, 1);

		List<PlannedAction> plan = planner.plan(List.of(finding("a", "P2", Severity.low, first),
				finding("b", "P2", Severity.high, second)));

		assertThat(plan).extracting(p -> p.action().id()).containsExactly(second, first);
		assertThat(plan.get(0).score() - plan.get(1).score())
			.isEqualTo(model.severityWeight("high") - model.severityWeight("low"));
	}

	@Test
	void ranksTheFoundationsFirstAmongFindingsOfTheSameSeverity() {
		String monitoring = onlyServing("P5", Action.Horizon.within_6_months, 0);
		String mandate = onlyServing("P1", Action.Horizon.within_6_months, 0);

		List<PlannedAction> plan = planner.plan(List.of(finding("a", "P5", Severity.medium, monitoring),
				finding("b", "P1", Severity.medium, mandate)));

		assertThat(plan).extracting(p -> p.action().id()).containsExactly(mandate, monitoring);
		assertThat(plan.get(0).score() - plan.get(1).score())
			.isEqualTo(model.foundationalWeight("P1") - model.foundationalWeight("P5"));
	}

	@Test
	void addsTheBonusForEachFurtherFindingAnActionAnswers() {
		String broad = onlyServing("P2", Action.Horizon.within_6_months, 0);
		String narrow = onlyServing("P2", Action.Horizon.within_6_months, 1);

		List<PlannedAction> plan = planner.plan(List.of(finding("a", "P2", Severity.medium, broad),
				finding("b", "P2", Severity.medium, broad), finding("c", "P2", Severity.medium, broad),
				finding("d", "P2", Severity.medium, narrow)));

		assertThat(plan.get(0).action().id()).isEqualTo(broad);
		assertThat(plan.get(0).because()).containsExactly("a", "b", "c");
		assertThat(plan.get(0).score() - plan.get(1).score()).isEqualTo(2 * model.perExtraFinding().points());
	}

	@Test
	void addsTheBonusOfActionsThatCanStartSoon() {
		String soon = onlyServing("P7", Action.Horizon.next_meeting, 0);
		String later = onlyServing("P7", Action.Horizon.next_annual_review, 0);

		List<PlannedAction> plan = planner.plan(List.of(finding("a", "P7", Severity.low, later),
				finding("b", "P7", Severity.low, soon)));

		assertThat(plan).extracting(p -> p.action().id()).containsExactly(soon, later);
		assertThat(plan.get(0).score() - plan.get(1).score()).isEqualTo(
				model.horizonBonus(Action.Horizon.next_meeting) - model.horizonBonus(Action.Horizon.next_annual_review));
	}

	@Test
	void breaksTiesByActionIdSoTheOrderIsStable() {
		String one = onlyServing("P2", Action.Horizon.within_6_months, 0);
		String other = onlyServing("P2", Action.Horizon.within_6_months, 1);

		List<PlannedAction> forwards = planner.plan(List.of(finding("a", "P2", Severity.medium, other),
				finding("b", "P2", Severity.medium, one)));
		List<PlannedAction> backwards = planner.plan(List.of(finding("b", "P2", Severity.medium, one),
				finding("a", "P2", Severity.medium, other)));

		assertThat(forwards.get(0).score()).isEqualTo(forwards.get(1).score());
		assertThat(forwards).extracting(p -> p.action().id()).containsExactly(one, other);
		assertThat(backwards).extracting(p -> p.action().id()).containsExactly(one, other);
		assertThat(forwards).extracting(PlannedAction::rank).containsExactly(1, 2);
	}

	@Test
	void explainsEveryPointOfAScore() {
		List<PlannedAction> plan = planner.plan(List.of(finding("a", "P1", Severity.high,
				onlyServing("P1", Action.Horizon.next_meeting, 0))));

		PlannedAction action = plan.get(0);
		assertThat(action.reasons()).extracting(RankReason::points).allSatisfy(p -> assertThat(p).isPositive());
		assertThat(action.reasons().stream().mapToInt(RankReason::points).sum()).isEqualTo(action.score());
		assertThat(action.reasons()).extracting(RankReason::reason).allSatisfy(r -> assertThat(r).doesNotContain("%"));
	}

	@Test
	void trustAndBehaviourAreNotLastWhenTrustIsLow() {
		String behaviour = onlyServing("P7", Action.Horizon.within_6_months, 0);
		String inclusion = onlyServing("P2", Action.Horizon.within_6_months, 0);
		PriorityModel.Raise lowTrust = raise("P7");
		String trustElement = lowTrust.whenElements().get(0);

		List<Finding> trustHolds = List.of(finding("a", "P7", Severity.medium, behaviour, "P7.4"),
				finding("b", "P2", Severity.medium, inclusion));
		List<Finding> trustLow = List.of(finding("a", "P7", Severity.medium, behaviour, trustElement),
				finding("b", "P2", Severity.medium, inclusion));

		Plan holds = planner.plan(trustHolds, List.of(), List.of());
		Plan low = planner.plan(trustLow, List.of(), List.of());

		assertThat(holds.actions()).extracting(p -> p.action().id()).containsExactly(inclusion, behaviour);
		assertThat(holds.ranking().raised()).isEmpty();
		assertThat(low.actions()).extracting(p -> p.action().id()).containsExactly(behaviour, inclusion);
		assertThat(low.ranking().raised()).containsExactly(lowTrust.id());
		assertThat(score(low, behaviour) - score(holds, behaviour)).isEqualTo(lowTrust.points());
		assertThat(score(low, inclusion)).isEqualTo(score(holds, inclusion));
	}

	@Test
	void raisesAPrincipleWhenTheContextSignalItNamesIsPresent() {
		// the shipped raise is read from findings; a raise can as well name a context signal, as data
		PriorityModel.Raise lowTrust = raise("P7");
		PriorityModel.Raise onSignal = new PriorityModel.Raise("crisis", "P4", List.of(), List.of("context.crisis"),
				lowTrust.points(), "In a crisis", "working arrangements first", "a test raise");
		ActionPlanner inCrisis = new ActionPlanner(withRaises(List.of(onSignal)));
		String arrangements = onlyServing("P4", Action.Horizon.within_6_months, 0);
		List<Finding> findings = List.of(finding("a", "P4", Severity.medium, arrangements));

		Plan calm = inCrisis.plan(findings, List.of("context.new-leg"), List.of());
		Plan crisis = inCrisis.plan(findings, List.of("context.crisis"), List.of());

		assertThat(score(crisis, arrangements) - score(calm, arrangements)).isEqualTo(onSignal.points());
		assertThat(crisis.ranking().raised()).containsExactly("crisis");
		assertThat(calm.ranking().raised()).isEmpty();
	}

	@Test
	void movesUpTheActionsOfThePrinciplesTheLegChoseToFocusOn() {
		String monitoring = onlyServing("P5", Action.Horizon.within_6_months, 0);
		String mandate = onlyServing("P1", Action.Horizon.within_6_months, 0);
		List<Finding> findings = List.of(finding("a", "P5", Severity.medium, monitoring),
				finding("b", "P1", Severity.medium, mandate));

		Plan byDefault = planner.plan(findings, List.of(), List.of());
		Plan focused = planner.plan(findings, List.of(), List.of("P5"));

		assertThat(byDefault.actions()).extracting(p -> p.action().id()).containsExactly(mandate, monitoring);
		assertThat(byDefault.ranking().isDefault()).isTrue();
		assertThat(focused.actions()).extracting(p -> p.action().id()).containsExactly(monitoring, mandate);
		assertThat(focused.ranking().focus()).containsExactly("P5");
		assertThat(score(focused, monitoring) - score(byDefault, monitoring)).isEqualTo(model.focus().points());
		assertThat(focused.actions().get(0).reasons()).extracting(RankReason::reason)
			.anySatisfy(r -> assertThat(r).contains("P5"));
	}

	@Test
	void actionsOfAChosenPrincipleKeepTheirOrderAmongThemselves() {
		String chosen = onlyServing("P2", Action.Horizon.within_6_months, 0);
		String serious = onlyServing("P2", Action.Horizon.within_6_months, 1);
		List<Finding> findings = List.of(finding("a", "P2", Severity.medium, chosen),
				finding("b", "P2", Severity.high, serious));

		Plan focused = planner.plan(findings, List.of(), List.of("P2"));

		// both serve P2, so both gain the same; the high-severity one stays first
		assertThat(focused.actions()).extracting(p -> p.action().id()).containsExactly(serious, chosen);
		assertThat(score(focused, serious) - score(focused, chosen))
			.isEqualTo(model.severityWeight("high") - model.severityWeight("medium"));
	}

	@Test
	void readsTheFocusFromTheAnswersInTheOrderOfThePrinciples() {
		String question = model.focus().question();
		ValidatedAnswers chose = answers(new Answer(question, "P7, P3", null, Set.of("P7", "P3"), false));
		ValidatedAnswers unknown = answers(new Answer(question, Answer.DONT_KNOW, null, Set.of(), false));

		assertThat(planner.focus(chose)).containsExactly("P3", "P7");
		assertThat(planner.focus(unknown)).isEmpty();
		assertThat(planner.focus(answers())).isEmpty();
	}

	private static ValidatedAnswers answers(Answer... answers) {
		return new ValidatedAnswers("1.0", null, List.of(answers));
	}

	private static int score(Plan plan, String action) {
		return plan.actions().stream().filter(p -> p.action().id().equals(action)).findFirst().orElseThrow().score();
	}

	private PriorityModel.Raise raise(String principle) {
		return model.raises().stream().filter(r -> r.principle().equals(principle)).findFirst().orElseThrow();
	}

	private KnowledgeBase withRaises(List<PriorityModel.Raise> raises) {
		PriorityModel m = model;
		PriorityModel changed = new PriorityModel(m.about(), m.severity(), m.foundational(), m.perExtraFinding(),
				m.horizon(), raises, m.focus(), m.leadLabels(), m.horizonLabels(), m.severityLabels(), m.reasons());
		return new KnowledgeBase(knowledge.folder(), knowledge.framework(), knowledge.actions(), knowledge.signals(),
				changed, knowledge.profile(), knowledge.thresholds());
	}

	/**
	 * The {@code index}-th action of the catalogue (by id) that serves only {@code principle} and starts by
	 * {@code horizon}: so that no other principle's weight, raise or focus reaches it.
	 */
	private String onlyServing(String principle, Action.Horizon horizon, int index) {
		List<String> ids = knowledge.actions().values().stream()
			.filter(a -> a.horizon() == horizon)
			.filter(a -> a.elements().stream().filter(e -> e.startsWith("P")).map(e -> e.substring(0, e.indexOf('.')))
				.collect(Collectors.toSet()).equals(Set.of(principle)))
			.map(Action::id).sorted().toList();
		assertThat(ids).as("actions serving only " + principle + " by " + horizon).hasSizeGreaterThan(index);
		return ids.get(index);
	}

	private static Finding finding(String id, String principle, Severity severity, String action, String... elements) {
		List<String> observed = new ArrayList<>(List.of(elements));
		if (observed.isEmpty()) {
			observed.add(principle + ".2");
		}
		return new Finding(id, "finding " + id, "C1", principle, observed, severity, List.of(action), null, List.of(),
				List.of(), List.of());
	}

}
