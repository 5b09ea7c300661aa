package org.legadvisor.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;

/** Records each rule that fired and its matched facts, for one session only. */
final class FiringRecorder extends DefaultAgendaEventListener {

	private final List<Firing> firings = new ArrayList<>();

	@Override
	public void afterMatchFired(AfterMatchFiredEvent event) {
		firings.add(new Firing(event.getMatch().getRule().getName(), event.getMatch().getObjects()));
	}

	List<Firing> firings() {
		return firings;
	}

	/** The rules that fired most, most first, at most {@code count} of them. */
	List<RuleSessionLimitException.RuleFirings> mostFired(int count) {
		Map<String, Integer> times = new HashMap<>();
		firings.forEach(f -> times.merge(f.rule(), 1, Integer::sum));
		return times.entrySet().stream()
			.sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
			.limit(count).map(e -> new RuleSessionLimitException.RuleFirings(e.getKey(), e.getValue())).toList();
	}

}
