package org.legadvisor.plan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.legadvisor.diagnosis.Finding;
import org.legadvisor.diagnosis.Severity;
import org.legadvisor.knowledge.Action;
import org.legadvisor.knowledge.KnowledgeBase;
import org.legadvisor.knowledge.PriorityModel;

/**
 * Turns findings into a ranked action plan. Each action appears once, listing every finding it answers. Its score
 * adds: the weight of the most severe of those findings; a foundational weight (mandate and leadership before
 * downstream areas, per {@code foundationalOrder}); a bonus per extra finding answered; and a bonus for actions
 * that can start soon. Ties go to the action id, so the order is stable.
 */
public final class ActionPlanner {

	private final KnowledgeBase knowledge;

	private final PriorityModel model;

	public ActionPlanner(KnowledgeBase knowledge) {
		this.knowledge = knowledge;
		this.model = knowledge.priorities();
	}

	public List<PlannedAction> plan(List<Finding> findings) {
		Map<String, List<Finding>> byAction = new LinkedHashMap<>();
		for (Finding finding : findings) {
			finding.actions().forEach(id -> byAction.computeIfAbsent(id, k -> new ArrayList<>()).add(finding));
		}
		List<Scored> scored = byAction.entrySet().stream()
			.map(e -> score(action(e.getKey()), e.getValue()))
			.sorted(Comparator.comparingInt(Scored::total).reversed().thenComparing(s -> s.action().id()))
			.toList();
		List<PlannedAction> plan = new ArrayList<>();
		for (Scored s : scored) {
			List<String> because = s.findings().stream().map(Finding::id).toList();
			plan.add(new PlannedAction(plan.size() + 1, s.action(), because, s.total(), s.reasons()));
		}
		return plan;
	}

	private record Scored(Action action, List<Finding> findings, List<RankReason> reasons, int total) {

		Scored(Action action, List<Finding> findings, List<RankReason> reasons) {
			this(action, findings, reasons, reasons.stream().mapToInt(RankReason::points).sum());
		}

	}

	private Scored score(Action action, List<Finding> findings) {
		List<RankReason> reasons = new ArrayList<>();
		Severity worst = findings.stream().map(Finding::severity).min(Comparator.naturalOrder()).orElseThrow();
		reasons.add(new RankReason(reason("severity", model.severityLabels().get(worst.name())),
				model.severityWeight().get(worst.name())));
		String foundation = findings.stream().map(Finding::principle)
			.max(Comparator.comparingInt(model::foundationalWeight)).orElseThrow();
		if (model.foundationalWeight(foundation) > 0) {
			String name = knowledge.framework().principle(foundation).map(p -> p.name()).orElse(foundation);
			reasons.add(new RankReason(reason("foundation", foundation, name), model.foundationalWeight(foundation)));
		}
		if (findings.size() > 1) {
			reasons.add(new RankReason(reason("findings", findings.size()),
					(findings.size() - 1) * model.perExtraFinding()));
		}
		int soon = model.horizonBonus().getOrDefault(action.horizon(), 0);
		if (soon > 0) {
			reasons.add(new RankReason(reason("horizon", model.horizonLabels().get(action.horizon().name())), soon));
		}
		return new Scored(action, findings, reasons);
	}

	private Action action(String id) {
		return knowledge.action(id)
			.orElseThrow(() -> new IllegalStateException("a rule names action " + id + ", which is not in the catalogue"));
	}

	private String reason(String key, Object... args) {
		return String.format(model.reasons().get(key), args);
	}

}
