package org.legadvisor.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.legadvisor.knowledge.JsonFiles;
import org.legadvisor.web.robustness.RawHttp;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * {@code POST /api/rule-base/reload}: only the configured administrator may reload the rules, and a broken edit is
 * refused with the file and line while the last good rules keep serving, the health check saying so to the
 * administrator. An address that fails to log in too often waits. Runs on a copy of the rules that only the endpoint
 * reloads (the folder is not watched).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RuleBaseReloadIntegrationTest {

	private static final String PASSWORD = "correct horse battery staple";

	private static final int MAX_FAILED_LOGINS = 4;

	private static Path rules;

	private static String mandateAsShipped;

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@DynamicPropertySource
	static void copyOfTheRulesAndAnAdministrator(DynamicPropertyRegistry registry) throws IOException {
		rules = RulesFolderCopy.create();
		mandateAsShipped = Files.readString(rules.resolve("p1-mandate.drl"));
		registry.add("leg-advisor.rules", rules::toString);
		registry.add("leg-advisor.watch-rules", () -> "false");
		registry.add("leg-advisor.admin.password", () -> PASSWORD);
		registry.add("leg-advisor.admin.max-failed-logins", () -> MAX_FAILED_LOGINS);
	}

	@AfterEach
	void restoreTheRules() throws Exception {
		Files.writeString(rules.resolve("p1-mandate.drl"), mandateAsShipped);
		reload("admin", PASSWORD);
	}

	@AfterAll
	static void removeTheCopy() throws IOException {
		RulesFolderCopy.delete(rules);
	}

	@Test
	void refusesReloadWithoutCredentials() throws Exception {
		String version = status().get("version").asText();
		editTheMandateRules();

		HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri("/api/rule-base/reload"))
			.POST(HttpRequest.BodyPublishers.noBody())
			.build(), HttpResponse.BodyHandlers.ofString());

		assertUnauthorized(response);
		assertThat(status().get("version").asText()).as("the rules in use").isEqualTo(version);
	}

	@Test
	void refusesReloadWithWrongCredentials() throws Exception {
		assertUnauthorized(reload("admin", "correct horse"));
		assertUnauthorized(reload("root", PASSWORD));
		assertUnauthorized(reload("admin", ""));
	}

	@Test
	void refusesEveryOtherMethodAndSpellingOfThePathWithoutCredentials() throws Exception {
		for (String path : new String[] { "/api/rule-base/reload/", "/api/rule-base/reload/now" }) {
			HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri(path))
				.POST(HttpRequest.BodyPublishers.noBody())
				.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(response.statusCode()).as(path).isEqualTo(401);
		}
		HttpResponse<String> get = http.send(HttpRequest.newBuilder(uri("/api/rule-base/reload")).GET().build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(get.statusCode()).isEqualTo(401);
	}

	@Test
	void reloadsAGoodEditWithTheConfiguredCredentialsAndAnswersTheStatus() throws Exception {
		JsonNode before = status();
		editTheMandateRules();

		HttpResponse<String> response = reload("admin", PASSWORD);

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
		JsonNode reloaded = JsonFiles.mapper().readTree(response.body());
		assertThat(reloaded.get("version").asText()).matches("[0-9a-f]{12}").isNotEqualTo(before.get("version").asText());
		assertThat(reloaded.get("reload").get("outcome").asText()).isEqualTo("OK");
		assertThat(reloaded.get("rules").asInt()).isEqualTo(before.get("rules").asInt());
		assertThat(fieldNames(reloaded)).as("the shape of GET /api/rule-base for the administrator")
			.isEqualTo(fieldNames(JsonFiles.mapper().readTree(get("/api/rule-base", PASSWORD).body())));
		assertThat(status().get("version").asText()).isEqualTo(reloaded.get("version").asText());
		assertThat(response.headers().firstValue("Set-Cookie")).as("no session").isEmpty();
	}

	@Test
	void answersTheSameVersionWhenTheRulesAreUnchanged() throws Exception {
		String version = status().get("version").asText();

		HttpResponse<String> response = reload("admin", PASSWORD);

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(JsonFiles.mapper().readTree(response.body()).get("version").asText()).isEqualTo(version);
	}

	@Test
	void refusesABrokenEditWith422NamingTheFileAndLineAndKeepsTheLastGoodRules() throws Exception {
		String version = status().get("version").asText();
		Files.writeString(rules.resolve("p1-mandate.drl"), mandateAsShipped.replaceFirst("then", "thne"));

		HttpResponse<String> response = reload("admin", PASSWORD);

		assertThat(response.statusCode()).isEqualTo(422);
		assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
		JsonNode problem = JsonFiles.mapper().readTree(response.body());
		assertThat(problem.get("status").asInt()).isEqualTo(422);
		assertThat(problem.get("title").asText()).isEqualTo("Rules refused");
		assertThat(problem.get("detail").asText()).contains("Version " + version + " keeps serving");
		assertThat(problem.get("version").asText()).isEqualTo(version);
		JsonNode french = JsonFiles.mapper().readTree(reload("admin", PASSWORD, "fr").body());
		assertThat(french.get("title").asText()).isEqualTo("Règles refusées");
		assertThat(french.get("detail").asText()).contains("La version " + version + " reste en service")
			.doesNotContain("serving");
		JsonNode first = problem.get("problems").get(0);
		assertThat(first.get("file").asText()).isEqualTo("p1-mandate.drl");
		assertThat(first.get("line").asInt()).isPositive();
		assertThat(first.has("column")).isTrue();
		assertThat(first.get("message").asText()).isNotBlank();
		assertThat(response.body()).doesNotContain("Exception", "at org.");
		assertThat(status().get("version").asText()).isEqualTo(version);
		HttpRequest assess = HttpRequest.newBuilder(uri("/api/assessments")).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofFile(BundledExample.RICHEST))
			.build();
		assertThat(http.send(assess, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
	}

	@Test
	void aRefusedReloadLeavesTheHealthDegradedWithItsReasonForTheAdministratorOnly() throws Exception {
		String version = status().get("version").asText();
		Files.writeString(rules.resolve("p1-mandate.drl"), mandateAsShipped.replaceFirst("then", "thne"));
		assertThat(reload("admin", PASSWORD).statusCode()).isEqualTo(422);

		HttpResponse<String> anonymous = get("/actuator/health", null);
		assertThat(anonymous.statusCode()).as("degraded is not down: a load balancer keeps sending").isEqualTo(200);
		JsonNode publicHealth = JsonFiles.mapper().readTree(anonymous.body());
		assertThat(publicHealth.get("status").asText()).isEqualTo("DEGRADED");
		assertThat(publicHealth.get("components").get("ruleBase").get("status").asText()).isEqualTo("DEGRADED");
		assertThat(publicHealth.get("components").get("ruleBase").has("details")).isFalse();
		assertThat(anonymous.body()).doesNotContain("p1-mandate", "reason", rules.toString());

		JsonNode ruleBase = JsonFiles.mapper().readTree(get("/actuator/health", PASSWORD).body()).get("components")
			.get("ruleBase");
		assertThat(ruleBase.get("status").asText()).isEqualTo("DEGRADED");
		assertThat(ruleBase.get("details").get("reason").asText()).contains("FAILED", version + " keeps serving");
		assertThat(ruleBase.get("details").get("problems").toString()).contains("p1-mandate.drl");
		assertThat(ruleBase.get("details").get("version").asText()).isEqualTo(version);
		for (String probe : new String[] { "/actuator/health/liveness", "/actuator/health/readiness" }) {
			HttpResponse<String> response = get(probe, null);
			assertThat(response.statusCode()).as(probe).isEqualTo(200);
			assertThat(JsonFiles.mapper().readTree(response.body()).get("status").asText()).as(probe).isEqualTo("UP");
		}

		Files.writeString(rules.resolve("p1-mandate.drl"), mandateAsShipped);
		assertThat(reload("admin", PASSWORD).statusCode()).isEqualTo(200);
		assertThat(JsonFiles.mapper().readTree(get("/actuator/health", null).body()).get("status").asText())
			.isEqualTo("UP");
	}

	@Test
	void showsTheRulesFolderAndTheDiskToTheAdministratorOnly() throws Exception {
		String folder = rules.toAbsolutePath().toString();
		String workingFolder = Path.of("").toAbsolutePath().toString();

		HttpResponse<String> publicState = get("/api/rule-base", null);
		HttpResponse<String> publicHealth = get("/actuator/health", null);

		assertThat(JsonFiles.mapper().readTree(publicState.body()).has("folder")).isFalse();
		for (HttpResponse<String> response : List.of(publicState, publicHealth)) {
			assertThat(response.statusCode()).isEqualTo(200);
			assertThat(response.body()).doesNotContain(folder, workingFolder, "\"path\"", "\"total\"");
		}
		assertThat(JsonFiles.mapper().readTree(get("/api/rule-base", PASSWORD).body()).get("folder").asText())
			.isEqualTo(folder);
		JsonNode health = JsonFiles.mapper().readTree(get("/actuator/health", PASSWORD).body()).get("components");
		assertThat(health.get("ruleBase").get("details").get("folder").asText()).isEqualTo(folder);
		assertThat(health.get("diskSpace").get("details").has("path")).isTrue();
	}

	@Test
	void answers429WithRetryAfterToAnAddressThatFailedTooOftenWithoutCheckingItsPassword() throws Exception {
		// Another client's address, so that the wait (a minute) holds up no other test.
		InetAddress guesser = InetAddress.getByName("127.0.0.2");
		for (int i = 0; i < MAX_FAILED_LOGINS; i++) {
			assertThat(reloadFrom(guesser, "guess " + i).status()).isEqualTo(401);
		}

		RawHttp.Response refused = reloadFrom(guesser, PASSWORD);

		// The right password is refused too: it was not checked.
		assertThat(refused.status()).isEqualTo(429);
		assertThat(Long.parseLong(refused.header("Retry-After").orElseThrow())).isBetween(1L, 60L);
		assertThat(refused.header("Content-Type").orElseThrow()).startsWith("application/problem+json");
		assertThat(JsonFiles.mapper().readTree(refused.body()).get("detail").asText()).contains("Try again in");
		assertThat(JsonFiles.mapper().readTree(refused.body()).get("title").asText()).isEqualTo("Too many failed logins");
		RawHttp.Response frenchRefusal = reloadFrom(guesser, PASSWORD, "Accept-Language: fr\r\n");
		assertThat(frenchRefusal.status()).isEqualTo(429);
		JsonNode french = JsonFiles.mapper().readTree(frenchRefusal.body());
		assertThat(french.get("title").asText()).isEqualTo("Trop d'échecs de connexion");
		assertThat(french.get("detail").asText()).startsWith("Trop d'échecs de connexion administrateur depuis cette "
				+ "adresse. Réessayer dans ");
		assertThat(frenchRefusal.header("Content-Language")).hasValue("fr");
		assertThat(reload("admin", PASSWORD).statusCode()).as("another address").isEqualTo(200);
		assertThat(get("/api/rule-base", null).statusCode()).as("requests without credentials").isEqualTo(200);
	}

	private RawHttp.Response reloadFrom(InetAddress address, String password) throws IOException {
		return reloadFrom(address, password, "");
	}

	private RawHttp.Response reloadFrom(InetAddress address, String password, String headers) throws IOException {
		String credentials = Base64.getEncoder().encodeToString(("admin:" + password).getBytes(StandardCharsets.UTF_8));
		return RawHttp.send(port, address, "POST /api/rule-base/reload HTTP/1.0\r\nHost: localhost\r\n" + headers
				+ "Authorization: Basic " + credentials + "\r\nContent-Length: 0\r\n\r\n");
	}

	@Test
	void aSuccessfulLoginForgetsTheFailuresBeforeIt() throws Exception {
		for (int round = 0; round < 2; round++) {
			for (int i = 1; i < MAX_FAILED_LOGINS; i++) {
				assertUnauthorized(reload("admin", "guess " + i));
			}
			assertThat(reload("admin", PASSWORD).statusCode()).as("round %d", round).isEqualTo(200);
		}
	}

	private HttpResponse<String> get(String path, String adminPassword) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).GET();
		if (adminPassword != null) {
			request.header("Authorization", "Basic " + Base64.getEncoder()
				.encodeToString(("admin:" + adminPassword).getBytes(StandardCharsets.UTF_8)));
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	@Test
	void refusesADeletedRuleFileWith422UntilTheAdministratorAcceptsTheLoss() throws Exception {
		JsonNode before = status();
		Path partnership = rules.resolve("p7-partnership-dynamics.drl");
		String text = Files.readString(partnership);
		try {
			Files.delete(partnership);

			HttpResponse<String> refused = reload("admin", PASSWORD);

			assertThat(refused.statusCode()).isEqualTo(422);
			assertThat(refused.body()).contains("this rule file is gone", "accept-loss=true");
			assertThat(status().get("version").asText()).isEqualTo(before.get("version").asText());
			assertThat(status().get("reload").get("outcome").asText()).isEqualTo("REFUSED");

			HttpResponse<String> applied = http.send(HttpRequest.newBuilder(uri("/api/rule-base/reload?accept-loss=true"))
				.header("Authorization", "Basic " + Base64.getEncoder()
					.encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
				.POST(HttpRequest.BodyPublishers.noBody())
				.build(), HttpResponse.BodyHandlers.ofString());

			assertThat(applied.statusCode()).isEqualTo(200);
			assertThat(status().get("rules").asInt()).isLessThan(before.get("rules").asInt());
		}
		finally {
			Files.writeString(partnership, text);
		}
	}

	private void editTheMandateRules() throws IOException {
		Files.writeString(rules.resolve("p1-mandate.drl"),
				mandateAsShipped + System.lineSeparator() + "// edited while serving" + System.lineSeparator());
	}

	private HttpResponse<String> reload(String user, String password) throws Exception {
		return reload(user, password, "en");
	}

	private HttpResponse<String> reload(String user, String password, String language) throws Exception {
		String credentials = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
		return http.send(HttpRequest.newBuilder(uri("/api/rule-base/reload"))
			.header("Authorization", "Basic " + credentials)
			.header("Accept-Language", language)
			.POST(HttpRequest.BodyPublishers.noBody())
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private JsonNode status() throws Exception {
		HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri("/api/rule-base")).GET().build(),
				HttpResponse.BodyHandlers.ofString());
		return JsonFiles.mapper().readTree(response.body());
	}

	private static List<String> fieldNames(JsonNode node) {
		List<String> names = new ArrayList<>();
		node.fieldNames().forEachRemaining(names::add);
		return names;
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + port + path);
	}

	/** 401 as a problem that says nothing about the rules, and asks for HTTP Basic. */
	static void assertUnauthorized(HttpResponse<String> response) throws Exception {
		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(response.headers().firstValue("WWW-Authenticate").orElseThrow()).startsWith("Basic");
		assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
		JsonNode problem = JsonFiles.mapper().readTree(response.body());
		assertThat(problem.get("status").asInt()).isEqualTo(401);
		assertThat(response.body()).doesNotContain("version", "rules", "Exception");
	}

}
