package org.legadvisor.memory.backup;

import java.util.UUID;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.extension.ExtendWith;
import org.legadvisor.memory.PostgresGiven;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A backup of H2 restored into PostgreSQL, when one is given ({@link PostgresGiven}): into a schema of its own, made
 * empty for each test and dropped after it.
 */
@ExtendWith(PostgresGiven.class)
class PostgresMemoryBackupTest extends MemoryBackupContract {

	private String schema;

	@Override
	DataSource emptyTarget() {
		schema = "backup_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
		PGSimpleDataSource database = new PGSimpleDataSource();
		database.setURL(PostgresGiven.url());
		new JdbcTemplate(database).execute("CREATE SCHEMA " + schema);
		database.setCurrentSchema(schema);
		Flyway.configure().dataSource(database).schemas(schema).load().migrate();
		return database;
	}

	@Override
	void dropTarget() {
		if (schema != null) {
			PGSimpleDataSource database = new PGSimpleDataSource();
			database.setURL(PostgresGiven.url());
			new JdbcTemplate(database).execute("DROP SCHEMA " + schema + " CASCADE");
		}
	}

}
