package org.legadvisor.memory.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.Instant;

import javax.sql.DataSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.legadvisor.knowledge.JsonFiles;
import org.legadvisor.memory.MemoryException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

/**
 * A backup's round trip: stored data on H2 exported, imported into an empty database of each kind (H2:
 * {@link H2MemoryBackupTest}; PostgreSQL: {@link PostgresMemoryBackupTest}) and exported again gives back every row
 * as it was; a database that already holds data is refused and left as it was.
 */
abstract class MemoryBackupContract {

	static final Instant EXPORTED = Instant.parse("2026-12-01T12:00:00Z");

	@TempDir
	Path folder;

	DataSource source;

	DataSource target;

	/** An empty database made by the service's migrations. */
	abstract DataSource emptyTarget() throws Exception;

	void dropTarget() throws Exception {
	}

	@BeforeEach
	void databases() throws Exception {
		source = StoredDataFixture.migrated(StoredDataFixture.h2(folder.resolve("source")));
		StoredDataFixture.fill(source);
		target = emptyTarget();
	}

	@AfterEach
	void drop() throws Exception {
		dropTarget();
	}

	@Test
	void everyRowComesBackAsItWasExported() throws Exception {
		byte[] backup = export(source);

		MemoryBackup.Restored restored = backup(target).restore(new ByteArrayInputStream(backup), "tester");

		assertThat(restored.rows()).containsEntry("leg", 2).containsEntry("leg_round", 3).containsEntry("account", 1)
			.containsEntry("membership", 3).containsEntry("plan_item", 1).containsEntry("audit_entry", 2)
			.containsEntry("leg_draft", 1);
		JsonNode before = JsonFiles.mapper().readTree(backup);
		JsonNode after = JsonFiles.mapper().readTree(export(target));
		ArrayNode audit = (ArrayNode) after.get("tables").get("audit_entry");
		JsonNode restoreEntry = audit.remove(audit.size() - 1);
		assertThat(restoreEntry.get("what").asText()).isEqualTo("backup.imported");
		assertThat(restoreEntry.get("actor").asText()).isEqualTo("tester");
		assertThat(after.get("tables")).isEqualTo(before.get("tables"));
		assertThat(before.get("tables").get("leg_round").get(0).get("report").asText()).contains("\"findings\"");
		assertThat(before.get("tables").get("account").get(0).get("password_hash").asText()).startsWith("{bcrypt}");
	}

	@Test
	void newRowsAfterARestoreTakeIdsAfterTheRestoredOnes() throws Exception {
		backup(target).restore(new ByteArrayInputStream(export(source)), "tester");
		JdbcTemplate jdbc = new JdbcTemplate(target);

		jdbc.update("INSERT INTO leg (name, created_by, created_at) VALUES ('New LEG', 'admin', CURRENT_TIMESTAMP)");

		Long highestBefore = new JdbcTemplate(source).queryForObject("SELECT MAX(id) FROM leg", Long.class);
		assertThat(jdbc.queryForObject("SELECT id FROM leg WHERE name = 'New LEG'", Long.class))
			.isGreaterThan(highestBefore);
	}

	@Test
	void aDatabaseThatHoldsDataIsRefusedAndLeftAsItWas() throws Exception {
		byte[] backup = export(source);
		backup(target).restore(new ByteArrayInputStream(backup), "tester");
		byte[] once = export(target);

		assertThatThrownBy(() -> backup(target).restore(new ByteArrayInputStream(backup), "tester"))
			.isInstanceOf(MemoryException.class).hasMessageContaining("2 LEGs, 1 accounts")
			.hasMessageContaining("empty");
		assertThat(JsonFiles.mapper().readTree(export(target))).isEqualTo(JsonFiles.mapper().readTree(once));
	}

	@Test
	void aFileThatIsNotABackupIsRefusedInWords() {
		assertThatThrownBy(() -> backup(target).restore(new ByteArrayInputStream("{\"legs\": []}".getBytes()), "t"))
			.isInstanceOf(MemoryException.class).hasMessageContaining("not a backup");
	}

	private static byte[] export(DataSource database) throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		backup(database).export(out, EXPORTED);
		return out.toByteArray();
	}

	private static MemoryBackup backup(DataSource database) {
		return new MemoryBackup(new JdbcTemplate(database), new DataSourceTransactionManager(database));
	}

}
