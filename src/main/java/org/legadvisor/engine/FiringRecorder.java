package org.legadvisor.engine;

import java.util.ArrayList;
import java.util.List;

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

}
