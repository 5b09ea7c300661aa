package org.legadvisor.cli.memory;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import javax.sql.DataSource;

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

	/** Why the stored data could not be opened, in words. */
	static final class Unavailable extends Exception {

		Unavailable(String message) {
			super(message);
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
			throw new Unavailable("No saved LEGs in " + data + " (there is no database there): give the folder that "
					+ "'leg-advisor serve --data' uses, or set SPRING_DATASOURCE_URL for PostgreSQL.");
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
			throw new Unavailable(why(e, data));
		}
	}

	/** The database named in the environment instead of the H2 file, if any. */
	static Optional<String> otherDatabase() {
		String url = System.getProperty("spring.datasource.url", System.getenv("SPRING_DATASOURCE_URL"));
		return url == null || url.isBlank() ? Optional.empty() : Optional.of(url);
	}

	private static String why(Throwable failure, Path data) {
		Throwable root = failure;
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (String.valueOf(cause.getMessage()).contains("already in use")) {
				return "The saved data in " + data + " is open in a running service ('leg-advisor serve'): stop it "
						+ "first, or use the service's API.";
			}
			root = cause;
		}
		String where = otherDatabase().map(url -> "the database " + url.replaceAll("password=[^&;]*", "password=..."))
			.orElse(data.toString());
		return "Could not open the saved data in " + where + ": " + root.getMessage();
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
