package org.legadvisor.memory.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.legadvisor.memory.web.MemoryApi.json;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.legadvisor.knowledge.JsonFiles;
import org.legadvisor.memory.impact.EditedRules;
import org.legadvisor.web.LegAdvisorApplication;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The tools on stored data through a real server: a stored round re-run on today's rules, and the administrators'
 * impact run of an edited copy of the rules (configured as {@code leg-advisor.impact.rules}).
 */
@SpringBootTest(classes = LegAdvisorApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LegMemoryToolsApiIntegrationTest {

	static final String PASSWORD = "an administrator's long passphrase";

	static final Path DONOR_LED = Path.of("knowledge-base/examples/donor-chaired-no-tor.json");

	static final Path WELL_FUNCTIONING = Path.of("knowledge-base/examples/established-leg.json");

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	MemoryApi admin;

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) throws IOException {
		MemoryApi.freshData(registry, PASSWORD);
		Path edited = EditedRules.copyInto(Files.createTempDirectory("leg-rules-edited"));
		registry.add("leg-advisor.impact.rules", edited::toString);
	}

	@BeforeEach
	void connect() {
		admin = MemoryApi.at(port, "admin", PASSWORD);
	}

	@Test
	void aRoundRerunOnTodaysRulesShowsTheFindingsThatWouldAppearAndDisappear() throws Exception {
		long leg = admin.createLeg("Rerun LEG " + UUID.randomUUID());
		long round = json(admin.post(rounds(leg), Files.readString(DONOR_LED))).get("id").asLong();
		// As if the round had been assessed on older rules: one finding the rules no longer make, one they now miss.
		storedFindings(round, findings -> {
			ObjectNode gone = findings.addObject();
			gone.put("id", "P9-retired").put("title", "A finding since retired").put("severity", "low");
			removeFinding(findings, EditedRules.FINDING);
		});
		MemoryApi viewer = admin.newAccount("viewer");
		admin.put("/api/legs/" + leg + "/members/" + viewer.user(), "{\"role\":\"viewer\"}");

		HttpResponse<String> response = viewer.get(rounds(leg) + "/" + round + "/rerun");

		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode rerun = json(response);
		assertThat(ids(rerun.get("appear"))).containsExactly(EditedRules.FINDING);
		assertThat(ids(rerun.get("disappear"))).containsExactly("P9-retired");
		assertThat(rerun.get("appear").get(0).get("title").asText()).isNotBlank().isNotEqualTo(EditedRules.FINDING);
		assertThat(rerun.get("label").asText()).startsWith("Round 1 (").contains("admin");
		assertThat(ids(rerun.get("findings"))).contains(EditedRules.FINDING);
		assertThat(json(admin.get(rounds(leg) + "/" + round)).get("report").toString()).contains("P9-retired");
	}

	@Test
	void aRerunNeedsAnAccountWithAccessToTheLeg() throws Exception {
		long leg = admin.createLeg("Private rerun " + UUID.randomUUID());
		long round = json(admin.post(rounds(leg), Files.readString(WELL_FUNCTIONING))).get("id").asLong();
		String path = rounds(leg) + "/" + round + "/rerun";

		assertThat(admin.as(null, null).get(path).statusCode()).isEqualTo(401);
		HttpResponse<String> stranger = admin.newAccount("stranger").get(path);
		assertThat(stranger.statusCode()).isEqualTo(403);
		assertThat(json(stranger).get("detail").asText()).contains("Private rerun");
		assertThat(ids(json(admin.get(path)).get("appear"))).isEmpty();
	}

	@Test
	void theAdministratorsImpactRunListsPerLegTheFindingsAnEditWouldChange() throws Exception {
		String name = "Impact LEG " + UUID.randomUUID();
		long leg = admin.createLeg(name);
		admin.post(rounds(leg), Files.readString(DONOR_LED));
		admin.post(rounds(leg), Files.readString(WELL_FUNCTIONING));

		HttpResponse<String> response = admin.post("/api/admin/impact", "");

		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode impact = json(response);
		JsonNode mine = group(impact.get("legs"), name);
		assertThat(mine.get("cases").asInt()).isEqualTo(2);
		// The donor-led round has no ToR: the edited rule no longer finds it; the other round has a formal mandate.
		assertThat(mine.get("changed")).hasSize(1);
		JsonNode first = mine.get("changed").get(0);
		assertThat(first.get("label").asText()).startsWith("Round 1 (");
		assertThat(ids(first.get("disappear"))).containsExactly(EditedRules.FINDING);
		assertThat(first.get("appear")).isEmpty();
		assertThat(impact.get("scenarios").get("cases").asInt()).isGreaterThan(12);
		assertThat(impact.get("currentRules").asText()).isNotEqualTo(impact.get("editedRules").asText());
	}

	@Test
	void onlyAnAdministratorRunsTheImpact() throws Exception {
		assertThat(admin.as(null, null).post("/api/admin/impact", "").statusCode()).isEqualTo(401);
		HttpResponse<String> coordinator = admin.newAccount("coordinator").post("/api/admin/impact", "");
		assertThat(coordinator.statusCode()).isEqualTo(403);
		assertThat(json(coordinator).get("detail").asText()).contains("administrator");
	}

	@Test
	void theAuditLogSaysWhoChangedWhatAndWhenToCoordinatorsAndAdministratorsOnly() throws Exception {
		String name = "Audited LEG " + UUID.randomUUID();
		MemoryApi coordinator = admin.newAccount("coordinator");
		long leg = coordinator.createLeg(name);
		MemoryApi viewer = admin.newAccount("viewer");
		coordinator.put("/api/legs/" + leg + "/members/" + viewer.user(), "{\"role\":\"viewer\"}");
		coordinator.post(rounds(leg), Files.readString(DONOR_LED));
		coordinator.put("/api/legs/" + leg + "/plan/A-TOR-DRAFT", "{\"status\":\"planned\",\"owner\":\"Unit\"}");

		HttpResponse<String> response = coordinator.get("/api/legs/" + leg + "/audit");

		assertThat(response.statusCode()).isEqualTo(200);
		List<String> what = new ArrayList<>();
		json(response).forEach(entry -> what.add(entry.get("what").asText()));
		assertThat(what).containsExactly("plan.adopted", "round.saved", "member.granted", "leg.created");
		JsonNode adopted = json(response).get(0);
		assertThat(adopted.get("actor").asText()).isEqualTo(coordinator.user());
		assertThat(adopted.get("description").asText()).contains(coordinator.user(), "A-TOR-DRAFT", "Planned", "Unit");
		assertThat(adopted.get("at").asText()).isNotBlank();
		assertThat(viewer.get("/api/legs/" + leg + "/audit").statusCode()).isEqualTo(403);
		assertThat(admin.get("/api/legs/" + leg + "/audit").statusCode()).isEqualTo(200);
		assertThat(admin.as(null, null).get("/api/legs/" + leg + "/audit").statusCode()).isEqualTo(401);
		JsonNode all = json(admin.get("/api/audit"));
		assertThat(all.toString()).contains("account.created", viewer.user(), name);
		assertThat(coordinator.get("/api/audit").statusCode()).isEqualTo(403);
	}

	@Test
	void aDraftIsKeptForTheLegsCoordinatorsSaysWhoseItReplacedAndIsClearedByARound() throws Exception {
		long leg = admin.createLeg("Draft LEG " + UUID.randomUUID());
		MemoryApi colleague = admin.newAccount("colleague");
		admin.put("/api/legs/" + leg + "/members/" + colleague.user(), "{\"role\":\"coordinator\"}");
		MemoryApi viewer = admin.newAccount("viewer");
		admin.put("/api/legs/" + leg + "/members/" + viewer.user(), "{\"role\":\"viewer\"}");
		String draft = "/api/legs/" + leg + "/draft";
		String incomplete = "{\"leg\": {\"name\": \"Draft LEG\"}, \"answers\": {\"tor.exists\": \"maybe\"}}";

		HttpResponse<String> first = admin.put(draft, incomplete);
		HttpResponse<String> second = colleague.put(draft, incomplete.replace("maybe", "no"));

		assertThat(first.statusCode()).isEqualTo(200);
		assertThat(json(first).get("replaced").isNull()).isTrue();
		assertThat(json(second).get("savedBy").asText()).isEqualTo(colleague.user());
		assertThat(json(second).get("replaced").get("savedBy").asText()).isEqualTo("admin");
		JsonNode read = json(admin.get(draft));
		assertThat(read.get("answers").get("answers").get("tor.exists").asText()).isEqualTo("no");
		assertThat(read.get("savedBy").asText()).isEqualTo(colleague.user());
		assertThat(viewer.get(draft).statusCode()).isEqualTo(403);
		assertThat(viewer.put(draft, incomplete).statusCode()).isEqualTo(403);
		assertThat(admin.as(null, null).get(draft).statusCode()).isEqualTo(401);
		HttpResponse<String> notJson = admin.put(draft, "[1, 2]");
		assertThat(notJson.statusCode()).isEqualTo(400);
		assertThat(json(notJson).get("detail").asText()).contains("JSON object");

		admin.post(rounds(leg), Files.readString(WELL_FUNCTIONING));

		HttpResponse<String> cleared = admin.get(draft);
		assertThat(cleared.statusCode()).isEqualTo(404);
		assertThat(json(cleared).get("detail").asText()).contains("no draft answers");
	}

	private void storedFindings(long round, java.util.function.Consumer<ArrayNode> change) throws Exception {
		JsonNode report = JsonFiles.mapper().readTree(jdbc.queryForObject(
				"SELECT report FROM leg_round WHERE id = ?", String.class, round));
		change.accept((ArrayNode) report.get("findings"));
		jdbc.update("UPDATE leg_round SET report = ? WHERE id = ?", report.toString(), round);
	}

	private static void removeFinding(ArrayNode findings, String id) {
		for (int i = findings.size() - 1; i >= 0; i--) {
			if (findings.get(i).get("id").asText().equals(id)) {
				findings.remove(i);
			}
		}
	}

	private static JsonNode group(JsonNode groups, String name) {
		for (JsonNode group : groups) {
			if (group.get("name").asText().equals(name)) {
				return group;
			}
		}
		throw new AssertionError("no LEG " + name + " in " + groups);
	}

	private static String rounds(long leg) {
		return "/api/legs/" + leg + "/rounds";
	}

	private static List<String> ids(JsonNode items) {
		List<String> ids = new ArrayList<>();
		items.forEach(item -> ids.add(item.get("id").asText()));
		return ids;
	}

}
