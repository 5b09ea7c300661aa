package org.legadvisor.memory.history;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.legadvisor.memory.MemoryException;
import org.legadvisor.memory.RoundLabel;
import org.legadvisor.memory.progress.StoredTexts;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A LEG's stored rounds as the command line reads them, straight from the database: the LEG found by its name (as a
 * person knows it) or its id, its rounds oldest first, numbered from 1.
 */
public final class StoredLegs {

	public record StoredLeg(long id, String name, String country) {
	}

	/** A round as kept, with its number in the LEG's history. */
	public record StoredRound(long id, int number, Instant enteredAt, String enteredBy, String ruleBaseVersion,
			String answers, String report) {

		public String label() {
			return RoundLabel.of(number, enteredAt, enteredBy);
		}

		/** How the round is named to a reader of the language of {@code texts}. */
		public String label(StoredTexts texts) {
			return texts.say("memory.round.numbered", number, RoundLabel.when(enteredAt), enteredBy);
		}
	}

	private final JdbcTemplate jdbc;

	public StoredLegs(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** The LEG of this name (letter case aside), or else of this id; refused, in words, if none or several. */
	public StoredLeg find(String nameOrId) {
		List<StoredLeg> named = jdbc.query("SELECT id, name, country FROM leg WHERE LOWER(name) = ? ORDER BY id",
				(row, n) -> new StoredLeg(row.getLong("id"), row.getString("name"), row.getString("country")),
				nameOrId.strip().toLowerCase(Locale.ROOT));
		if (named.size() == 1) {
			return named.get(0);
		}
		if (named.size() > 1) {
			throw MemoryException.invalid("memory.problem.legAmbiguous", nameOrId, named.size());
		}
		if (nameOrId.strip().matches("\\d{1,18}")) {
			List<StoredLeg> byId = jdbc.query("SELECT id, name, country FROM leg WHERE id = ?",
					(row, n) -> new StoredLeg(row.getLong("id"), row.getString("name"), row.getString("country")),
					Long.parseLong(nameOrId.strip()));
			if (!byId.isEmpty()) {
				return byId.get(0);
			}
		}
		List<String> names = jdbc.queryForList("SELECT name FROM leg ORDER BY name", String.class);
		throw MemoryException.invalid("memory.problem.noLegNamed", nameOrId,
				names.isEmpty() ? "-" : String.join(", ", names));
	}

	/** The LEG's rounds, oldest first, numbered from 1. */
	public List<StoredRound> rounds(StoredLeg leg) {
		List<StoredRound> rounds = new ArrayList<>();
		jdbc.query("SELECT id, entered_at, entered_by, rule_base_version, answers, report FROM leg_round "
				+ "WHERE leg_id = ? ORDER BY entered_at, id", row -> {
					rounds.add(new StoredRound(row.getLong("id"), rounds.size() + 1,
							row.getObject("entered_at", OffsetDateTime.class).toInstant(), row.getString("entered_by"),
							row.getString("rule_base_version"), row.getString("answers"), row.getString("report")));
				}, leg.id());
		return rounds;
	}

	/** The round of this number (1 for the first), refused in words if the LEG has none. */
	public static StoredRound numbered(StoredLeg leg, List<StoredRound> rounds, int number) {
		if (number < 1 || number > rounds.size()) {
			throw MemoryException.invalid("memory.problem.noRoundNumbered", leg.name(), number, rounds.size());
		}
		return rounds.get(number - 1);
	}

}
