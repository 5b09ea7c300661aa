package org.legadvisor.memory.audit;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

import org.legadvisor.memory.MemoryWords;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who changed what and when in the stored data. Each entry is written in the transaction of the change it records
 * (a change rolled back leaves no entry; an entry that cannot be written rolls the change back). Reading is for the
 * callers to allow: a LEG's coordinators and administrators its entries, administrators all.
 */
@Service
public class AuditLog {

	/** The kinds of change recorded; each has its sentence in messages.properties ({@code memory.audit.<kind>}). */
	public enum What {
		LEG_CREATED("leg.created"), ROUND_SAVED("round.saved"), PLAN_ADOPTED("plan.adopted"),
		PLAN_CHANGED("plan.changed"), ACCOUNT_CREATED("account.created"), MEMBER_GRANTED("member.granted"),
		BACKUP_IMPORTED("backup.imported");

		private final String code;

		What(String code) {
			this.code = code;
		}

		public String code() {
			return code;
		}
	}

	/** One change: when, who, to which LEG (null for none), what kind, to what, and what it became, in words. */
	public record Entry(Instant at, String actor, Long legId, String what, String subject, String detail,
			String description) {
	}

	static final int MAX_SUBJECT = 300;

	static final int MAX_DETAIL = 2000;

	private static final RowMapper<Entry> ENTRY = (row, n) -> entry(
			row.getObject("happened_at", OffsetDateTime.class).toInstant(), row.getString("actor"),
			(Long) row.getObject("leg_id", Long.class), row.getString("what"), row.getString("subject"),
			row.getString("detail"));

	private final JdbcTemplate jdbc;

	private final Clock clock;

	AuditLog(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Records a change, in the caller's transaction (there must be one: a change is never recorded apart). */
	@Transactional(propagation = Propagation.MANDATORY)
	public void record(String actor, Long legId, What what, String subject, String detail) {
		jdbc.update("INSERT INTO audit_entry (happened_at, actor, leg_id, what, subject, detail) VALUES (?, ?, ?, ?, ?, ?)",
				Timestamp.from(clock.instant()), actor, legId, what.code(), cut(subject, MAX_SUBJECT),
				cut(detail, MAX_DETAIL));
	}

	/** A LEG's entries, newest first. */
	@Transactional(readOnly = true)
	public List<Entry> ofLeg(long legId) {
		return jdbc.query("SELECT * FROM audit_entry WHERE leg_id = ? ORDER BY happened_at DESC, id DESC", ENTRY, legId);
	}

	/** Every entry, newest first, at most {@code limit}. */
	@Transactional(readOnly = true)
	public List<Entry> all(int limit) {
		return jdbc.query("SELECT * FROM audit_entry ORDER BY happened_at DESC, id DESC FETCH FIRST ? ROWS ONLY", ENTRY,
				limit);
	}

	static Entry entry(Instant at, String actor, Long legId, String what, String subject, String detail) {
		return new Entry(at, actor, legId, what, subject, detail,
				MemoryWords.text("memory.audit." + what, actor, subject == null ? "" : subject,
						detail == null ? "" : detail));
	}

	private static String cut(String text, int max) {
		return text == null || text.length() <= max ? text : text.substring(0, max);
	}

}
