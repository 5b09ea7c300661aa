package org.legadvisor.memory.history;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.legadvisor.memory.StoredJson;
import org.legadvisor.memory.progress.StoredTexts;
import org.legadvisor.memory.history.StoredLegs.StoredLeg;
import org.legadvisor.memory.history.StoredLegs.StoredRound;

/**
 * A LEG's history from its stored reports: each round (when, who, how many findings) and each principle's level
 * round by round, with its trend in words; every word in the reader's language, principles and levels looked up by id
 * (the stored words only for an id today's knowledge base no longer has).
 */
public record LegHistory(String leg, String country, List<RoundLine> rounds, List<PrincipleTrend> principles) {

	/**
	 * A score change smaller than this, in points out of 100, between the first and the last round that scored a
	 * principle reads as steady: the scores are means of a few graded answers, and one answer moved by one degree
	 * changes them by about this much.
	 */
	static final int STEADY_WITHIN = 5;

	/** {@code enteredAt} in ISO 8601, UTC. */
	public record RoundLine(int number, String label, String enteredAt, String enteredBy, int findings) {
	}

	/** One principle's level in each round (null where a round did not assess it), and the trend in words. */
	public record PrincipleTrend(String principle, String name, List<Level> levels, String trend, String trendLabel) {
	}

	public record Level(Integer score, String level, String levelLabel) {
	}

	public LegHistory {
		rounds = List.copyOf(rounds);
		principles = List.copyOf(principles);
	}

	public static LegHistory of(StoredLeg leg, List<StoredRound> stored, StoredTexts texts) {
		List<RoundLine> rounds = new ArrayList<>();
		Map<String, String> names = new LinkedHashMap<>();
		Map<String, List<Level>> levels = new LinkedHashMap<>();
		for (StoredRound round : stored) {
			JsonNode report = StoredJson.tree(round.report());
			rounds.add(new RoundLine(round.number(), round.label(texts), round.enteredAt().toString(), round.enteredBy(),
					report.path("findings").size()));
			for (JsonNode item : report.path("profile")) {
				String id = item.path("principle").asText();
				names.putIfAbsent(id, texts.principleName(id, item.path("name").asText()));
				List<Level> line = levels.computeIfAbsent(id, p -> new ArrayList<>());
				while (line.size() < round.number() - 1) {
					line.add(null);
				}
				JsonNode score = item.path("score");
				String level = item.path("level").asText(null);
				line.add(new Level(score.isNumber() ? score.intValue() : null, level,
						texts.levelLabel(level, item.path("levelLabel").asText(null))));
			}
		}
		List<PrincipleTrend> principles = new ArrayList<>();
		levels.forEach((id, line) -> {
			while (line.size() < stored.size()) {
				line.add(null);
			}
			String trend = trend(line);
			principles.add(new PrincipleTrend(id, names.get(id), line, trend,
					texts.say("memory.history.trend." + trend)));
		});
		return new LegHistory(leg.name(), leg.country(), rounds, principles);
	}

	/** improving, declining or steady, from the first to the last round that scored it; unknown with fewer than two. */
	static String trend(List<Level> line) {
		List<Integer> scores = line.stream().filter(l -> l != null && l.score() != null).map(Level::score).toList();
		if (scores.size() < 2) {
			return "unknown";
		}
		int change = scores.get(scores.size() - 1) - scores.get(0);
		return change >= STEADY_WITHIN ? "improving" : change <= -STEADY_WITHIN ? "declining" : "steady";
	}

}
