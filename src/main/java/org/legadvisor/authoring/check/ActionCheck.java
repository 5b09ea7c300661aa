package org.legadvisor.authoring.check;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.legadvisor.authoring.drl.AuthoredRule;
import org.legadvisor.authoring.drl.RuleModel;
import org.legadvisor.knowledge.Action;
import org.legadvisor.knowledge.Basis;
import org.legadvisor.knowledge.KnowledgeBase;

/**
 * Every action a rule names exists in actions.json, and every action of actions.json states its basis, well formed
 * (a reference to the paper or "practice: <reason>"), and does not type its section, which is derived from its
 * elements.
 */
final class ActionCheck implements RuleCheck {

	private final Set<String> actions;

	private final Collection<Action> catalogue;

	private final Path file;

	ActionCheck(KnowledgeBase knowledge) {
		this.actions = Set.copyOf(knowledge.actions().keySet());
		this.catalogue = List.copyOf(knowledge.actions().values());
		this.file = knowledge.actionsFile().toAbsolutePath().normalize();
	}

	@Override
	public List<RuleIssue> check(RuleModel model) {
		List<RuleIssue> issues = new ArrayList<>();
		for (AuthoredRule rule : model.rules()) {
			rule.metadata("action").ifPresent(entry -> entry.items().stream()
				.filter(action -> !actions.contains(action.text()))
				.forEach(action -> issues.add(RuleIssue.of(IssueKind.UNKNOWN_ACTION, rule, action.at(),
						"@action: there is no action " + action.text() + " in actions.json"
								+ Suggestion.didYouMean(action.text(), actions)))));
		}
		issues.addAll(catalogue());
		return issues;
	}

	private List<RuleIssue> catalogue() {
		List<RuleIssue> issues = new ArrayList<>();
		Map<String, ActionFileFields> fields = ActionFileFields.read(file);
		for (Action action : catalogue) {
			ActionFileFields at = fields.getOrDefault(action.id(), ActionFileFields.UNPLACED);
			Optional<Basis> basis = Basis.of(action.basis());
			if (basis.isEmpty()) {
				issues.add(RuleIssue.of(IssueKind.MISSING_BASIS, file.toString(), at.action(), "action " + action.id()
						+ " has no basis; add \"basis\": " + Basis.EXPECTED));
			}
			else if (!basis.get().wellFormed()) {
				issues.add(RuleIssue.of(IssueKind.INVALID_BASIS, file.toString(), at.field("basis"), "action "
						+ action.id() + " has the basis \"" + action.basis() + "\"; expected " + Basis.EXPECTED));
			}
			if (at.has("section")) {
				issues.add(RuleIssue.of(IssueKind.TYPED_SECTION, file.toString(), at.field("section"), "action "
						+ action.id() + " types its \"section\", which is derived from its elements now (\""
						+ action.section() + "\"): delete the line (scripts/drop-action-sections.py does so for the "
						+ "whole file)"));
			}
		}
		return issues;
	}

}
