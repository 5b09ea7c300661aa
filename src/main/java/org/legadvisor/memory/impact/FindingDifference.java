package org.legadvisor.memory.impact;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.legadvisor.diagnosis.Finding;
import org.legadvisor.memory.progress.Progress.FindingRef;

/** The findings of one answers document on two rule bases, matched by finding id. */
record FindingDifference(List<FindingRef> appear, List<FindingRef> disappear) {

	static FindingDifference between(Collection<FindingRef> before, Collection<FindingRef> after) {
		Map<String, FindingRef> was = byId(before);
		Map<String, FindingRef> is = byId(after);
		return new FindingDifference(is.values().stream().filter(f -> !was.containsKey(f.id())).toList(),
				was.values().stream().filter(f -> !is.containsKey(f.id())).toList());
	}

	boolean none() {
		return appear.isEmpty() && disappear.isEmpty();
	}

	static FindingRef ref(Finding finding) {
		return new FindingRef(finding.id(), finding.title(), finding.severity().name(),
				finding.principle());
	}

	private static Map<String, FindingRef> byId(Collection<FindingRef> findings) {
		Map<String, FindingRef> byId = new LinkedHashMap<>();
		findings.forEach(f -> byId.putIfAbsent(f.id(), f));
		return byId;
	}

}
