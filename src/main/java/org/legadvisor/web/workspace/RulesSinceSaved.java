package org.legadvisor.web.workspace;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.legadvisor.diagnosis.Finding;
import org.legadvisor.memory.Round;
import org.legadvisor.memory.progress.StoredTexts;

/**
 * What today's rules find in a stored round's answers that its saved report did not, and the reverse: a round's page
 * reads its answers with today's rules (so that it shows in the reader's language), and says so when the rules have
 * changed what they find since the round was saved. Titles in the reader's language; a finding today's rules no longer
 * know keeps the title it was saved with.
 */
record RulesSinceSaved(List<String> nowFound, List<String> noLongerFound) {

	static RulesSinceSaved of(Round round, List<Finding> today, StoredTexts texts) {
		Map<String, String> saved = StoredRounds.findingTitles(round, texts);
		Set<String> todayIds = today.stream().map(Finding::id).collect(Collectors.toSet());
		List<String> nowFound = today.stream().filter(f -> !saved.containsKey(f.id()))
			.map(f -> texts.findingTitle(f.id(), f.title())).distinct().toList();
		List<String> noLongerFound = saved.entrySet().stream().filter(e -> !todayIds.contains(e.getKey()))
			.map(Map.Entry::getValue).sorted().toList();
		return new RulesSinceSaved(nowFound, noLongerFound);
	}

	boolean none() {
		return nowFound.isEmpty() && noLongerFound.isEmpty();
	}

}
