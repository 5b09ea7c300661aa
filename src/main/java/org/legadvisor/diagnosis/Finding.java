package org.legadvisor.diagnosis;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.rule.RuleContext;

/**
 * An area to strengthen, as concluded by one diagnosis rule. Its ids, severity, action and basis come from the
 * rule's metadata; its title is the rule's name until the assessment gives it the report's words
 * ({@code knowledge-base/findings.json}, by id, see {@link #titled}); its evidence, context and thresholds from the facts the rule
 * matched. {@code basis} is where the paper supports the diagnosis ("Part III, principle 1, element 2"), or
 * "practice: ..." with a reason where the paper is silent.
 */
public record Finding(String id, String title, String challenge, String principle, List<String> elements,
		Severity severity, List<String> actions, String basis, List<Evidence> evidence, List<String> context,
		List<String> thresholds) {

	/** The metadata keys every diagnosis rule carries. */
	public static final List<String> METADATA = List.of("id", "challenge", "principle", "element", "severity",
			"action");

	public Finding {
		elements = List.copyOf(elements);
		actions = List.copyOf(actions);
		evidence = List.copyOf(evidence);
		context = List.copyOf(context);
		thresholds = List.copyOf(thresholds);
	}

	/** This finding with the title a reader sees, in place of the rule's name. */
	public Finding titled(String words) {
		return new Finding(id, words, challenge, principle, elements, severity, actions, basis, evidence, context,
				thresholds);
	}

	/** This finding resting on this basis, its practice's reason written in from the knowledge base. */
	public Finding based(String words) {
		return new Finding(id, title, challenge, principle, elements, severity, actions, words, evidence, context,
				thresholds);
	}

	/** For a rule's consequence: {@code insert(Finding.from(kcontext));} */
	public static Finding from(RuleContext rule) {
		Rule definition = rule.getRule();
		Map<String, Object> meta = definition.getMetaData();
		MatchedFacts matched = MatchedFacts.of(rule);
		return new Finding(text(meta, "id"), definition.getName(), text(meta, "challenge"), text(meta, "principle"),
				list(meta, "element"), Severity.valueOf(text(meta, "severity")), list(meta, "action"),
				optional(meta, "basis"), matched.evidence(), matched.context(), matched.thresholds());
	}

	private static String text(Map<String, Object> meta, String key) {
		Object value = meta.get(key);
		if (value == null) {
			throw new IllegalStateException("rule metadata @" + key + " is missing");
		}
		return value.toString().strip();
	}

	private static String optional(Map<String, Object> meta, String key) {
		Object value = meta.get(key);
		return value == null ? null : value.toString().strip();
	}

	/** Metadata such as {@code @element("P1.2, P3.3")} may name several ids, separated by commas. */
	private static List<String> list(Map<String, Object> meta, String key) {
		return Arrays.stream(text(meta, key).split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
	}

}
