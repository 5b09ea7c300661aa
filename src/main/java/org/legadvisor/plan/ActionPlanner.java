package org.legadvisor.plan;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.legadvisor.diagnosis.Finding;
import org.legadvisor.diagnosis.Severity;
import org.legadvisor.knowledge.Action;
import org.legadvisor.knowledge.KnowledgeBase;
import org.legadvisor.knowledge.PriorityModel;
import org.legadvisor.questionnaire.Answer;
import org.legadvisor.questionnaire.ValidatedAnswers;

/**
 * Turns findings into a ranked action plan. Each action appears once, listing every finding it answers. Its score
 * adds: the weight of the most severe of those findings; a foundational weight (mandate and leadership before
 * downstream areas, per the foundational order); a bonus per extra finding answered; a bonus for actions that can
 * start soon; the raises in force (e.g. trust and behaviour when trust is low); and a bonus when the action serves
 * a principle the LEG chose to focus on. Every weight and its reason is in {@code knowledge-base/priorities.json}.
 * Ties go to the action id, so the order is stable.
 */
public final class ActionPlanner {

	private final KnowledgeBase knowledge;

	private final PriorityModel model;

	// Read for every action of every assessment, so looked up once: the knowledge base never changes.
	private final Map<String, Integer> foundationalWeights = new HashMap<>();

	private final Map<String, String> principleNames = new HashMap<>();

	private final Map<String, ReasonFormat> reasonFormats = new HashMap<>();

	public ActionPlanner(KnowledgeBase knowledge) {
		this.knowledge = knowledge;
		this.model = knowledge.priorities();
		model.foundationalOrder().forEach(p -> foundationalWeights.putIfAbsent(p, model.foundationalWeight(p)));
		knowledge.framework().principles().forEach(p -> principleNames.putIfAbsent(p.id(), p.name()));
		model.reasons().forEach((key, pattern) -> reasonFormats.put(key, ReasonFormat.of(pattern)));
	}

	/** The principles the LEG chose to focus on, in the order of the framework; none if it named none. */
	public List<String> focus(ValidatedAnswers answers) {
		Answer answer = answers.byQuestion().get(model.focus().question());
		if (answer == null || answer.unknown()) {
			return List.of();
		}
		return new TreeSet<>(answer.choices()).stream().toList();
	}

	/** The plan with the default ranking: no focus chosen, no context signal. */
	public List<PlannedAction> plan(List<Finding> findings) {
		return plan(findings, List.of(), List.of()).actions();
	}

	public Plan plan(List<Finding> findings, Collection<String> signals, List<String> focus) {
		List<PriorityModel.Raise> raises = model.raises().stream().filter(r -> inForce(r, findings, signals)).toList();
		Map<String, List<Finding>> byAction = new LinkedHashMap<>();
		for (Finding finding : findings) {
			finding.actions().forEach(id -> byAction.computeIfAbsent(id, k -> new ArrayList<>()).add(finding));
		}
		List<Scored> scored = byAction.entrySet().stream()
			.map(e -> score(action(e.getKey()), e.getValue(), raises, focus))
			.sorted(Comparator.comparingInt(Scored::total).reversed().thenComparing(s -> s.action().id()))
			.toList();
		List<PlannedAction> plan = new ArrayList<>();
		for (Scored s : scored) {
			List<String> because = s.findings().stream().map(Finding::id).toList();
			plan.add(new PlannedAction(plan.size() + 1, s.action(), because, s.total(), s.reasons()));
		}
		return new Plan(plan, new Ranking(focus, raises.stream().map(PriorityModel.Raise::id).toList()));
	}

	private record Scored(Action action, List<Finding> findings, List<RankReason> reasons, int total) {

		Scored(Action action, List<Finding> findings, List<RankReason> reasons) {
			this(action, findings, reasons, reasons.stream().mapToInt(RankReason::points).sum());
		}

	}

	private static boolean inForce(PriorityModel.Raise raise, List<Finding> findings, Collection<String> signals) {
		return signals.stream().anyMatch(raise.whenSignals()::contains)
				|| findings.stream().flatMap(f -> f.elements().stream()).anyMatch(raise.whenElements()::contains);
	}

	private Scored score(Action action, List<Finding> findings, List<PriorityModel.Raise> raises, List<String> focus) {
		List<RankReason> reasons = new ArrayList<>();
		Severity worst = findings.stream().map(Finding::severity).min(Comparator.naturalOrder()).orElseThrow();
		reasons.add(new RankReason(reason("severity", model.severityLabels().get(worst.name())),
				model.severityWeight(worst.name())));
		String foundation = findings.stream().map(Finding::principle)
			.max(Comparator.comparingInt(this::foundationalWeight)).orElseThrow();
		if (foundationalWeight(foundation) > 0) {
			reasons.add(new RankReason(reason("foundation", foundation, name(foundation)),
					foundationalWeight(foundation)));
		}
		if (findings.size() > 1) {
			reasons.add(new RankReason(reason("findings", findings.size()),
					(findings.size() - 1) * model.perExtraFinding().points()));
		}
		int soon = model.horizonBonus(action.horizon());
		if (soon > 0) {
			reasons.add(new RankReason(reason("horizon", model.horizonLabels().get(action.horizon().name())), soon));
		}
		Set<String> serves = serves(action, findings);
		for (PriorityModel.Raise raise : raises) {
			if (serves.contains(raise.principle())) {
				reasons.add(new RankReason(reason("raise", raise.label()), raise.points()));
			}
		}
		List<String> chosen = focus.stream().filter(serves::contains).toList();
		if (!chosen.isEmpty()) {
			String names = String.join("; ", chosen.stream().map(p -> p + " " + name(p)).toList());
			reasons.add(new RankReason(reason("focus", names), model.focus().points()));
		}
		return new Scored(action, findings, reasons);
	}

	/** The principles an action serves: those of its own elements and those its findings are filed under. */
	private static Set<String> serves(Action action, List<Finding> findings) {
		Set<String> principles = new LinkedHashSet<>();
		findings.forEach(f -> principles.add(f.principle()));
		action.elements().stream().filter(e -> e.startsWith("P") && e.contains("."))
			.forEach(e -> principles.add(e.substring(0, e.indexOf('.'))));
		return principles;
	}

	private int foundationalWeight(String principle) {
		return foundationalWeights.getOrDefault(principle, 0);
	}

	private String name(String principle) {
		return principleNames.getOrDefault(principle, principle);
	}

	private Action action(String id) {
		return knowledge.action(id)
			.orElseThrow(() -> new IllegalStateException("a rule names action " + id + ", which is not in the catalogue"));
	}

	private String reason(String key, Object... args) {
		ReasonFormat format = reasonFormats.get(key);
		return format == null ? String.format(model.reasons().get(key), args) : format.format(args);
	}

}
