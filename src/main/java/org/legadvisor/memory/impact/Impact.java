package org.legadvisor.memory.impact;

import java.util.List;

import org.legadvisor.memory.progress.Progress.FindingRef;
import org.legadvisor.memory.progress.StoredTexts;

/**
 * What running the answers on an edited copy of the rules would change, against the rules in use: for each LEG (its
 * stored rounds) and for the bundled examples and scenarios, the cases whose findings would differ, each with the
 * findings that would appear and disappear. {@code unchanged} counts the cases that stay as they are; a case that
 * cannot be run (answers no longer valid, a rule stopped by a session limit) is listed in {@code notRun}.
 */
public record Impact(String currentRules, String editedRules, int roundsRun, int scenariosRun, List<Group> legs,
		Group scenarios, List<NotRun> notRun) {

	/** A LEG's rounds, or the bundled scenarios ({@code name} null). */
	public record Group(String name, int cases, List<Change> changed) {

		public Group {
			changed = List.copyOf(changed);
		}

		public int unchanged() {
			return cases - changed.size();
		}

		Group in(StoredTexts texts) {
			return new Group(name, cases, changed.stream()
				.map(c -> new Change(c.label(), texts.findings(c.appear()), texts.findings(c.disappear())))
				.toList());
		}
	}

	/** One case whose findings would differ. */
	public record Change(String label, List<FindingRef> appear, List<FindingRef> disappear) {

		public Change {
			appear = List.copyOf(appear);
			disappear = List.copyOf(disappear);
		}
	}

	public record NotRun(String group, String label, String reason) {
	}

	public Impact {
		legs = List.copyOf(legs);
		notRun = List.copyOf(notRun);
	}

	/** The same impact with the findings titled in the language of {@code texts}. */
	public Impact in(StoredTexts texts) {
		return new Impact(currentRules, editedRules, roundsRun, scenariosRun,
				legs.stream().map(leg -> leg.in(texts)).toList(), scenarios.in(texts), notRun);
	}

	/** Whether any case would change. */
	public boolean changes() {
		return !scenarios.changed().isEmpty() || legs.stream().anyMatch(leg -> !leg.changed().isEmpty());
	}

}
