package org.legadvisor.authoring.drl;

import java.util.List;
import java.util.Optional;

/**
 * A rule as written in its DRL file: where it stands, its name, its metadata, what it reads (patterns) and what
 * it derives. {@code conditionKey} is its conditions in a normal form: two rules with the same key have the same
 * conditions, whatever their spacing, binding names or constraint order. {@code thenParts} holds the code of its
 * consequence as written, where it starts, and that of any named consequence ({@code then[name]}) after it.
 */
public record AuthoredRule(String file, Position at, String name, Role role, List<MetadataEntry> metadata,
		List<FactPattern> patterns, List<Located> insertedSignals, String conditionKey, List<Located> thenParts) {

	/** What a rule is for, told by what its consequence inserts. */
	public enum Role {
		/** inserts a {@code Signal} and no {@code Finding}: a derived fact shared by other rules */
		SIGNAL,
		/** inserts a {@code Finding}: concludes an area to strengthen, and carries the metadata */
		DIAGNOSIS,
		/** inserts neither */
		OTHER
	}

	public AuthoredRule {
		metadata = List.copyOf(metadata);
		patterns = List.copyOf(patterns);
		insertedSignals = List.copyOf(insertedSignals);
		thenParts = List.copyOf(thenParts);
	}

	public Optional<MetadataEntry> metadata(String key) {
		return metadata.stream().filter(m -> m.key().equals(key)).findFirst();
	}

	/** The ids of a metadata entry, split at commas; empty when the entry is missing. */
	public List<String> ids(String key) {
		return metadata(key).map(MetadataEntry::ids).orElse(List.of());
	}

	/** The {@code @id}, or the rule's name when it has none. */
	public String label() {
		return metadata("id").map(MetadataEntry::value).filter(v -> !v.isBlank()).orElse(name);
	}

	/** {@code file:line}, the file relative to the rules folder. */
	public String location() {
		return file + ":" + at.line();
	}

	/** Every question id the rule reads, in order of appearance. */
	public List<String> questionsRead() {
		return patterns.stream().flatMap(p -> p.questions().stream()).distinct().toList();
	}

	/** Every signal id the rule reads, in order of appearance. */
	public List<String> signalsRead() {
		return patterns.stream().flatMap(p -> p.signals().stream()).distinct().toList();
	}

}
