package org.legadvisor.authoring.check;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.legadvisor.authoring.drl.AuthoredRule;
import org.legadvisor.authoring.drl.MetadataEntry;
import org.legadvisor.authoring.drl.RuleModel;
import org.legadvisor.diagnosis.Finding;
import org.legadvisor.diagnosis.Severity;
import org.legadvisor.knowledge.Basis;

/**
 * Every diagnosis rule carries the metadata a finding is made of ({@link Finding#METADATA}), with one challenge,
 * one principle, a known severity, an {@code @id} no other rule uses, and a well-formed {@code @basis}.
 */
final class MetadataCheck implements RuleCheck {

	private static final Map<String, String> EXAMPLES = Map.of("id", "@id(\"P1-short-name\")", "challenge",
			"@challenge(\"C1\")", "principle", "@principle(\"P1\")", "element", "@element(\"P1.2\")", "action",
			"@action(\"A-TOR-DRAFT\")");

	private static final String BASIS = "basis";

	private static final List<String> SINGLE = List.of("challenge", "principle");

	@Override
	public List<RuleIssue> check(RuleModel model) {
		List<RuleIssue> issues = new ArrayList<>();
		for (AuthoredRule rule : model.withRole(AuthoredRule.Role.DIAGNOSIS)) {
			for (String key : Finding.METADATA) {
				Optional<MetadataEntry> entry = rule.metadata(key);
				if (entry.isEmpty() || entry.get().ids().isEmpty()) {
					issues.add(RuleIssue.of(IssueKind.MISSING_METADATA, rule, rule.at(), "rule \"" + rule.name()
							+ "\" concludes a finding but has " + (entry.isEmpty() ? "no" : "an empty") + " @" + key
							+ "; add " + example(key)));
				}
			}
			rule.metadata("severity").filter(e -> !e.value().isEmpty()).ifPresent(e -> severity(rule, e, issues));
			basis(rule, issues);
			for (String key : SINGLE) {
				rule.metadata(key).filter(e -> e.items().size() > 1).ifPresent(e -> issues.add(RuleIssue.of(
						IssueKind.INVALID_METADATA, rule, e.at(), "@" + key + "(\"" + e.value() + "\") names "
								+ e.items().size() + " ids; a finding answers exactly one " + key)));
			}
		}
		duplicateIds(model, issues);
		return issues;
	}

	private static String example(String key) {
		if (key.equals("severity")) {
			return Arrays.stream(Severity.values()).map(s -> "@severity(\"" + s + "\")").collect(Collectors.joining(", "))
				.replaceFirst(", ([^,]*)$", " or $1");
		}
		return EXAMPLES.getOrDefault(key, "@" + key + "(\"...\")");
	}

	private static void severity(AuthoredRule rule, MetadataEntry entry, List<RuleIssue> issues) {
		boolean known = Arrays.stream(Severity.values()).anyMatch(s -> s.name().equals(entry.value()));
		if (!known) {
			issues.add(RuleIssue.of(IssueKind.INVALID_METADATA, rule, entry.at(), "@severity(\"" + entry.value()
					+ "\") is not a severity; use " + example("severity")));
		}
	}

	/** What a rule's {@code @basis} holds: only the reference or the word "practice", never words to translate. */
	private static final String RULE_BASIS = "a reference to the paper such as \"Part III, principle 1, element 2\", "
			+ "or \"practice\" where the paper is silent, with its reason in findings.json (\"practice\" under the rule's id)";

	/**
	 * Every finding says where it rests: a passage of the paper, or common practice, whose reason (words a reader
	 * reads, in every language) is in findings.json, not in the rule.
	 */
	private static void basis(AuthoredRule rule, List<RuleIssue> issues) {
		Optional<MetadataEntry> entry = rule.metadata(BASIS);
		Optional<Basis> basis = entry.flatMap(e -> Basis.of(e.value()));
		if (basis.isEmpty()) {
			issues.add(RuleIssue.of(IssueKind.MISSING_BASIS, rule, entry.map(MetadataEntry::at).orElse(rule.at()),
					"rule \"" + rule.name() + "\" concludes a finding but has " + (entry.isEmpty() ? "no" : "an empty")
							+ " @basis; add @basis(\"...\") with " + RULE_BASIS));
		}
		else if (basis.get().text().equals(Basis.PRACTICE)) {
			return;
		}
		else if (basis.get().practice() && basis.get().wellFormed()) {
			String id = rule.metadata("id").map(MetadataEntry::value).orElse("...");
			issues.add(RuleIssue.of(IssueKind.INVALID_BASIS, rule, entry.get().at(), "@basis(\"" + entry.get().value()
					+ "\") writes its reason in the rule, where it cannot be translated; write @basis(\"practice\") "
					+ "and the reason in findings.json: \"" + id + "\": { \"title\": \"...\", \"practice\": \""
					+ basis.get().words() + "\" }"));
		}
		else if (!basis.get().wellFormed()) {
			issues.add(RuleIssue.of(IssueKind.INVALID_BASIS, rule, entry.get().at(), "@basis(\"" + entry.get().value()
					+ "\") is not a basis; use " + RULE_BASIS));
		}
	}

	private static void duplicateIds(RuleModel model, List<RuleIssue> issues) {
		Map<String, AuthoredRule> first = new HashMap<>();
		for (AuthoredRule rule : model.rules()) {
			Optional<MetadataEntry> id = rule.metadata("id").filter(e -> !e.value().isEmpty());
			if (id.isEmpty()) {
				continue;
			}
			AuthoredRule earlier = first.putIfAbsent(id.get().value(), rule);
			if (earlier != null) {
				issues.add(RuleIssue.of(IssueKind.DUPLICATE_ID, rule, id.get().at(), "@id(\"" + id.get().value()
						+ "\") is already the id of rule \"" + earlier.name() + "\" (" + earlier.location()
						+ "); every rule needs its own id"));
			}
		}
	}

}
