package org.legadvisor.knowledge;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonCreator;

/**
 * The English title of every finding, from {@code knowledge-base/findings.json}, keyed by the {@code @id} of the rule
 * that concludes it. A rule's name is a sentence for the staff who edit rules; the title is the report's words, so
 * it can be reworded or translated without renaming a rule.
 */
public record FindingTitles(Map<String, String> titles) {

	/** The file, beside the other knowledge-base files; its translations have the same name and shape. */
	public static final String FILE = "findings.json";

	/** One entry of the file: {@code "P1-no-tor": { "title": "..." }}. */
	public record Entry(String title) {
	}

	public FindingTitles {
		titles = Map.copyOf(titles);
	}

	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	static FindingTitles of(Map<String, Entry> entries) {
		Map<String, String> titles = new LinkedHashMap<>();
		entries.forEach((id, entry) -> titles.put(id, entry.title()));
		return new FindingTitles(titles);
	}

	public static FindingTitles load(Path knowledgeBaseFolder) {
		return JsonFiles.read(knowledgeBaseFolder.resolve(FILE), FindingTitles.class);
	}

	public Optional<String> title(String findingId) {
		return Optional.ofNullable(titles.get(findingId)).filter(title -> !title.isBlank());
	}

}
