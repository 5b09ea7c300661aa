package org.legadvisor.knowledge;

import java.util.List;
import java.util.Map;

/**
 * How a principle's score and maturity level are computed; {@code about} explains it in words, for the reader of
 * {@code knowledge-base/profile.json} and of reports.
 */
public record ProfileModel(String about, Map<String, Integer> penalty, double minimumAnsweredShare, List<Level> levels,
		Level insufficient) {

	/** A maturity level, reached from {@code minScore} upwards. */
	public record Level(String id, String label, Integer minScore) {
	}

	public ProfileModel {
		levels = levels.stream().sorted((a, b) -> Integer.compare(b.minScore(), a.minScore())).toList();
	}

	public Level levelFor(int score) {
		return levels.stream().filter(level -> score >= level.minScore()).findFirst().orElse(levels.get(levels.size() - 1));
	}

}
