package org.legadvisor.knowledge;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The passage of the paper a list of framework ids comes from, derived from the sections of framework.json and grouped
 * to read as a citation: {@code ["P1.2", "P1.3", "P4.6"]} gives "Part III, principle 1, elements 2 and 3; principle 4,
 * element 6". Ids are cited in the paper's order (functions, then principles and their elements); an id that
 * framework.json does not know is left out (validate and coverage name it).
 */
public final class Citation {

	private final Framework framework;

	private final Map<String, Integer> order = new LinkedHashMap<>();

	public Citation(Framework framework) {
		this.framework = framework;
		framework.namesById().keySet().forEach(id -> order.put(id, order.size()));
	}

	public String of(List<String> ids) {
		Map<String, List<String>> tailsByHead = new LinkedHashMap<>();
		ids.stream().distinct().filter(order::containsKey).sorted(Comparator.comparing(order::get))
			.map(framework::section).flatMap(Optional::stream)
			.forEach(section -> {
				int cut = section.lastIndexOf(", ");
				String head = cut < 0 ? "" : section.substring(0, cut);
				tailsByHead.computeIfAbsent(head, h -> new ArrayList<>()).add(cut < 0 ? section : section.substring(cut + 2));
			});
		List<String> groups = new ArrayList<>();
		String previousPart = null;
		for (Map.Entry<String, List<String>> group : tailsByHead.entrySet()) {
			String head = group.getKey();
			String part = head.contains(", ") ? head.substring(0, head.indexOf(", ")) : head;
			// Within one part of the paper, "Part III" is said once: "Part III, principle 1, ...; principle 4, ...".
			String shown = part.equals(previousPart) ? head.substring(Math.min(head.length(), part.length() + 2)) : head;
			String tails = tails(group.getValue());
			groups.add(shown.isEmpty() ? tails : shown + ", " + tails);
			previousPart = part;
		}
		return String.join("; ", groups);
	}

	/** "element 2", or "elements 2 and 3", "elements 1, 2 and 5"; tails that are not "noun number" are listed as they are. */
	private static String tails(List<String> tails) {
		String noun = noun(tails.get(0));
		boolean same = noun != null && tails.stream().allMatch(t -> noun.equals(noun(t)));
		if (tails.size() == 1 || !same) {
			return String.join(", ", tails);
		}
		List<String> numbers = tails.stream().map(t -> t.substring(noun.length() + 1)).toList();
		String last = numbers.get(numbers.size() - 1);
		return noun + "s " + String.join(", ", numbers.subList(0, numbers.size() - 1)) + " and " + last;
	}

	private static String noun(String tail) {
		int space = tail.indexOf(' ');
		return space < 0 ? null : tail.substring(0, space);
	}

}
