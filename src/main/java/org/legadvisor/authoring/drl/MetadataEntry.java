package org.legadvisor.authoring.drl;

import java.util.List;

/**
 * One metadata annotation of a rule, e.g. {@code @element("P1.2, P3.3")}: its key, its whole value, and each
 * comma-separated item with its own position, so that a problem can point at the very id.
 */
public record MetadataEntry(String key, String value, Position at, List<Located> items) {

	public MetadataEntry {
		items = List.copyOf(items);
	}

	public List<String> ids() {
		return items.stream().map(Located::text).toList();
	}

}
