package org.legadvisor.web.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.legadvisor.memory.web.MemoryApi;
import org.legadvisor.web.LegAdvisorApplication;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.util.HtmlUtils;

/**
 * The pages of the LEG's memory through a real server: they want a login (our page, a session cookie that scripts
 * cannot read and other sites do not send), a CSRF token on every form, and show a LEG to its members only; the
 * anonymous questionnaire and report stay without session or cookie; guessing passwords on the page is slowed down.
 */
@SpringBootTest(classes = LegAdvisorApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "leg-advisor.admin.max-failed-logins=3")
class WorkspacePagesIntegrationTest {

	static final String PASSWORD = "an administrator's long passphrase";

	static final Path DONOR_LED = Path.of("knowledge-base/examples/donor-chaired-no-tor.json");

	@LocalServerPort
	int port;

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) throws IOException {
		MemoryApi.freshData(registry, PASSWORD);
	}

	@Test
	void pagesSendAPersonWithoutSessionToTheLoginPage() throws Exception {
		PageSession anonymous = new PageSession(port);
		for (String page : List.of("/legs", "/legs/1", "/legs/1/progress", "/legs/1/plan", "/legs/1/plan.csv")) {
			HttpResponse<String> response = anonymous.get(page);
			assertThat(response.statusCode()).as(page).isEqualTo(302);
			assertThat(response.headers().firstValue("Location").orElseThrow()).as(page).endsWith("/login");
		}
		HttpResponse<String> login = anonymous.get("/login");
		assertThat(login.statusCode()).isEqualTo(200);
		assertThat(login.body()).contains("name=\"username\"", "name=\"password\"", "name=\"_csrf\"");
	}

	@Test
	void loggingInGivesAnHttpOnlySameSiteSessionCookieAndLeadsToMyLegs() throws Exception {
		PageSession admin = new PageSession(port);
		HttpResponse<String> login = admin.logIn("admin", PASSWORD);
		assertThat(login.statusCode()).isEqualTo(302);
		assertThat(login.headers().firstValue("Location").orElseThrow()).endsWith("/legs");
		String cookie = login.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
			.findFirst().orElseThrow();
		assertThat(cookie).contains("HttpOnly").containsIgnoringCase("SameSite=Lax").doesNotContain("Secure");
		assertThat(admin.get("/legs").body()).contains("My LEGs", "Logged in as admin");

		HttpResponse<String> out = admin.post("/logout", Map.of(), "/legs");
		assertThat(out.headers().firstValue("Location").orElseThrow()).endsWith("/login?logout");
		assertThat(admin.get("/legs").statusCode()).isEqualTo(302);
	}

	@Test
	void aWrongPasswordSaysSoAndTooManyMakeTheAddressWait() throws Exception {
		PageSession guesser = new PageSession(port);
		HttpResponse<String> wrong = guesser.logIn("admin", "not the password");
		assertThat(wrong.headers().firstValue("Location").orElseThrow()).endsWith("/login?error");
		assertThat(guesser.get("/login?error").body()).contains("do not match");
		guesser.logIn("admin", "not the password either");
		guesser.logIn("admin", "nor this one");
		HttpResponse<String> waiting = guesser.logIn("admin", PASSWORD);
		assertThat(waiting.headers().firstValue("Location").orElseThrow()).contains("/login?wait=");
		assertThat(guesser.get("/legs").statusCode()).as("the right password is not even checked").isEqualTo(302);
	}

	@Test
	void everyFormOfThePagesNeedsItsCsrfToken() throws Exception {
		PageSession admin = new PageSession(port);
		admin.logIn("admin", PASSWORD);
		assertThat(admin.post("/legs", Map.of("name", "Forged LEG"), null).statusCode()).isEqualTo(403);
		assertThat(admin.post("/logout", Map.of(), null).statusCode()).isEqualTo(403);
		HttpResponse<String> created = admin.post("/legs", Map.of("name", "Genuine LEG"), "/legs");
		assertThat(created.statusCode()).isEqualTo(302);
		String leg = created.headers().firstValue("Location").orElseThrow().replaceAll(".*/legs/", "");
		assertThat(admin.post("/legs/" + leg + "/plan/A-TOR-DRAFT", Map.of("status", "planned"), null).statusCode())
			.isEqualTo(403);
		assertThat(admin.post("/legs/" + leg + "/rounds", Map.of("answers", Files.readString(DONOR_LED)), null)
			.statusCode()).isEqualTo(403);
		assertThat(admin.get("/legs").body()).contains("Genuine LEG").doesNotContain("Forged LEG");
		assertThat(new PageSession(port).post("/login", Map.of("username", "admin", "password", PASSWORD), null)
			.statusCode()).as("a login posted from elsewhere").isEqualTo(403);
	}

	@Test
	void anotherLegsPagesAreRefused() throws Exception {
		PageSession admin = new PageSession(port);
		admin.logIn("admin", PASSWORD);
		String leg = admin.createLeg("Private LEG");
		HttpResponse<String> account = HttpClient.newHttpClient().send(HttpRequest
			.newBuilder(URI.create("http://localhost:" + port + "/api/accounts"))
			.header("Authorization", "Basic " + Base64.getEncoder()
				.encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(
					"{\"username\":\"outsider\",\"password\":\"the outsider's passphrase\"}"))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(account.statusCode()).isEqualTo(201);

		PageSession outsider = new PageSession(port);
		assertThat(outsider.logIn("outsider", "the outsider's passphrase").statusCode()).isEqualTo(302);
		assertThat(outsider.get("/legs").body()).doesNotContain("Private LEG");
		for (String page : List.of("", "/progress", "/plan", "/plan.csv", "/new-round")) {
			HttpResponse<String> refused = outsider.get("/legs/" + leg + page);
			assertThat(refused.statusCode()).as(page).isEqualTo(403);
		}
		assertThat(outsider.get("/legs/" + leg).body()).contains("Not allowed", "Private LEG");
		assertThat(outsider.post("/legs/" + leg + "/plan/A-TOR-DRAFT", Map.of("status", "planned"), "/legs")
			.statusCode()).isEqualTo(403);
	}

	@Test
	void theAnonymousQuestionnaireAndReportMakeNoSessionAndSetNoCookie() throws Exception {
		PageSession anonymous = new PageSession(port);
		HttpResponse<String> questionnaire = anonymous.get("/");
		assertThat(questionnaire.headers().allValues("Set-Cookie")).isEmpty();
		assertThat(questionnaire.body()).doesNotContain("_csrf");
		HttpResponse<String> posted = anonymous.post("/report", Map.of("answers", Files.readString(DONOR_LED)), null);
		assertThat(posted.statusCode()).isEqualTo(303);
		assertThat(posted.headers().allValues("Set-Cookie")).isEmpty();
		HttpResponse<String> report = anonymous.get(posted.headers().firstValue("Location").orElseThrow()
			.replaceAll("^https?://[^/]+", ""));
		assertThat(report.statusCode()).isEqualTo(200);
		assertThat(report.headers().allValues("Set-Cookie")).isEmpty();
		assertThat(report.body()).doesNotContain("save-round");
	}


	@Test
	void aStoredRoundsPageSaysWhatTodaysRulesFindDifferentlyFromTheReportSaved() throws Exception {
		PageSession admin = new PageSession(port);
		admin.logIn("admin", PASSWORD);
		String leg = admin.createLeg("Re-read LEG");
		String round = admin.post("/legs/" + leg + "/rounds", Map.of("answers", Files.readString(DONOR_LED)),
				"/legs/" + leg).headers().firstValue("Location").orElseThrow().replaceAll("^https?://[^/]+", "");
		assertThat(admin.get(round).body()).contains("Re-read LEG").doesNotContain("id=\"rules-since-saved\"");

		// As if the rules had changed since: the saved report found something today's rules retired, and missed
		// the missing terms of reference.
		long id = Long.parseLong(round.replaceAll(".*/", ""));
		ObjectNode saved = (ObjectNode) JSON.readTree(jdbc.queryForObject(
				"SELECT report FROM leg_round WHERE id = ?", String.class, id));
		ArrayNode findings = (ArrayNode) saved.get("findings");
		findings.removeIf(f -> f.get("id").asText().equals("P1-no-tor"));
		findings.addObject().put("id", "P9-since-retired").put("title", "A finding the rules have since retired");
		jdbc.update("UPDATE leg_round SET report = ? WHERE id = ?", JSON.writeValueAsString(saved), id);

		String english = admin.get(round).body();
		assertThat(english).contains("id=\"rules-since-saved\"", "The rules have changed since this round was saved");
		assertThat(section(english, "now-found")).contains(title("findings.json", "P1-no-tor"));
		assertThat(section(english, "no-longer-found")).contains("A finding the rules have since retired");
		String french = admin.get(round + "?lang=fr").body();
		assertThat(french).contains(HtmlUtils.htmlEscape("Les règles ont changé depuis l'enregistrement de ce cycle", "UTF-8"))
			.doesNotContain("The rules have changed");
		assertThat(section(french, "now-found")).contains(title("translations/fr/findings.json", "P1-no-tor"))
			.doesNotContain(title("findings.json", "P1-no-tor"));
	}

	private static final ObjectMapper JSON = new ObjectMapper();

	@Autowired
	JdbcTemplate jdbc;

	/** The list of the page with this id. */
	private static String section(String page, String id) {
		int start = page.indexOf("id=\"" + id + "\"");
		assertThat(start).as("the page's list " + id).isPositive();
		return page.substring(start, page.indexOf("</ul>", start));
	}

	/** A finding's title as the knowledge base gives it, HTML-escaped as the page shows it. */
	private static String title(String file, String finding) throws IOException {
		return HtmlUtils.htmlEscape(JSON.readTree(Path.of("knowledge-base", file).toFile()).path(finding).path("title")
			.asText(), "UTF-8");
	}

}
