package org.legadvisor.memory.draft;

import java.io.IOException;
import java.io.InputStream;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import org.legadvisor.knowledge.JsonFiles;
import org.legadvisor.memory.MemoryException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each LEG's draft answers, kept on the server as they are typed so that a colleague can continue: one per LEG, the
 * last writer's (each save says whose draft it replaced, and when), cleared when a round is saved. Who may read and
 * write them is for the callers to check (the LEG's coordinators).
 */
@Service
public class Drafts {

	/** The most a draft may weigh, as sent: an answers document is a few KB; this leaves room for long free texts. */
	public static final int MAX_BYTES = 256 * 1024;

	/** A draft: the answers document as sent, who saved it and when. */
	public record Draft(String answers, String savedBy, Instant savedAt) {
	}

	/** A save: who and when, and the draft it replaced (null if there was none). */
	public record Saved(String savedBy, Instant savedAt, Replaced replaced) {
	}

	public record Replaced(String savedBy, Instant savedAt) {
	}

	private final JdbcTemplate jdbc;

	private final Clock clock;

	Drafts(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * The draft a request carries, as compact JSON: any JSON object, complete or not (it is checked when the round is
	 * saved, not before), of at most {@link #MAX_BYTES}; anything else is refused in words.
	 */
	public static String checked(InputStream body) throws IOException {
		byte[] bytes = body.readNBytes(MAX_BYTES + 1);
		if (bytes.length > MAX_BYTES) {
			throw MemoryException.invalid("memory.problem.draftTooLarge", MAX_BYTES / 1024);
		}
		JsonNode draft;
		try {
			draft = JsonFiles.mapper().readTree(bytes);
		}
		catch (JsonProcessingException e) {
			throw MemoryException.invalid("memory.problem.draftNotJson", e.getOriginalMessage());
		}
		if (draft == null || !draft.isObject()) {
			throw MemoryException.invalid("memory.problem.draftNotObject");
		}
		return draft.toString();
	}

	@Transactional
	public Saved save(long legId, String answers, String username) {
		Optional<Draft> before = find(legId);
		Instant now = clock.instant();
		int updated = jdbc.update("UPDATE leg_draft SET answers = ?, saved_by = ?, saved_at = ? WHERE leg_id = ?",
				answers, username, Timestamp.from(now), legId);
		if (updated == 0) {
			jdbc.update("INSERT INTO leg_draft (leg_id, answers, saved_by, saved_at) VALUES (?, ?, ?, ?)", legId,
					answers, username, Timestamp.from(now));
		}
		return new Saved(username, now, before.map(d -> new Replaced(d.savedBy(), d.savedAt())).orElse(null));
	}

	@Transactional(readOnly = true)
	public Optional<Draft> find(long legId) {
		List<Draft> found = jdbc.query("SELECT answers, saved_by, saved_at FROM leg_draft WHERE leg_id = ?",
				(row, n) -> new Draft(row.getString("answers"), row.getString("saved_by"),
						row.getObject("saved_at", OffsetDateTime.class).toInstant()), legId);
		return found.stream().findFirst();
	}

	/** Clears the LEG's draft, in the caller's transaction (a round saved). */
	@Transactional
	public void clear(long legId) {
		jdbc.update("DELETE FROM leg_draft WHERE leg_id = ?", legId);
	}

}
