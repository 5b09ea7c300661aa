package org.legadvisor.engine;

import java.util.List;

/** What one session produced: the result facts of the requested type, and every rule firing in order. */
public record RuleRun<T>(List<T> results, List<Firing> firings, RuleBaseVersion version) {

	public RuleRun {
		results = List.copyOf(results);
		firings = List.copyOf(firings);
	}

}
