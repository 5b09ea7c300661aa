package org.legadvisor.web.workspace;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.legadvisor.language.Translator;
import org.legadvisor.memory.Round;
import org.legadvisor.memory.StoredJson;
import org.legadvisor.memory.progress.StoredTexts;
import org.springframework.stereotype.Component;

/** A LEG's stored rounds as its pages list them: numbered from the first, dated, with who entered them and counts. */
@Component
class StoredRounds {

	private final Translator translator;

	StoredRounds(Translator translator) {
		this.translator = translator;
	}

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

	/** The texts of stored reports in the reader's language. */
	StoredTexts texts(Locale locale) {
		return StoredTexts.in(translator, locale);
	}

	/** The title of each finding of a stored report, by the finding's id, in the reader's language. */
	static Map<String, String> findingTitles(Round round, StoredTexts texts) {
		Map<String, String> titles = new HashMap<>();
		for (JsonNode finding : StoredJson.tree(round.report()).path("findings")) {
			String id = finding.path("id").asText();
			titles.putIfAbsent(id, texts.findingTitle(id, finding.path("title").asText()));
		}
		return titles;
	}

}
