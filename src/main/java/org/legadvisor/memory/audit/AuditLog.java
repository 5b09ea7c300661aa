package org.legadvisor.memory.audit;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.legadvisor.knowledge.JsonFiles;
import org.legadvisor.memory.MemoryWords;
import org.legadvisor.memory.StoredJson;
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

	/**
	 * One change: when, who (an account's name, or the command line and its user, in words), to which LEG (null for
	 * none), what kind, to what, and what it became, in words.
	 */
	public record Entry(Instant at, String actor, Long legId, String what, String subject, String detail,
			String description) {
	}

	/**
	 * How a change made on the command line names its actor in the log: a form no account name can take (they have no
	 * colon), kept in no language and said in the reader's when read.
	 */
	private static final String COMMAND_LINE = "command-line:";

	/** The form English-only versions stored, read the same way. */
	private static final Pattern COMMAND_LINE_BEFORE = Pattern.compile("command line \\((.*)\\)");

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

	/**
	 * A change's detail kept in no language: named values (a count, a status, a role...) as a JSON object, said in
	 * the reader's words when read. {@code namesAndValues}: name, value, name, value...; a null value is left out.
	 */
	public static String detail(Object... namesAndValues) {
		ObjectNode detail = JsonFiles.mapper().createObjectNode();
		for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
			if (namesAndValues[i + 1] != null) {
				detail.set(namesAndValues[i].toString(), JsonFiles.mapper().valueToTree(namesAndValues[i + 1]));
			}
		}
		return detail.toString();
	}

	/** The actor of a change made on the command line by the system user {@code user}. */
	public static String commandLine(String user) {
		return COMMAND_LINE + user;
	}

	static Entry entry(Instant at, String actor, Long legId, String what, String subject, String detail) {
		String who = said(actor);
		String words = detailSaid(what, detail);
		return new Entry(at, who, legId, what, subject, words,
				MemoryWords.text("memory.audit." + what, who, subject == null ? "" : subject,
						words == null ? "" : words));
	}

	/** A detail in the reader's words; one stored in words by earlier versions (not a JSON object) as it was. */
	static String detailSaid(String what, String detail) {
		if (detail == null || !detail.startsWith("{")) {
			return detail;
		}
		JsonNode values = StoredJson.tree(detail);
		return switch (what) {
			case "round.saved" -> MemoryWords.text("memory.audit.findings", values.path("findings").asInt());
			case "account.created" -> values.path("administrator").asBoolean()
					? MemoryWords.text("memory.audit.administrator") : "";
			case "member.granted" -> MemoryWords.text("memory.audit.role",
					MemoryWords.text("memory.role." + values.path("role").asText()), values.path("leg").asText());
			case "plan.adopted", "plan.changed" -> MemoryWords.text("memory.audit.planItem",
					MemoryWords.text("memory.status." + values.path("status").asText()),
					values.path("owner").asText("-"), values.path("due").asText("-"));
			case "backup.imported" -> MemoryWords.text("memory.audit.exportedAt", values.path("exportedAt").asText());
			default -> detail;
		};
	}

	/** An actor in the reader's words: an account by its name, the command line said in the reader's language. */
	static String said(String actor) {
		if (actor != null && actor.startsWith(COMMAND_LINE)) {
			return MemoryWords.text("memory.audit.commandLine", actor.substring(COMMAND_LINE.length()));
		}
		Matcher before = actor == null ? null : COMMAND_LINE_BEFORE.matcher(actor);
		return before != null && before.matches() ? MemoryWords.text("memory.audit.commandLine", before.group(1))
				: actor;
	}

	private static String cut(String text, int max) {
		return text == null || text.length() <= max ? text : text.substring(0, max);
	}

}
