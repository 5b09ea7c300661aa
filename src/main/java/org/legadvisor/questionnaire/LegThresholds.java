package org.legadvisor.questionnaire;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import org.legadvisor.knowledge.ThresholdEntry;

/**
 * The figures a LEG adjusts for its own assessment, in the answers document's {@code "thresholds"}: a crisis
 * setting or a small country may meet less often than the knowledge base assumes. Each must name a threshold of
 * knowledge-base/thresholds.json and give a number of 0 or more.
 */
public final class LegThresholds {

	private final Map<String, ThresholdEntry> known;

	public LegThresholds(Map<String, ThresholdEntry> known) {
		this.known = Map.copyOf(known);
	}

	/** Every problem with the thresholds given, each naming the threshold, what was given and what is expected. */
	public List<AnswerProblem> problems(AnswersDocument document) {
		ProblemWords words = ProblemWords.english(null, known.values().stream()
			.collect(Collectors.toMap(ThresholdEntry::id, ThresholdEntry::label)));
		List<AnswerProblem> problems = new ArrayList<>();
		document.thresholds().forEach((id, given) -> {
			ThresholdEntry entry = known.get(id);
			String field = "thresholds." + id;
			if (entry == null) {
				List<Phrase> offered = known.keySet().stream().sorted()
					.map(t -> Phrase.say("answers.threshold.named", t, new Phrase.ThresholdLabel(t))).toList();
				problems.add(AnswerProblem.ofField(AnswerProblem.Kind.UNKNOWN_THRESHOLD, field,
						Phrase.say("answers.threshold.unknown"),
						Phrase.say("answers.threshold.oneOf", new Phrase.Joined(offered)), words));
			}
			else if (given == null || !given.isNumber() || !Double.isFinite(given.asDouble()) || given.asDouble() < 0) {
				problems.add(AnswerProblem.ofField(AnswerProblem.Kind.UNKNOWN_THRESHOLD, field,
						Phrase.given(given == null || given.isNull() ? "null" : given.toString()),
						Phrase.say("answers.threshold.number", new Phrase.ThresholdLabel(id), figure(entry.value())),
						words));
			}
		});
		return problems;
	}

	/** The figures the LEG adjusted, by threshold id; call once {@link #problems} found none. */
	public Map<String, Double> adjusted(AnswersDocument document) {
		Map<String, Double> adjusted = new LinkedHashMap<>();
		document.thresholds().forEach((id, given) -> {
			if (known.containsKey(id) && given != null && given.isNumber()) {
				adjusted.put(id, given.asDouble());
			}
		});
		return adjusted;
	}

	/** A figure as people write it: 4, not 4.0. */
	public static String figure(double value) {
		return value == Math.rint(value) && Math.abs(value) < 1e15 ? String.valueOf((long) value) : String.valueOf(value);
	}

}
