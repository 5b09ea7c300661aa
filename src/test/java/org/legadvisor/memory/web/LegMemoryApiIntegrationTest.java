package org.legadvisor.memory.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.legadvisor.memory.web.MemoryApi.json;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.legadvisor.memory.progress.Progress;
import org.legadvisor.web.LegAdvisorApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The LEG's memory through a real server on its default database (an H2 file in a fresh folder): workspaces, rounds,
 * progress and the action plan, and who may see and change them.
 */
@SpringBootTest(classes = LegAdvisorApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LegMemoryApiIntegrationTest {

	static final String PASSWORD = "an administrator's long passphrase";

	static final Path DONOR_LED = Path.of("knowledge-base/examples/donor-chaired-no-tor.json");

	static final Path WELL_FUNCTIONING = Path.of("knowledge-base/examples/established-leg.json");

	@LocalServerPort
	int port;

	MemoryApi admin;

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) throws IOException {
		MemoryApi.freshData(registry, PASSWORD);
	}

	@BeforeEach
	void connect() {
		admin = MemoryApi.at(port, "admin", PASSWORD);
	}

	@Test
	void progressBetweenADonorLedRoundAndAWellFunctioningOneListsTheResolvedFindings() throws Exception {
		long leg = admin.createLeg("Progress LEG");
		HttpResponse<String> first = admin.post(rounds(leg), Files.readString(DONOR_LED));
		HttpResponse<String> second = admin.post(rounds(leg), Files.readString(WELL_FUNCTIONING));

		assertThat(first.statusCode()).isEqualTo(201);
		assertThat(json(first).get("report").get("findings").size()).isGreaterThan(5);
		assertThat(first.headers().firstValue("Location")).hasValue("/api/legs/" + leg + "/rounds/"
				+ json(first).get("id").asLong());
		JsonNode progress = json(admin.get("/api/legs/" + leg + "/progress"));
		assertThat(ids(progress.get("resolved"))).contains("P1-no-tor", "P6-partner-chairs");
		assertThat(progress.get("new")).isEmpty();
		assertThat(progress.get("from").get("id").asLong()).isEqualTo(json(first).get("id").asLong());
		assertThat(progress.get("to").get("id").asLong()).isEqualTo(json(second).get("id").asLong());
		JsonNode mandate = principle(progress, "P1");
		assertThat(mandate.get("after").get("score").asInt()).isGreaterThan(mandate.get("before").get("score").asInt());
		assertThat(mandate.get("change").asInt()).isPositive();
		assertThat(ids(progress.get("answersChanged"), "question")).contains("tor.exists");
	}

	@Test
	void comparesTheRoundsNamedAndListsFindingsThatPersist() throws Exception {
		long leg = admin.createLeg("Named rounds");
		long first = json(admin.post(rounds(leg), Files.readString(DONOR_LED))).get("id").asLong();
		admin.post(rounds(leg), Files.readString(WELL_FUNCTIONING));
		long third = json(admin.post(rounds(leg), Files.readString(DONOR_LED))).get("id").asLong();

		JsonNode progress = json(admin.get("/api/legs/" + leg + "/progress?from=" + first + "&to=" + third));

		assertThat(progress.get("resolved")).isEmpty();
		assertThat(progress.get("new")).isEmpty();
		assertThat(ids(progress.get("persisting"))).contains("P1-no-tor");
		assertThat(progress.get("answersChanged")).isEmpty();
	}

	@Test
	void listsTheRoundsOldestFirstAndShowsOneWithItsAnswersAndReport() throws Exception {
		long leg = admin.createLeg("Listed rounds");
		admin.post(rounds(leg), Files.readString(DONOR_LED));
		admin.post(rounds(leg), Files.readString(WELL_FUNCTIONING));

		JsonNode list = json(admin.get(rounds(leg)));

		assertThat(list).hasSize(2);
		assertThat(list.get(0).get("enteredBy").asText()).isEqualTo("admin");
		assertThat(list.get(0).get("findings").asInt()).isGreaterThan(list.get(1).get("findings").asInt());
		assertThat(list.get(0).get("ruleBaseVersion").asText()).isNotBlank();
		assertThat(list.get(0).get("questionnaireVersion").asText()).isEqualTo("1.0");
		JsonNode round = json(admin.get(rounds(leg) + "/" + list.get(0).get("id").asLong()));
		assertThat(round.get("answers").get("answers").get("tor.exists").asText()).isEqualTo("no");
		assertThat(round.get("report").get("ruleBase").get("version").asText())
			.isEqualTo(list.get(0).get("ruleBaseVersion").asText());
	}

	@Test
	void refusesInvalidAnswersAsTheAnonymousReportDoesAndKeepsNothing() throws Exception {
		long leg = admin.createLeg("Invalid answers");
		String invalid = """
				{ "questionnaireVersion": "1.0", "leg": { "name": "X" }, "answers": { "meetings.per_year": 99 } }""";

		HttpResponse<String> stored = admin.post(rounds(leg), invalid);
		HttpResponse<String> anonymous = admin.as(null, null).post("/api/assessments", invalid);

		assertThat(stored.statusCode()).isEqualTo(400);
		assertThat(json(stored).get("problems")).isEqualTo(json(anonymous).get("problems"));
		assertThat(json(admin.get(rounds(leg)))).isEmpty();
	}

	@Test
	void needsTwoRoundsForProgress() throws Exception {
		long leg = admin.createLeg("One round");
		admin.post(rounds(leg), Files.readString(DONOR_LED));

		HttpResponse<String> progress = admin.get("/api/legs/" + leg + "/progress");

		assertThat(progress.statusCode()).isEqualTo(409);
		assertThat(json(progress).get("detail").asText()).contains("has 1");
	}

	@Test
	void storedDataNeedsAnAccountAndStaysWithinItsLeg() throws Exception {
		long leg = admin.createLeg("Private LEG");
		admin.post(rounds(leg), Files.readString(DONOR_LED));
		MemoryApi coordinator = admin.newAccount("coordinator");
		MemoryApi stranger = admin.newAccount("stranger");
		MemoryApi viewer = admin.newAccount("viewer");
		assertThat(admin.put("/api/legs/" + leg + "/members/" + coordinator.user(), "{\"role\":\"coordinator\"}")
			.statusCode()).isEqualTo(204);
		assertThat(coordinator.put("/api/legs/" + leg + "/members/" + viewer.user(), "{\"role\":\"viewer\"}")
			.statusCode()).isEqualTo(204);

		assertThat(admin.as(null, null).get(rounds(leg)).statusCode()).isEqualTo(401);
		assertThat(admin.as("admin", "a wrong password").get(rounds(leg)).statusCode()).isEqualTo(401);
		assertThat(admin.as(null, null).get("/api/legs").statusCode()).isEqualTo(401);
		HttpResponse<String> refused = stranger.get(rounds(leg));
		assertThat(refused.statusCode()).isEqualTo(403);
		assertThat(json(refused).get("detail").asText()).contains(stranger.user(), "Private LEG");
		assertThat(stranger.post(rounds(leg), Files.readString(DONOR_LED)).statusCode()).isEqualTo(403);
		assertThat(ids(json(stranger.get("/api/legs")), "id")).doesNotContain(Long.toString(leg));

		assertThat(viewer.get(rounds(leg)).statusCode()).isEqualTo(200);
		assertThat(viewer.post(rounds(leg), Files.readString(DONOR_LED)).statusCode()).isEqualTo(403);
		assertThat(viewer.put(plan(leg) + "/A-TOR-DRAFT", "{\"status\":\"planned\"}").statusCode()).isEqualTo(403);
		assertThat(coordinator.post(rounds(leg), Files.readString(WELL_FUNCTIONING)).statusCode()).isEqualTo(201);
		assertThat(ids(json(coordinator.get("/api/legs")), "id")).containsExactly(Long.toString(leg));
		assertThat(admin.get("/api/legs/999999/rounds").statusCode()).isEqualTo(404);
	}

	@Test
	void onlyAnAdministratorCreatesAccounts() throws Exception {
		MemoryApi someone = admin.newAccount("someone");

		HttpResponse<String> refused = someone.post("/api/accounts",
				"{\"username\":\"another\",\"password\":\"a long enough password\"}");
		HttpResponse<String> shortPassword = admin.post("/api/accounts",
				"{\"username\":\"another\",\"password\":\"short\"}");
		HttpResponse<String> taken = admin.post("/api/accounts",
				"{\"username\":\"admin\",\"password\":\"a long enough password\"}");

		assertThat(refused.statusCode()).isEqualTo(403);
		assertThat(shortPassword.statusCode()).isEqualTo(400);
		assertThat(taken.statusCode()).isEqualTo(409);
	}

	@Test
	void theAnonymousReportStillNeedsNoAccountAndStoresNothing() throws Exception {
		long leg = admin.createLeg("Untouched");
		int legsBefore = json(admin.get("/api/legs")).size();

		HttpResponse<String> report = admin.as(null, null).post("/api/reports?format=markdown",
				Files.readString(DONOR_LED));

		assertThat(report.statusCode()).isEqualTo(200);
		assertThat(json(admin.get("/api/legs")).size()).isEqualTo(legsBefore);
		assertThat(json(admin.get(rounds(leg)))).isEmpty();
	}

	@Test
	void anActionIsAdoptedUpdatedOnItsVersionAndAStaleChangeIsRefused() throws Exception {
		long leg = admin.createLeg("Plan LEG");
		admin.post(rounds(leg), Files.readString(DONOR_LED));
		JsonNode before = json(admin.get(plan(leg)));
		assertThat(before.get("actions").get(0).get("adopted").asBoolean()).isFalse();
		assertThat(ids(before.get("actions"), "actionId")).contains("A-TOR-DRAFT");

		JsonNode adopted = json(admin.put(plan(leg) + "/A-TOR-DRAFT",
				"{\"owner\":\"Ministry planning unit\",\"dueOn\":\"2030-06-30\",\"status\":\"planned\"}"));
		int version = adopted.get("version").asInt();
		HttpResponse<String> first = admin.put(plan(leg) + "/A-TOR-DRAFT",
				"{\"owner\":\"Ministry planning unit\",\"status\":\"in_progress\",\"version\":" + version + "}");
		HttpResponse<String> second = admin.put(plan(leg) + "/A-TOR-DRAFT",
				"{\"owner\":\"Someone else\",\"status\":\"dropped\",\"reason\":\"r\",\"version\":" + version + "}");
		HttpResponse<String> withoutVersion = admin.put(plan(leg) + "/A-TOR-DRAFT", "{\"status\":\"done\"}");

		assertThat(first.statusCode()).isEqualTo(200);
		assertThat(json(first).get("version").asInt()).isEqualTo(version + 1);
		assertThat(second.statusCode()).isEqualTo(409);
		assertThat(json(second).get("detail").asText()).contains("Someone else changed", "admin");
		assertThat(withoutVersion.statusCode()).isEqualTo(409);
		JsonNode row = row(json(admin.get(plan(leg))), "A-TOR-DRAFT");
		assertThat(row.get("status").asText()).isEqualTo("in_progress");
		assertThat(row.get("owner").asText()).isEqualTo("Ministry planning unit");
	}

	@Test
	void refusesADropWithoutReasonAndAnActionNotInTheCatalogue() throws Exception {
		long leg = admin.createLeg("Plan checks");

		HttpResponse<String> noReason = admin.put(plan(leg) + "/A-TOR-DRAFT", "{\"status\":\"dropped\"}");
		HttpResponse<String> unknown = admin.put(plan(leg) + "/A-NOT-THERE", "{\"status\":\"planned\"}");

		assertThat(noReason.statusCode()).isEqualTo(400);
		assertThat(json(noReason).get("detail").asText()).contains("reason");
		assertThat(unknown.statusCode()).isEqualTo(404);
	}

	@Test
	void pointsOutAnActionDoneWhoseFindingPersistsInTheNextRoundAndAnOverdueOne() throws Exception {
		long leg = admin.createLeg("Follow-up");
		admin.post(rounds(leg), Files.readString(DONOR_LED));
		admin.put(plan(leg) + "/A-TOR-DRAFT", "{\"status\":\"done\"}");
		String yesterday = LocalDate.now().minusDays(1).toString();
		admin.put(plan(leg) + "/A-MEETING-CALENDAR", "{\"status\":\"planned\",\"dueOn\":\"" + yesterday + "\"}");
		assertThat(row(json(admin.get(plan(leg))), "A-TOR-DRAFT").get("doneButFindingPersists").asBoolean()).isFalse();

		admin.post(rounds(leg), Files.readString(DONOR_LED));
		JsonNode plan = json(admin.get(plan(leg)));

		assertThat(row(plan, "A-TOR-DRAFT").get("doneButFindingPersists").asBoolean()).isTrue();
		assertThat(row(plan, "A-TOR-DRAFT").get("findings").toString()).contains("P1-no-tor");
		assertThat(row(plan, "A-MEETING-CALENDAR").get("overdue").asBoolean()).isTrue();
		assertThat(row(plan, "A-TOR-DRAFT").get("overdue").asBoolean()).isFalse();
	}

	@Test
	void theActionPlanCarriesOverAndExportsAsCsv() throws Exception {
		long leg = admin.createLeg("CSV LEG");
		admin.post(rounds(leg), Files.readString(DONOR_LED));
		admin.put(plan(leg) + "/A-TOR-DRAFT", "{\"status\":\"planned\",\"owner\":\"=HYPERLINK(\\\"x\\\")\","
				+ "\"notes\":\"Draft, then \\\"validate\\\"\"}");
		admin.post(rounds(leg), Files.readString(WELL_FUNCTIONING));

		HttpResponse<String> csv = admin.get(plan(leg), "text/csv");

		assertThat(csv.statusCode()).isEqualTo(200);
		assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
		String[] lines = csv.body().split("\r\n");
		assertThat(lines[0]).startsWith("Rank,Action,Title");
		assertThat(csv.body()).contains("A-TOR-DRAFT", "\"'=HYPERLINK(\"\"x\"\")\"", "\"Draft, then \"\"validate\"\"\"",
				"Planned");
		assertThat(row(json(admin.get(plan(leg))), "A-TOR-DRAFT").get("adopted").asBoolean()).isTrue();
	}

	private static String rounds(long leg) {
		return "/api/legs/" + leg + "/rounds";
	}

	private static String plan(long leg) {
		return "/api/legs/" + leg + "/plan";
	}

	private static JsonNode principle(JsonNode progress, String id) {
		for (JsonNode principle : progress.get("principles")) {
			if (principle.get("principle").asText().equals(id)) {
				return principle;
			}
		}
		throw new AssertionError("no principle " + id + " in " + progress);
	}

	private static JsonNode row(JsonNode plan, String actionId) {
		for (JsonNode row : plan.get("actions")) {
			if (row.get("actionId").asText().equals(actionId)) {
				return row;
			}
		}
		throw new AssertionError("no action " + actionId + " in " + plan);
	}

	private static List<String> ids(JsonNode items) {
		return ids(items, "id");
	}

	private static List<String> ids(JsonNode items, String field) {
		List<String> ids = new ArrayList<>();
		items.forEach(item -> ids.add(item.get(field).asText()));
		return ids;
	}

}
