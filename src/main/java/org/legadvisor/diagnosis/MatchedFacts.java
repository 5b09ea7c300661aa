package org.legadvisor.diagnosis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.kie.api.runtime.rule.RuleContext;
import org.legadvisor.questionnaire.Answer;

/**
 * The facts a rule matched, sorted into evidence (answers, including those behind derived signals) and context
 * (signals whose id starts with {@value #CONTEXT_PREFIX}), and the ids of the thresholds they were measured against.
 */
record MatchedFacts(List<Evidence> evidence, List<String> context, List<String> thresholds) {

	static final String CONTEXT_PREFIX = "context.";

	static MatchedFacts of(RuleContext rule) {
		Map<String, Evidence> evidence = new LinkedHashMap<>();
		Set<String> context = new LinkedHashSet<>();
		Set<String> thresholds = new LinkedHashSet<>();
		for (Object fact : flattened(rule.getMatch().getObjects())) {
			if (fact instanceof Answer answer) {
				evidence.putIfAbsent(answer.question(), new Evidence(answer.question(), answer.value()));
			}
			else if (fact instanceof Signal signal) {
				signal.evidence().forEach(e -> evidence.putIfAbsent(e.question(), e));
				if (signal.id().startsWith(CONTEXT_PREFIX)) {
					context.add(signal.id());
				}
				context.addAll(signal.context());
				thresholds.addAll(signal.thresholds());
			}
			else if (fact instanceof Threshold threshold) {
				thresholds.add(threshold.id());
			}
		}
		return new MatchedFacts(List.copyOf(evidence.values()), new ArrayList<>(context), new ArrayList<>(thresholds));
	}

	/** The matched facts, with the facts gathered by an {@code accumulate} (a collection or an array) taken one by one. */
	private static List<Object> flattened(List<?> matched) {
		List<Object> facts = new ArrayList<>();
		for (Object fact : matched) {
			if (fact instanceof Collection<?> gathered) {
				facts.addAll(flattened(List.copyOf(gathered)));
			}
			else if (fact instanceof Object[] gathered) {
				facts.addAll(flattened(Arrays.asList(gathered)));
			}
			else {
				facts.add(fact);
			}
		}
		return facts;
	}

}
