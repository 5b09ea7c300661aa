package org.legadvisor.memory.backup;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.legadvisor.assessment.Advisor;
import org.legadvisor.engine.LiveRuleBase;
import org.legadvisor.knowledge.JsonFiles;
import org.legadvisor.knowledge.KnowledgeBase;
import org.legadvisor.questionnaire.AnswersDocument;
import org.legadvisor.questionnaire.AnswersReader;
import org.legadvisor.questionnaire.Questionnaire;
import org.legadvisor.report.Report;
import org.legadvisor.report.ReportBuilder;
import org.legadvisor.report.ReportFormat;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Stored data as the service keeps it, written straight into a database made by the service's migrations: a LEG
 * ("Freedonia LEG") with a donor-led round, then a well-functioning one (answers and reports produced by the real
 * rules), a second LEG with one round, an account, memberships, a plan item, audit entries and a draft. For the
 * commands that read an H2 data folder while no service holds it open, and for the backups' round trips.
 */
public final class StoredDataFixture {

	public static final String LEG = "Freedonia LEG";

	public static final Path DONOR_LED = Path.of("knowledge-base/examples/donor-chaired-no-tor.json");

	public static final Path WELL_FUNCTIONING = Path.of("knowledge-base/examples/established-leg.json");

	private StoredDataFixture() {
	}

	/** The H2 database of a data folder, as {@code serve --data} opens it. */
	public static DataSource h2(Path data) {
		JdbcDataSource database = new JdbcDataSource();
		// As the service opens it (WRITE_DELAY=0), and kept open between the fixture's statements rather than closed and
		// opened again for each one (DB_CLOSE_DELAY=-1).
		database.setURL("jdbc:h2:file:" + data.toAbsolutePath().resolve("leg-advisor")
				+ ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0;DB_CLOSE_DELAY=-1");
		return database;
	}

	public static DataSource migrated(DataSource database) {
		Flyway.configure().dataSource(database).load().migrate();
		return database;
	}

	/** Fills a migrated, empty database. */
	public static void fill(DataSource database) throws Exception {
		JdbcTemplate jdbc = new JdbcTemplate(database);
		Instant start = Instant.parse("2026-03-01T09:30:00Z");
		jdbc.update("INSERT INTO account (username, password_hash, administrator, created_at) VALUES (?, ?, ?, ?)",
				"amina", "{bcrypt}$2a$10$abcdefghijklmnopqrstuu5Y8bq6fMZ9y3k1bdWl6Ut0rH2Bq5x6a", false, at(start));
		long leg = legId(jdbc, LEG, "Freedonia", start);
		long other = legId(jdbc, "Sylvania LEG", null, start);
		jdbc.update("INSERT INTO membership (leg_id, username, role) VALUES (?, 'admin', 'coordinator')", leg);
		jdbc.update("INSERT INTO membership (leg_id, username, role) VALUES (?, 'amina', 'viewer')", leg);
		jdbc.update("INSERT INTO membership (leg_id, username, role) VALUES (?, 'admin', 'coordinator')", other);
		try (LiveRuleBase rules = LiveRuleBase.load(Path.of("rules"))) {
			Questionnaire questionnaire = Questionnaire.load(Path.of("knowledge-base/questionnaire.json"));
			KnowledgeBase knowledge = KnowledgeBase.load(Path.of("knowledge-base"));
			Advisor advisor = new Advisor(questionnaire, knowledge, rules);
			ReportBuilder reports = new ReportBuilder(questionnaire, knowledge);
			round(jdbc, advisor, reports, leg, DONOR_LED, start.plusSeconds(3600), "admin");
			round(jdbc, advisor, reports, leg, WELL_FUNCTIONING, start.plusSeconds(86_400 * 180), "amina");
			round(jdbc, advisor, reports, other, DONOR_LED, start.plusSeconds(7200), "admin");
		}
		jdbc.update("INSERT INTO plan_item (leg_id, action_id, owner_name, due_on, status, reason, notes, status_since, "
				+ "updated_by, updated_at, version) VALUES (?, 'A-TOR-DRAFT', 'Planning unit', ?, 'in_progress', NULL, "
				+ "'started, \"quoted\"', ?, 'admin', ?, 3)", leg, LocalDate.of(2026, 6, 30), at(start), at(start));
		jdbc.update("INSERT INTO audit_entry (happened_at, actor, leg_id, what, subject, detail) VALUES (?, 'admin', ?, "
				+ "'leg.created', ?, NULL)", at(start), leg, LEG);
		jdbc.update("INSERT INTO audit_entry (happened_at, actor, leg_id, what, subject, detail) VALUES (?, 'admin', "
				+ "NULL, 'account.created', 'amina', NULL)", at(start));
		jdbc.update("INSERT INTO leg_draft (leg_id, answers, saved_by, saved_at) VALUES (?, ?, 'amina', ?)", other,
				"{\"leg\":{\"name\":\"Sylvania LEG\"},\"answers\":{\"tor.exists\":\"partly\"}}", at(start));
	}

	private static long legId(JdbcTemplate jdbc, String name, String country, Instant at) {
		jdbc.update("INSERT INTO leg (name, country, language, created_by, created_at) VALUES (?, ?, 'en', 'admin', ?)",
				name, country, at(at));
		return jdbc.queryForObject("SELECT id FROM leg WHERE name = ?", Long.class, name);
	}

	private static void round(JdbcTemplate jdbc, Advisor advisor, ReportBuilder reports, long leg, Path answersFile,
			Instant at, String by) throws Exception {
		AnswersDocument answers = new AnswersReader().read(answersFile);
		Report report = reports.build(advisor.assess(answers));
		jdbc.update("INSERT INTO leg_round (leg_id, answers, report, rule_base_version, questionnaire_version, "
				+ "entered_by, entered_at) VALUES (?, ?, ?, ?, ?, ?, ?)", leg,
				JsonFiles.mapper().writeValueAsString(answers), ReportFormat.json.render(report),
				report.ruleBase().version(), answers.questionnaireVersion(), by, at(at));
	}

	private static Timestamp at(Instant instant) {
		return Timestamp.from(instant);
	}

	/** A fresh, empty data folder. */
	public static Path folder(String prefix) throws java.io.IOException {
		return Files.createTempDirectory(prefix);
	}

}
