package org.legadvisor.knowledge;

import java.util.List;
import java.util.Map;

/**
 * How a principle's score and maturity level are computed: the mean grade of its answers, less a capped penalty per
 * finding, assessed only with enough answers. {@code about} explains it in words and {@code why} gives the reason of
 * each figure, for the reader of {@code knowledge-base/profile.json} and of reports.
 */
public record ProfileModel(String about, Map<String, String> why, Map<String, Integer> penalty,
		Map<String, Integer> penaltyOnOneGradedAnswer, int penaltyCap,
		double minimumAnsweredShare, int minimumGradedAnswers, List<Level> levels, Level insufficient) {

	/** A maturity level, reached from {@code minScore} upwards. */
	public record Level(String id, String label, Integer minScore) {
	}

	public ProfileModel {
		why = Map.copyOf(why);
		penalty = Map.copyOf(penalty);
		penaltyOnOneGradedAnswer = Map.copyOf(penaltyOnOneGradedAnswer);
		levels = levels.stream().sorted((a, b) -> Integer.compare(b.minScore(), a.minScore())).toList();
	}

	public Level levelFor(int score) {
		return levels.stream().filter(level -> score >= level.minScore()).findFirst().orElse(levels.get(levels.size() - 1));
	}

	/**
	 * The penalty of one finding of this severity ({@code high}, {@code medium}, {@code low}); lighter for a finding
	 * that rests on one graded answer alone, whose grade already counts it.
	 */
	public int penaltyFor(String severity, boolean oneGradedAnswer) {
		return (oneGradedAnswer ? penaltyOnOneGradedAnswer : penalty).getOrDefault(severity, 0);
	}

}
