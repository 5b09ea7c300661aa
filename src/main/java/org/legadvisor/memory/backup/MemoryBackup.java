package org.legadvisor.memory.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import org.legadvisor.knowledge.JsonFiles;
import org.legadvisor.memory.MemoryException;
import org.legadvisor.memory.audit.AuditLog;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every stored table as one JSON document, and back: LEGs, accounts (their password hashes), memberships, rounds,
 * plan items, the audit log and drafts, row by row with their ids, so that links between them and the addresses
 * clients keep stay valid. A backup is restored into an empty database only (of any kind: H2 to PostgreSQL and back),
 * in one transaction: either everything is restored or nothing. The document names the schema it was taken from;
 * each row is written with the column names and values of the database, times in ISO 8601.
 */
public final class MemoryBackup {

	public static final String FORMAT = "leg-advisor-backup";

	public static final int FORMAT_VERSION = 1;

	/** In an order where every row comes after the rows it refers to. */
	static final List<String> TABLES = List.of("account", "leg", "membership", "leg_round", "plan_item",
			"audit_entry", "leg_draft");

	/** The tables whose ids come from an identity column, to be continued after the highest id restored. */
	static final List<String> IDENTITIES = List.of("account", "leg", "membership", "leg_round", "plan_item",
			"audit_entry");

	/** How much a restore restored, table by table. */
	public record Restored(Map<String, Integer> rows) {
	}

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transaction;

	public MemoryBackup(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.transaction = new TransactionTemplate(transactions);
	}

	/** Writes every table, row by row, in one read-only transaction (a consistent snapshot). */
	public void export(OutputStream out, Instant now) throws IOException {
		TransactionTemplate snapshot = new TransactionTemplate(transaction.getTransactionManager());
		snapshot.setReadOnly(true);
		snapshot.setIsolationLevel(TransactionTemplate.ISOLATION_REPEATABLE_READ);
		try (JsonGenerator json = JsonFiles.mapper().getFactory().createGenerator(out)) {
			json.useDefaultPrettyPrinter();
			snapshot.executeWithoutResult(status -> write(json, now));
		}
		catch (java.io.UncheckedIOException e) {
			throw e.getCause();
		}
	}

	private void write(JsonGenerator json, Instant now) {
		try {
			json.writeStartObject();
			json.writeStringField("format", FORMAT);
			json.writeNumberField("formatVersion", FORMAT_VERSION);
			json.writeStringField("schemaVersion", schemaVersion());
			json.writeStringField("exportedAt", now.toString());
			json.writeObjectFieldStart("tables");
			for (String table : TABLES) {
				json.writeArrayFieldStart(table);
				jdbc.query("SELECT * FROM " + table + " ORDER BY " + (table.equals("leg_draft") ? "leg_id" : "id"),
						row -> {
							try {
								writeRow(json, row);
							}
							catch (IOException e) {
								throw new java.io.UncheckedIOException(e);
							}
						});
				json.writeEndArray();
			}
			json.writeEndObject();
			json.writeEndObject();
		}
		catch (IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}

	private static void writeRow(JsonGenerator json, java.sql.ResultSet row) throws SQLException, IOException {
		ResultSetMetaData columns = row.getMetaData();
		json.writeStartObject();
		for (int i = 1; i <= columns.getColumnCount(); i++) {
			String name = columns.getColumnLabel(i).toLowerCase(Locale.ROOT);
			Object value = switch (kind(columns.getColumnType(i), columns.getColumnTypeName(i))) {
				case TIME -> row.getObject(i, OffsetDateTime.class);
				case DATE -> row.getObject(i, LocalDate.class);
				default -> row.getObject(i);
			};
			json.writeFieldName(name);
			if (value == null) {
				json.writeNull();
			}
			else if (value instanceof Number number) {
				json.writeNumber(number.longValue());
			}
			else if (value instanceof Boolean flag) {
				json.writeBoolean(flag);
			}
			else if (value instanceof OffsetDateTime time) {
				json.writeString(time.toInstant().toString());
			}
			else {
				json.writeString(value.toString());
			}
		}
		json.writeEndObject();
	}

	/** Restores a backup into this database, which must hold no stored data; all or nothing. */
	public Restored restore(InputStream in, String actor) throws IOException {
		JsonNode backup = JsonFiles.mapper().readTree(in);
		if (backup == null || !FORMAT.equals(backup.path("format").asText())) {
			throw MemoryException.invalid("memory.problem.notABackup");
		}
		if (backup.path("formatVersion").asInt() > FORMAT_VERSION) {
			throw MemoryException.invalid("memory.problem.newerBackup", backup.path("formatVersion").asInt(),
					FORMAT_VERSION);
		}
		return transaction.execute(status -> {
			refuseIfNotEmpty();
			Map<String, Integer> rows = new LinkedHashMap<>();
			for (String table : TABLES) {
				rows.put(table, insert(table, backup.path("tables").path(table)));
			}
			for (String table : IDENTITIES) {
				Long highest = jdbc.queryForObject("SELECT MAX(id) FROM " + table, Long.class);
				jdbc.execute("ALTER TABLE " + table + " ALTER COLUMN id RESTART WITH " + (highest == null ? 1 : highest + 1));
			}
			jdbc.update("INSERT INTO audit_entry (happened_at, actor, what, detail) VALUES (?, ?, 'backup.imported', ?)",
					java.sql.Timestamp.from(Instant.now()), actor,
					AuditLog.detail("exportedAt", backup.path("exportedAt").asText()));
			return new Restored(rows);
		});
	}

	private void refuseIfNotEmpty() {
		for (String table : TABLES) {
			Integer count = jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Integer.class);
			if (count != null && count > 0) {
				Integer legs = jdbc.queryForObject("SELECT COUNT(*) FROM leg", Integer.class);
				Integer accounts = jdbc.queryForObject("SELECT COUNT(*) FROM account", Integer.class);
				throw MemoryException.conflict("memory.problem.notEmpty", legs, accounts);
			}
		}
	}

	private int insert(String table, JsonNode rows) {
		if (!rows.isArray() || rows.isEmpty()) {
			return 0;
		}
		Map<String, Kind> columns = columns(table);
		List<String> names = new ArrayList<>();
		rows.get(0).fieldNames().forEachRemaining(names::add);
		for (String name : names) {
			if (!columns.containsKey(name)) {
				throw MemoryException.invalid("memory.problem.unknownColumn", table, name);
			}
		}
		String sql = "INSERT INTO " + table + " (" + String.join(", ", names) + ") VALUES ("
				+ String.join(", ", names.stream().map(n -> "?").toList()) + ")";
		List<Object[]> values = new ArrayList<>();
		for (Iterator<JsonNode> it = rows.elements(); it.hasNext();) {
			JsonNode row = it.next();
			values.add(names.stream().map(name -> value(row.get(name), columns.get(name))).toArray());
		}
		jdbc.batchUpdate(sql, values);
		return values.size();
	}

	private Map<String, Kind> columns(String table) {
		return jdbc.query("SELECT * FROM " + table + " WHERE 1 = 0", result -> {
			ResultSetMetaData meta = result.getMetaData();
			Map<String, Kind> kinds = new LinkedHashMap<>();
			for (int i = 1; i <= meta.getColumnCount(); i++) {
				kinds.put(meta.getColumnLabel(i).toLowerCase(Locale.ROOT),
						kind(meta.getColumnType(i), meta.getColumnTypeName(i)));
			}
			return kinds;
		});
	}

	private static Object value(JsonNode value, Kind kind) {
		if (value == null || value.isNull()) {
			return null;
		}
		return switch (kind) {
			case TIME -> OffsetDateTime.parse(value.asText());
			case DATE -> LocalDate.parse(value.asText());
			case NUMBER -> value.asLong();
			case FLAG -> value.asBoolean();
			case TEXT -> value.asText();
		};
	}

	private enum Kind {
		TIME, DATE, NUMBER, FLAG, TEXT
	}

	private static Kind kind(int type, String typeName) {
		return switch (type) {
			case Types.TIMESTAMP, Types.TIMESTAMP_WITH_TIMEZONE -> Kind.TIME;
			case Types.DATE -> Kind.DATE;
			case Types.BIGINT, Types.INTEGER, Types.SMALLINT -> Kind.NUMBER;
			case Types.BOOLEAN, Types.BIT -> Kind.FLAG;
			default -> Kind.TEXT;
		};
	}

	private String schemaVersion() {
		return jdbc.queryForObject("SELECT MAX(\"version\") FROM \"flyway_schema_history\" WHERE \"success\" = TRUE",
				String.class);
	}

}
