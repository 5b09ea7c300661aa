package org.legadvisor.web.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.legadvisor.memory.web.MemoryApi;
import org.legadvisor.knowledge.JsonFiles;
import org.legadvisor.web.LegAdvisorApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The LEG's draft as the questionnaire page saves it, through a real server: with the page's session and its CSRF
 * token, by the LEG's coordinators only (a viewer sees that there is one, no more; another LEG's member not even
 * that), refused in words when it is no answers document or too large, gone once the round is saved. The anonymous
 * questionnaire is not told of any draft.
 */
@SpringBootTest(classes = LegAdvisorApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DraftPagesIntegrationTest {

	private static final String PASSWORD = "the draft test's administrator passphrase";

	private static final String DRAFT = "{\"questionnaireVersion\":\"1\",\"leg\":{\"name\":\"Freedonia LEG\"},"
			+ "\"answers\":{\"mandate.tor_exists\":\"no\"}}";

	@LocalServerPort
	int port;

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) throws IOException {
		MemoryApi.freshData(registry, PASSWORD);
	}

	@Test
	void aCoordinatorSavesTheDraftWithTheSessionAndItsCsrfTokenAndAColleagueContinuesIt() throws Exception {
		PageSession admin = loggedIn("admin", PASSWORD);
		String leg = admin.createLeg("Freedonia LEG");
		account("colleague", "coordinator", leg);
		String draft = "/legs/" + leg + "/draft";

		assertThat(admin.get("/legs/" + leg + "/new-round").statusCode()).isEqualTo(302);
		assertThat(admin.get("/").body()).as("the questionnaire knows where the LEG's draft lives")
			.contains("id=\"server-status\"", "data-draft=\"" + draft + "\"");
		JsonNode opened = json(admin.script("GET", draft, null, Map.of()), 200);
		assertThat(opened.get("legName").asText()).isEqualTo("Freedonia LEG");
		assertThat(opened.get("draft").isNull()).isTrue();
		Map<String, String> csrf = Map.of(opened.get("csrfHeader").asText(), opened.get("csrfToken").asText());

		assertThat(admin.script("PUT", draft, DRAFT, Map.of()).statusCode()).as("no CSRF token").isEqualTo(403);
		assertThat(json(admin.script("GET", draft, null, Map.of()), 200).get("draft").isNull()).isTrue();
		JsonNode saved = json(admin.script("PUT", draft, DRAFT, csrf), 200);
		assertThat(saved.get("savedBy").asText()).isEqualTo("admin");
		assertThat(saved.get("savedAt").asText()).matches("\\d{1,2}:\\d{2}.* UTC");

		PageSession colleague = loggedIn("colleague", "colleague's passphrase");
		String page = colleague.get("/legs/" + leg).body();
		assertThat(page).contains("Draft answers saved by admin on", "Continue the draft", "id=\"continue-draft\"")
			.doesNotContain("id=\"new-round\"");
		JsonNode continued = json(colleague.script("GET", draft, null, Map.of()), 200).get("draft");
		assertThat(continued.get("answers")).isEqualTo(JsonFiles.mapper().readTree(DRAFT));
		assertThat(continued.get("savedBy").asText()).isEqualTo("admin");
		assertThat(continued.get("savedAt").asText()).endsWith("UTC");
		assertThat(colleague.get("/legs/" + leg + "?lang=fr").body()).contains("Brouillon enregistré par admin le",
				"Poursuivre le brouillon");

		colleague.get("/legs/" + leg + "/new-round");
		assertThat(colleague.get("/?lang=fr").body()).contains("aussi enregistrées sur le serveur au fil de la saisie");
		JsonNode replacing = json(colleague.script("PUT", draft, DRAFT, csrf(colleague, draft)), 200);
		assertThat(replacing.get("savedBy").asText()).isEqualTo("colleague");
		assertThat(replacing.get("replacedBy").asText()).as("nobody's draft replaced without a word").isEqualTo("admin");
		assertThat(replacing.get("replacedAt").asText()).endsWith("UTC");
		assertThat(json(colleague.script("PUT", draft, DRAFT, csrf(colleague, draft)), 200).get("replacedBy").isNull())
			.as("one's own draft").isTrue();
	}

	@Test
	void aViewerSeesThatThereIsADraftButCannotReadOrSaveItNorCanAnotherLegsMember() throws Exception {
		PageSession admin = loggedIn("admin", PASSWORD);
		String leg = admin.createLeg("Viewed LEG");
		String other = admin.createLeg("Other LEG");
		account("reader", "viewer", leg);
		account("stranger", "coordinator", other);
		String draft = "/legs/" + leg + "/draft";
		assertThat(admin.script("PUT", draft, DRAFT, csrf(admin, draft)).statusCode()).isEqualTo(200);

		PageSession reader = loggedIn("reader", "reader's passphrase");
		String page = reader.get("/legs/" + leg).body();
		assertThat(page).contains("Draft answers saved by admin on", "Only a coordinator of this LEG can continue it")
			.doesNotContain("id=\"continue-draft\"", "id=\"new-round\"");
		HttpResponse<String> read = reader.script("GET", draft, null, Map.of());
		assertThat(read.statusCode()).isEqualTo(403);
		assertThat(json(read, 403).get("detail").asText()).contains("reader", "Viewed LEG");
		Map<String, String> readersToken = csrf(reader, "/legs/" + leg);
		assertThat(reader.script("PUT", draft, "{}", readersToken).statusCode()).isEqualTo(403);

		PageSession stranger = loggedIn("stranger", "stranger's passphrase");
		assertThat(stranger.script("GET", draft, null, Map.of()).statusCode()).isEqualTo(403);
		assertThat(stranger.script("PUT", draft, "{}", csrf(stranger, "/legs/" + other + "/draft")).statusCode())
			.isEqualTo(403);
		assertThat(stranger.get("/legs/" + leg).body()).doesNotContain("Draft answers saved by");
		assertThat(json(admin.script("GET", draft, null, Map.of()), 200).get("draft").get("answers"))
			.as("nobody else's save went through").isEqualTo(JsonFiles.mapper().readTree(DRAFT));
	}

	@Test
	void aDraftThatIsNoAnswersDocumentOrTooLargeIsRefusedInWords() throws Exception {
		PageSession admin = loggedIn("admin", PASSWORD);
		String leg = admin.createLeg("Careful LEG");
		String draft = "/legs/" + leg + "/draft";
		Map<String, String> csrf = csrf(admin, draft);
		assertThat(json(admin.script("PUT", draft, "{\"answers\": ", csrf), 400).get("detail").asText())
			.contains("this is not JSON");
		assertThat(json(admin.script("PUT", draft, "[1, 2]", csrf), 400).get("detail").asText())
			.contains("a JSON object");
		String large = "{\"answers\":{\"notes\":\"" + "x".repeat(256 * 1024) + "\"}}";
		// The service's limit on any request body says it first, in words too.
		assertThat(json(admin.script("PUT", draft, large, csrf), 413).get("detail").asText()).contains("256 KB");
		assertThat(json(admin.script("GET", draft + "?lang=fr", null, Map.of()), 200).get("draft").isNull()).isTrue();
		assertThat(json(admin.script("PUT", draft + "?lang=fr", "[]", csrf), 400).get("detail").asText())
			.as("in the page's language").doesNotContain("A draft is");
	}

	@Test
	void savingTheRoundClearsTheDraftAndTheLegPageNoLongerShowsIt() throws Exception {
		PageSession admin = loggedIn("admin", PASSWORD);
		String leg = admin.createLeg("Finished LEG");
		String draft = "/legs/" + leg + "/draft";
		assertThat(admin.script("PUT", draft, DRAFT, csrf(admin, draft)).statusCode()).isEqualTo(200);
		assertThat(admin.get("/legs/" + leg).body()).contains("Draft answers saved by admin");

		admin.get("/legs/" + leg + "/new-round");
		HttpResponse<String> round = admin.post("/legs/" + leg + "/rounds",
				Map.of("answers", Files.readString(WorkspacePagesIntegrationTest.DONOR_LED)), "/legs/" + leg);
		assertThat(round.statusCode()).isEqualTo(302);
		assertThat(admin.get("/legs/" + leg).body()).doesNotContain("Draft answers saved by", "id=\"continue-draft\"")
			.contains("id=\"new-round\"");
		assertThat(json(admin.script("GET", draft, null, Map.of()), 200).get("draft").isNull()).isTrue();
		assertThat(admin.get("/").body()).as("the round is saved: the questionnaire is no LEG's any more")
			.doesNotContain("server-status");
	}

	@Test
	void theAnonymousQuestionnaireIsToldOfNoDraftAndThePageEndpointWantsALogin() throws Exception {
		PageSession anonymous = new PageSession(port);
		HttpResponse<String> questionnaire = anonymous.get("/");
		assertThat(questionnaire.body()).doesNotContain("server-status", "data-draft");
		assertThat(questionnaire.headers().allValues("Set-Cookie")).isEmpty();
		HttpResponse<String> refused = anonymous.script("PUT", "/legs/1/draft", DRAFT, Map.of());
		assertThat(refused.statusCode()).isIn(302, 401, 403);
		PageSession admin = loggedIn("admin", PASSWORD);
		String leg = admin.createLeg("Session LEG");
		assertThat(admin.script("PUT", "/api/legs/" + leg + "/draft", DRAFT, csrf(admin, "/legs/" + leg + "/draft"))
			.statusCode()).as("the API takes no session: HTTP Basic only").isEqualTo(401);
	}

	private PageSession loggedIn(String user, String password) throws Exception {
		PageSession session = new PageSession(port);
		assertThat(session.logIn(user, password).headers().firstValue("Location").orElseThrow()).endsWith("/legs");
		return session;
	}

	/** The CSRF token the questionnaire gets with the draft (or, for a viewer, from a page's form). */
	private static Map<String, String> csrf(PageSession session, String path) throws Exception {
		if (path.endsWith("/draft")) {
			JsonNode opened = json(session.script("GET", path, null, Map.of()), 200);
			return Map.of(opened.get("csrfHeader").asText(), opened.get("csrfToken").asText());
		}
		String page = session.get("/legs").body();
		return Map.of("X-CSRF-TOKEN", PageSession.csrf(page));
	}

	private static JsonNode json(HttpResponse<String> response, int status) throws IOException {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
		return JsonFiles.mapper().readTree(response.body());
	}

	/** An account with a role in the LEG, through the API, as an administrator would. */
	private void account(String user, String role, String leg) throws Exception {
		MemoryApi.at(port, "admin", PASSWORD).member(Long.parseLong(leg), user, role);
	}

}
