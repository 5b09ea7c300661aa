package org.legadvisor.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.legadvisor.assessment.Advisor;
import org.legadvisor.assessment.Assessment;
import org.legadvisor.diagnosis.Finding;
import org.legadvisor.engine.RuleSessionLimitException;
import org.legadvisor.plan.PlannedAction;
import org.legadvisor.questionnaire.InvalidAnswersException;

/**
 * Assesses each scenario with the current rules and lists, in words, every way the result differs from it; a
 * scenario whose rule session was stopped by a limit fails with the reason.
 */
public final class ScenarioRunner {

	private final Advisor advisor;

	public ScenarioRunner(Advisor advisor) {
		this.advisor = advisor;
	}

	public List<ScenarioResult> run(List<Scenario> scenarios) {
		return scenarios.stream().map(this::run).toList();
	}

	public ScenarioResult run(Scenario scenario) {
		List<String> unknown = unknownIds(scenario.expect());
		if (!unknown.isEmpty()) {
			return new ScenarioResult(scenario, unknown);
		}
		try {
			return new ScenarioResult(scenario, differences(scenario.expect(), advisor.assess(scenario.answers())));
		}
		catch (InvalidAnswersException e) {
			return new ScenarioResult(scenario, List.of("the answers are not valid: " + e.getMessage()));
		}
		catch (RuleSessionLimitException e) {
			return new ScenarioResult(scenario, List.of(e.getMessage()), Optional.of(e));
		}
	}

	/** An expectation naming an id that no rule has would pass or fail for the wrong reason. */
	private List<String> unknownIds(Expectation expect) {
		Set<String> known = advisor.findingIds();
		Set<String> actions = advisor.knowledge().actions().keySet();
		List<String> unknown = new ArrayList<>();
		java.util.stream.Stream.concat(expect.include().stream(), expect.exclude().stream())
			.filter(id -> !known.contains(id))
			.forEach(id -> unknown.add("no rule has the finding id " + id));
		expect.rankedAbove().stream().flatMap(List::stream).filter(id -> !actions.contains(id))
			.forEach(id -> unknown.add("no action in the catalogue has the id " + id));
		return unknown;
	}

	private static List<String> differences(Expectation expect, Assessment assessment) {
		Set<String> found = assessment.findings().stream().map(Finding::id).collect(Collectors.toSet());
		List<String> differences = new ArrayList<>();
		expect.include().stream().filter(id -> !found.contains(id))
			.forEach(id -> differences.add("expected finding " + id + ", but it did not appear"));
		assessment.findings().stream().filter(f -> expect.exclude().contains(f.id()))
			.forEach(f -> differences.add("finding " + f.id() + " appeared, but should not (\"" + f.title() + "\")"));
		differences.addAll(rankDifferences(expect, assessment.actions()));
		if (expect.maxFindings() != null && found.size() > expect.maxFindings()) {
			differences.add(found.size() + " findings, expected at most " + expect.maxFindings() + ": "
					+ assessment.findings().stream().map(Finding::id).collect(Collectors.joining(", ")));
		}
		return differences;
	}

	private static List<String> rankDifferences(Expectation expect, List<PlannedAction> plan) {
		Map<String, Integer> rank = plan.stream()
			.collect(Collectors.toMap(a -> a.action().id(), PlannedAction::rank, (a, b) -> a));
		Function<String, String> where = id -> rank.containsKey(id) ? "ranked " + rank.get(id) : "not in the plan";
		List<String> differences = new ArrayList<>();
		for (List<String> pair : expect.rankedAbove()) {
			String higher = pair.get(0);
			String lower = pair.get(1);
			if (!rank.containsKey(higher) || (rank.containsKey(lower) && rank.get(higher) > rank.get(lower))) {
				differences.add("expected " + higher + " above " + lower + ", but " + higher + " is " + where.apply(higher)
						+ " and " + lower + " is " + where.apply(lower));
			}
		}
		return differences;
	}

}
