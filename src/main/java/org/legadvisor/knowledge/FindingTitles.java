package org.legadvisor.knowledge;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonCreator;

/**
 * The words of every finding, from {@code knowledge-base/findings.json}, keyed by the {@code @id} of the rule that
 * concludes it: its English title and, for a rule whose {@code @basis} is {@code "practice"}, the reason of that
 * common practice. A rule's name is a sentence for the staff who edit rules; the title and the reason are the
 * report's words, so they can be reworded or translated without touching a rule.
 */
public record FindingTitles(Map<String, String> titles, Map<String, String> practices) {

	/** The file, beside the other knowledge-base files; its translations have the same name and shape. */
	public static final String FILE = "findings.json";

	/** One entry of the file: {@code "P1-no-tor": { "title": "...", "practice": "..." }}, the practice optional. */
	public record Entry(String title, String practice) {
	}

	public FindingTitles {
		titles = Map.copyOf(titles);
		practices = Map.copyOf(practices);
	}

	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	static FindingTitles of(Map<String, Entry> entries) {
		Map<String, String> titles = new LinkedHashMap<>();
		Map<String, String> practices = new LinkedHashMap<>();
		entries.forEach((id, entry) -> {
			titles.put(id, entry.title());
			if (entry.practice() != null) {
				practices.put(id, entry.practice());
			}
		});
		return new FindingTitles(titles, practices);
	}

	public static FindingTitles load(Path knowledgeBaseFolder) {
		return JsonFiles.read(knowledgeBaseFolder.resolve(FILE), FindingTitles.class);
	}

	public Optional<String> title(String findingId) {
		return Optional.ofNullable(titles.get(findingId)).filter(title -> !title.isBlank());
	}

	/** The reason of the common practice a finding rests on, when its rule's {@code @basis} is "practice". */
	public Optional<String> practice(String findingId) {
		return Optional.ofNullable(practices.get(findingId)).filter(reason -> !reason.isBlank());
	}

	/**
	 * A rule's {@code @basis} with its reason written in: "practice" becomes "practice: <the reason in this file>";
	 * any other basis (a reference to the paper) is returned as it is.
	 */
	public String basis(String findingId, String ruleBasis) {
		if (Basis.PRACTICE.equals(ruleBasis)) {
			return practice(findingId).map(reason -> Basis.PRACTICE_PREFIX + " " + reason).orElse(ruleBasis);
		}
		return ruleBasis;
	}

}
