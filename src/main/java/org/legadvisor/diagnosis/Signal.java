package org.legadvisor.diagnosis;

import java.util.List;

import org.kie.api.runtime.rule.RuleContext;

/**
 * A derived fact: something the answers say together (e.g. "civil society holds a token share of seats"), or the
 * LEG's context (ids starting with {@code context.}). Rules insert signals logically, so they disappear with
 * their cause; findings that match a signal inherit its evidence.
 */
public record Signal(String id, List<Evidence> evidence, List<String> context, List<String> thresholds) {

	public Signal {
		evidence = List.copyOf(evidence);
		context = List.copyOf(context);
		thresholds = List.copyOf(thresholds);
	}

	/** For a rule's consequence: {@code insertLogical(Signal.from("cso.token-share", kcontext));} */
	public static Signal from(String id, RuleContext rule) {
		MatchedFacts matched = MatchedFacts.of(rule);
		return new Signal(id, matched.evidence(), matched.context(), matched.thresholds());
	}

}
