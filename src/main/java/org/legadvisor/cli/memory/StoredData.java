package org.legadvisor.cli.memory;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import javax.sql.DataSource;

import org.legadvisor.cli.CliLanguage;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.flyway.FlywayAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.JdbcTemplateAutoConfiguration;
import org.springframework.boot.autoconfigure.transaction.TransactionAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The service's database, opened by a command that reads or writes stored data: the same settings as {@code serve}
 * (an H2 file under {@code --data}, or {@code spring.datasource.*} from the environment, e.g. PostgreSQL), its schema
 * brought up to date by the same Flyway migrations, and nothing else of the service (no web, no rules). Closed when
 * the command ends.
 */
final class StoredData implements AutoCloseable {

	/** The H2 file {@code serve} keeps in its data folder (application.properties: spring.datasource.url). */
	static final String H2_FILE = "leg-advisor.mv.db";

	@SpringBootConfiguration(proxyBeanMethods = false)
	@ImportAutoConfiguration({ DataSourceAutoConfiguration.class, FlywayAutoConfiguration.class,
			DataSourceTransactionManagerAutoConfiguration.class, TransactionAutoConfiguration.class,
			JdbcTemplateAutoConfiguration.class })
	static class Database {
	}

	/** Why the stored data could not be opened: a message of the bundle {@code cli}, and what fills it in. */
	static final class Unavailable extends Exception {

		private final String key;

		private final transient Object[] args;

		Unavailable(String key, Object... args) {
			super(key);
			this.key = key;
			this.args = args;
		}

		/** The reason in the command's language. */
		String in(CommandSpec spec) {
			return CliLanguage.say(spec, key, args);
		}
	}

	private final ConfigurableApplicationContext context;

	private StoredData(ConfigurableApplicationContext context) {
		this.context = context;
	}

	/**
	 * Opens the database of {@code data}; with {@code mustExist}, an H2 folder without a database is refused rather
	 * than created (a command that only reads has nothing to read there).
	 */
	static StoredData open(Path data, boolean mustExist) throws Unavailable {
		if (mustExist && otherDatabase().isEmpty() && !Files.exists(data.resolve(H2_FILE))) {
			throw new Unavailable("data.none", data);
		}
		SpringApplication application = new SpringApplication(Database.class);
		application.setWebApplicationType(WebApplicationType.NONE);
		application.setRegisterShutdownHook(false);
		try {
			return new StoredData(application.run("--leg-advisor.data=" + data.toAbsolutePath(),
					"--logging.level.org.springframework.boot.SpringApplication=OFF",
					"--logging.level.org.springframework.boot.diagnostics.LoggingFailureAnalysisReporter=OFF",
					"--spring.main.log-startup-info=false"));
		}
		catch (RuntimeException e) {
			throw why(e, data);
		}
	}

	/** The database named in the environment instead of the H2 file, if any. */
	static Optional<String> otherDatabase() {
		String url = System.getProperty("spring.datasource.url", System.getenv("SPRING_DATASOURCE_URL"));
		return url == null || url.isBlank() ? Optional.empty() : Optional.of(url);
	}

	private static Unavailable why(Throwable failure, Path data) {
		Throwable root = failure;
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (String.valueOf(cause.getMessage()).contains("already in use")) {
				return new Unavailable("data.inUse", data);
			}
			root = cause;
		}
		String reason = root.getMessage();
		return otherDatabase()
			.map(url -> new Unavailable("data.unopenedDatabase", url.replaceAll("password=[^&;]*", "password=..."),
					reason))
			.orElseGet(() -> new Unavailable("data.unopened", data, reason));
	}

	JdbcTemplate jdbc() {
		return context.getBean(JdbcTemplate.class);
	}

	DataSource dataSource() {
		return context.getBean(DataSource.class);
	}

	PlatformTransactionManager transactions() {
		return context.getBean(PlatformTransactionManager.class);
	}

	@Override
	public void close() {
		context.close();
	}

}
