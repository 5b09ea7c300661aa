package org.legadvisor.authoring.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.legadvisor.authoring.drl.AuthoredRule;
import org.legadvisor.authoring.drl.Located;
import org.legadvisor.authoring.drl.RuleModel;
import org.legadvisor.knowledge.Framework;

/** Every challenge, principle, element and function a rule names exists in framework.json, as that kind of id. */
final class FrameworkIdCheck implements RuleCheck {

	private final Map<String, Set<String>> idsByKey;

	FrameworkIdCheck(Framework framework) {
		this.idsByKey = FrameworkIds.byMetadataKey(framework);
	}

	@Override
	public List<RuleIssue> check(RuleModel model) {
		List<RuleIssue> issues = new ArrayList<>();
		for (AuthoredRule rule : model.rules()) {
			idsByKey.forEach((key, known) -> rule.metadata(key).ifPresent(entry -> {
				for (Located id : entry.items()) {
					if (!known.contains(id.text())) {
						issues.add(RuleIssue.of(IssueKind.UNKNOWN_ID, rule, id.at(), message(key, id.text())));
					}
				}
			}));
		}
		return issues;
	}

	private String message(String key, String id) {
		String message = "@" + key + ": there is no " + key + " " + id + " in framework.json";
		for (Map.Entry<String, Set<String>> other : idsByKey.entrySet()) {
			if (other.getValue().contains(id)) {
				String kind = other.getKey();
				return message + "; " + id + " is " + (kind.startsWith("e") ? "an " : "a ") + kind + ", named with @" + kind;
			}
		}
		Set<String> known = idsByKey.get(key);
		String suggestion = Suggestion.didYouMean(id, known);
		if (suggestion.isEmpty() && known.size() <= 10) {
			return message + " (it has " + String.join(", ", known) + ")";
		}
		return message + suggestion;
	}

	/** The framework's ids by the metadata key that names them. */
	static final class FrameworkIds {

		private FrameworkIds() {
		}

		static Map<String, Set<String>> byMetadataKey(Framework framework) {
			Map<String, Set<String>> ids = new LinkedHashMap<>();
			ids.put("challenge", ordered(framework.challenges().stream().map(Framework.Challenge::id).toList()));
			ids.put("principle", ordered(framework.principles().stream().map(Framework.Principle::id).toList()));
			ids.put("element", ordered(framework.principles().stream().flatMap(p -> p.elements().stream())
				.map(Framework.Element::id).toList()));
			ids.put("function", ordered(framework.functions().stream().map(Framework.Function::id).toList()));
			return ids;
		}

		private static Set<String> ordered(List<String> ids) {
			return new java.util.LinkedHashSet<>(ids);
		}

	}

}
