package org.legadvisor.engine;

import java.util.List;

/** One rule firing: which rule, and the facts it matched. */
public record Firing(String rule, List<Object> facts) {

	public Firing {
		facts = List.copyOf(facts);
	}

}
