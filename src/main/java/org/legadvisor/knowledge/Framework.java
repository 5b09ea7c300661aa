package org.legadvisor.knowledge;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The paper's structure with the knowledge map's stable ids: core functions (Part I), challenges (Part II),
 * principles and their basic elements (Part III), each with the project's own short wording.
 */
public record Framework(List<Function> functions, List<Challenge> challenges, List<Principle> principles) {

	public record Function(String id, String name, String section) {
	}

	public record Challenge(String id, String name, String summary, String section) {
	}

	/** {@code shortName} is the principle in a word or two, for a chart axis ("Mandate"); the id if not given. */
	public record Principle(String id, String name, String shortName, String summary, List<String> answers,
			String section, List<Element> elements) {

		public Principle {
			shortName = shortName == null || shortName.isBlank() ? id : shortName;
		}

	}

	public record Element(String id, String text, String section) {
	}

	/** Every id with its human name: functions, challenges, principles, elements. */
	public Map<String, String> namesById() {
		Map<String, String> names = new LinkedHashMap<>();
		functions.forEach(f -> names.put(f.id(), f.name()));
		challenges.forEach(c -> names.put(c.id(), c.name()));
		principles.forEach(p -> {
			names.put(p.id(), p.name());
			p.elements().forEach(e -> names.put(e.id(), e.text()));
		});
		return names;
	}

	/** Where in the paper an id comes from, e.g. "Part III, principle 2, element 2". */
	public Optional<String> section(String id) {
		return functions.stream().filter(f -> f.id().equals(id)).map(Function::section).findFirst()
			.or(() -> challenges.stream().filter(c -> c.id().equals(id)).map(Challenge::section).findFirst())
			.or(() -> principles.stream().filter(p -> p.id().equals(id)).map(Principle::section).findFirst())
			.or(() -> principles.stream().flatMap(p -> p.elements().stream()).filter(e -> e.id().equals(id))
				.map(Element::section).findFirst());
	}

	public Optional<Principle> principle(String id) {
		return principles.stream().filter(p -> p.id().equals(id)).findFirst();
	}

	public boolean knows(String id) {
		return namesById().containsKey(id);
	}

}
