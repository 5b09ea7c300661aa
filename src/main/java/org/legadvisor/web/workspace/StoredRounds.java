package org.legadvisor.web.workspace;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.legadvisor.memory.Round;
import org.legadvisor.memory.StoredJson;
import org.springframework.stereotype.Component;

/** A LEG's stored rounds as its pages list them: numbered from the first, dated, with who entered them and counts. */
@Component
class StoredRounds {

	/** A round in a list: its number in the LEG (1 for the first), when and by whom, what it found. */
	record RoundRow(long id, int number, String enteredOn, String enteredBy, int findings, int actions) {
	}

	List<RoundRow> rows(List<Round> rounds, Locale locale) {
		List<RoundRow> rows = new ArrayList<>();
		for (int i = 0; i < rounds.size(); i++) {
			Round round = rounds.get(i);
			JsonNode report = StoredJson.tree(round.report());
			rows.add(new RoundRow(round.id(), i + 1, Dates.when(round.enteredAt(), locale), round.enteredBy(),
					report.path("findings").size(), report.path("actions").size()));
		}
		return rows;
	}

	/** Each round's row by id. */
	Map<Long, RoundRow> byId(List<RoundRow> rows) {
		Map<Long, RoundRow> byId = new LinkedHashMap<>();
		rows.forEach(row -> byId.put(row.id(), row));
		return byId;
	}

	/** The words of each answer of a stored report ({@code answers}: question id to the answer's words). */
	static Map<String, String> answerWords(Round round) {
		Map<String, String> words = new HashMap<>();
		for (JsonNode answer : StoredJson.tree(round.report()).path("answers")) {
			words.put(answer.path("question").asText(), answer.path("answerLabel").asText());
		}
		return words;
	}

	/** The title of each finding of a stored report, by the finding's id. */
	static Map<String, String> findingTitles(Round round) {
		Map<String, String> titles = new HashMap<>();
		for (JsonNode finding : StoredJson.tree(round.report()).path("findings")) {
			titles.putIfAbsent(finding.path("id").asText(), finding.path("title").asText());
		}
		return titles;
	}

}
