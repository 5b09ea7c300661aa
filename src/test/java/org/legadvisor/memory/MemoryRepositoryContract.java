package org.legadvisor.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.legadvisor.knowledge.JsonFiles;
import org.legadvisor.memory.audit.AuditLog;
import org.legadvisor.memory.draft.Drafts;
import org.legadvisor.memory.plan.ActionPlan;
import org.legadvisor.memory.plan.PlanItem;
import org.legadvisor.memory.plan.PlanStatus;
import org.legadvisor.memory.progress.Progress;
import org.legadvisor.memory.progress.ProgressTracker;
import org.legadvisor.questionnaire.AnswersDocument;
import org.legadvisor.questionnaire.AnswersReader;
import org.legadvisor.web.LegAdvisorApplication;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What the LEG's memory keeps and how, on a real database: run on H2 ({@link H2MemoryRepositoryTest}) and on
 * PostgreSQL ({@link PostgresMemoryRepositoryTest}) alike.
 */
@SpringBootTest(classes = LegAdvisorApplication.class)
abstract class MemoryRepositoryContract {

	static final Path DONOR_LED = Path.of("knowledge-base/examples/donor-chaired-no-tor.json");

	static final Path WELL_FUNCTIONING = Path.of("knowledge-base/examples/established-leg.json");

	@Autowired
	LegWorkspaces workspaces;

	@Autowired
	Rounds rounds;

	@Autowired
	ActionPlan plan;

	@Autowired
	ProgressTracker progress;

	@Autowired
	StoredAccounts accounts;

	@Autowired
	AccountRepository accountRepository;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	AuditLog audit;

	@Autowired
	Drafts drafts;

	final Caller admin = new Caller("admin", true);

	@Test
	void keepsARoundsAnswersAndReportExactlyAsProduced() throws Exception {
		Leg leg = workspaces.create("Kept round " + UUID.randomUUID(), "Freedonia", "fr", admin);
		AnswersDocument answers = read(DONOR_LED);
		Instant before = Instant.now();

		Round saved = rounds.enter(leg.id(), answers, admin);
		Round read = rounds.one(leg.id(), saved.id(), admin);

		assertThat(read).isEqualTo(new Round(saved.id(), leg.id(), saved.answers(), saved.report(),
				saved.ruleBaseVersion(), "1.0", "admin", saved.enteredAt()));
		assertThat(tree(read.answers())).isEqualTo(tree(Rounds.json(answers)));
		assertThat(tree(read.report()).get("findings").size()).isGreaterThan(5);
		assertThat(tree(read.report()).get("ruleBase").get("version").asText()).isEqualTo(read.ruleBaseVersion());
		assertThat(Duration.between(before, read.enteredAt()).abs()).isLessThan(Duration.ofMinutes(1));
		assertThat(workspaces.readable(leg.id(), admin).language()).isEqualTo("fr");
	}

	@Test
	void listsEachLegsRoundsOldestFirstAndNoOtherLegs() throws Exception {
		Leg one = workspaces.create("One " + UUID.randomUUID(), null, null, admin);
		Leg other = workspaces.create("Other " + UUID.randomUUID(), null, null, admin);
		Round first = rounds.enter(one.id(), read(DONOR_LED), admin);
		rounds.enter(other.id(), read(DONOR_LED), admin);
		Round second = rounds.enter(one.id(), read(WELL_FUNCTIONING), admin);

		assertThat(rounds.of(one.id(), admin)).extracting(Round::id).containsExactly(first.id(), second.id());
		assertThatThrownBy(() -> rounds.one(other.id(), first.id(), admin)).isInstanceOf(MemoryException.class)
			.extracting(e -> ((MemoryException) e).kind()).isEqualTo(MemoryException.Kind.NOT_FOUND);
		assertThat(progress.between(one.id(), null, null, admin).resolved()).extracting(Progress.FindingRef::id)
			.contains("P1-no-tor");
	}

	@Test
	void aMemberSeesItsLegsOnlyAndAViewerCannotWrite() {
		String coordinator = newAccount("coordinator");
		String viewer = newAccount("viewer");
		Leg mine = workspaces.create("Mine " + UUID.randomUUID(), null, null, new Caller(coordinator, false));
		workspaces.create("Not mine " + UUID.randomUUID(), null, null, admin);
		workspaces.grant(mine.id(), viewer, LegRole.viewer, new Caller(coordinator, false));

		assertThat(workspaces.visibleTo(new Caller(coordinator, false))).extracting(Leg::id).containsExactly(mine.id());
		assertThat(workspaces.visibleTo(new Caller(viewer, false))).extracting(Leg::id).containsExactly(mine.id());
		assertThat(workspaces.visibleTo(admin)).extracting(Leg::id).contains(mine.id());
		assertThatThrownBy(() -> plan.update(mine.id(), "A-TOR-DRAFT",
				new ActionPlan.Change(null, null, PlanStatus.planned, null, null, null), new Caller(viewer, false)))
			.isInstanceOf(MemoryException.class).extracting(e -> ((MemoryException) e).kind())
			.isEqualTo(MemoryException.Kind.FORBIDDEN);
	}

	@Test
	void aChangeMadeOnAnOlderVersionIsRefusedAndOverwritesNothing() {
		Leg leg = workspaces.create("Versions " + UUID.randomUUID(), null, null, admin);
		PlanItem adopted = plan.update(leg.id(), "A-TOR-DRAFT",
				new ActionPlan.Change("Planning unit", LocalDate.of(2030, 1, 31), PlanStatus.planned, null, null, null),
				admin);
		PlanItem first = plan.update(leg.id(), "A-TOR-DRAFT",
				new ActionPlan.Change("Planning unit", null, PlanStatus.in_progress, null, "started", adopted.version()),
				new Caller("colleague", true));

		assertThatThrownBy(() -> plan.update(leg.id(), "A-TOR-DRAFT",
				new ActionPlan.Change("Me", null, PlanStatus.dropped, "no time", null, adopted.version()), admin))
			.isInstanceOf(MemoryException.class).hasMessageContaining("colleague");
		assertThat(first.version()).isEqualTo(adopted.version() + 1);
		ActionPlan.Row row = plan.of(leg.id(), admin).actions().get(0);
		assertThat(row.status()).isEqualTo(PlanStatus.in_progress);
		assertThat(row.notes()).isEqualTo("started");
		assertThat(row.dueOn()).isNull();
		assertThat(row.version()).isEqualTo(first.version());
	}

	@Test
	void eachChangeIsAuditedInItsOwnTransactionAndARefusedChangeLeavesNoEntry() {
		Leg leg = workspaces.create("Audited " + UUID.randomUUID(), null, null, admin);
		PlanItem adopted = plan.update(leg.id(), "A-TOR-DRAFT",
				new ActionPlan.Change("Unit", null, PlanStatus.planned, null, null, null), admin);
		plan.update(leg.id(), "A-TOR-DRAFT", new ActionPlan.Change("Unit", null, PlanStatus.done, null, null,
				adopted.version()), new Caller("colleague", true));

		assertThatThrownBy(() -> plan.update(leg.id(), "A-TOR-DRAFT",
				new ActionPlan.Change("Me", null, PlanStatus.dropped, "no time", null, adopted.version()), admin))
			.isInstanceOf(MemoryException.class);
		assertThat(audit.ofLeg(leg.id())).extracting(AuditLog.Entry::what)
			.containsExactly("plan.changed", "plan.adopted", "leg.created");
		assertThat(audit.ofLeg(leg.id()).get(0).actor()).isEqualTo("colleague");
		assertThat(audit.ofLeg(leg.id()).get(0).detail()).contains("Done");
	}

	@Test
	void aSavedRoundClearsTheDraftInTheSameTransaction() throws Exception {
		Leg leg = workspaces.create("Drafted " + UUID.randomUUID(), null, null, admin);
		drafts.save(leg.id(), "{\"answers\": {}}", "admin");
		Drafts.Saved again = drafts.save(leg.id(), "{\"answers\": {\"tor.exists\": \"no\"}}", "colleague");

		assertThat(again.replaced().savedBy()).isEqualTo("admin");
		assertThat(drafts.find(leg.id())).hasValueSatisfying(d -> assertThat(d.answers()).contains("tor.exists"));
		rounds.enter(leg.id(), read(DONOR_LED), admin);
		assertThat(drafts.find(leg.id())).isEmpty();
		assertThat(audit.ofLeg(leg.id()).get(0).what()).isEqualTo("round.saved");
	}

	@Test
	void keepsPasswordsAsBcryptHashesOnly() {
		String name = newAccount("hashed");

		Account stored = accountRepository.findByUsername(name).orElseThrow();

		assertThat(stored.passwordHash()).startsWith("{bcrypt}$2").doesNotContain("password of");
	}

	@Test
	void theSchemaIsFlywaysMigrations() {
		List<String> applied = jdbc.queryForList(
				"SELECT \"version\" FROM \"flyway_schema_history\" WHERE \"success\" = TRUE ORDER BY \"installed_rank\"",
				String.class);

		assertThat(applied).contains("1", "2");
	}

	private String newAccount(String prefix) {
		String name = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
		accounts.create(name, "a password of " + name, false, admin, username -> {
			throw new org.springframework.security.core.userdetails.UsernameNotFoundException(username);
		});
		return name;
	}

	static AnswersDocument read(Path file) throws Exception {
		return new AnswersReader().read(file);
	}

	static JsonNode tree(String json) throws Exception {
		return JsonFiles.mapper().readTree(json);
	}

}
