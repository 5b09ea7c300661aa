package org.legadvisor.memory.impact;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.legadvisor.memory.MemoryWords;
import org.legadvisor.memory.RoundLabel;
import org.legadvisor.questionnaire.AnswersReader;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every stored round as a case to re-run: grouped by LEG (by name; a second LEG of the same name is told apart by its
 * country or its order), numbered in each LEG's history. Only the answers are read, not the reports.
 */
public final class StoredRoundCases {

	private static final String ALL = "SELECT l.id AS leg_id, l.name, l.country, r.entered_at, r.entered_by, r.answers "
			+ "FROM leg_round r JOIN leg l ON l.id = r.leg_id ORDER BY l.name, l.id, r.entered_at, r.id";

	private StoredRoundCases() {
	}

	public static List<ImpactCase> all(JdbcTemplate jdbc) {
		List<ImpactCase> cases = new ArrayList<>();
		Map<Long, String> groups = new HashMap<>();
		Map<Long, Integer> numbers = new HashMap<>();
		jdbc.query(ALL, (ResultSet row) -> {
			long leg = row.getLong("leg_id");
			String name = row.getString("name");
			String country = row.getString("country");
			String group = groups.computeIfAbsent(leg, id -> distinct(name, country, groups.values()));
			int number = numbers.merge(leg, 1, Integer::sum);
			String answers = row.getString("answers");
			String label = RoundLabel.of(number, row.getObject("entered_at", OffsetDateTime.class).toInstant(),
					row.getString("entered_by"));
			cases.add(new ImpactCase(group, label, () -> new AnswersReader()
				.read(new ByteArrayInputStream(answers.getBytes(StandardCharsets.UTF_8)))));
		});
		return cases;
	}

	/** The LEG's name, or with its country, or a number, when another LEG already goes by it. */
	private static String distinct(String name, String country, Collection<String> taken) {
		if (!taken.contains(name)) {
			return name;
		}
		String withCountry = country == null ? name : MemoryWords.text("memory.impact.legOf", name, country);
		for (int n = 2; taken.contains(withCountry); n++) {
			withCountry = MemoryWords.text("memory.impact.legNumbered", name, n);
		}
		return withCountry;
	}

}
