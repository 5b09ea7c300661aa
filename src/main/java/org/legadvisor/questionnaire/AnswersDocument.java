package org.legadvisor.questionnaire;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What a coordinating agency submits: the questionnaire version it answered, which LEG, and the answers by
 * question id, still unchecked; optionally, the figures the LEG adjusts for itself ({@code thresholds}, by threshold
 * id of knowledge-base/thresholds.json, checked by {@link LegThresholds}).
 */
public record AnswersDocument(String questionnaireVersion, Leg leg, Map<String, JsonNode> answers,
		Map<String, JsonNode> thresholds) {

	/** Identifies the LEG assessed. Only the name is required. */
	public record Leg(String name, String country, String assessedOn, String respondent) {
	}

	public AnswersDocument {
		answers = answers == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(answers));
		thresholds = thresholds == null ? Map.of()
				: java.util.Collections.unmodifiableMap(new LinkedHashMap<>(thresholds));
	}

	/** A document that adjusts no threshold. */
	public AnswersDocument(String questionnaireVersion, Leg leg, Map<String, JsonNode> answers) {
		this(questionnaireVersion, leg, answers, null);
	}

	/** This document with some answers replaced; a JSON null (or Java null) removes the answer. */
	public AnswersDocument withChanges(Map<String, JsonNode> changes) {
		Map<String, JsonNode> changed = new LinkedHashMap<>(answers);
		changes.forEach((question, value) -> {
			if (value == null || value.isNull()) {
				changed.remove(question);
			}
			else {
				changed.put(question, value);
			}
		});
		return new AnswersDocument(questionnaireVersion, leg, changed, thresholds);
	}

}
