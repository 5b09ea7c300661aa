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

	/** Every finding says where it rests: a passage of the paper, or common practice with its reason. */
	private static void basis(AuthoredRule rule, List<RuleIssue> issues) {
		Optional<MetadataEntry> entry = rule.metadata(BASIS);
		Optional<Basis> basis = entry.flatMap(e -> Basis.of(e.value()));
		if (basis.isEmpty()) {
			issues.add(RuleIssue.of(IssueKind.MISSING_BASIS, rule, entry.map(MetadataEntry::at).orElse(rule.at()),
					"rule \"" + rule.name() + "\" concludes a finding but has " + (entry.isEmpty() ? "no" : "an empty")
							+ " @basis; add @basis(\"...\") with " + Basis.EXPECTED));
		}
		else if (!basis.get().wellFormed()) {
			issues.add(RuleIssue.of(IssueKind.INVALID_BASIS, rule, entry.get().at(), "@basis(\"" + entry.get().value()
					+ "\") is not a basis; use " + Basis.EXPECTED));
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
