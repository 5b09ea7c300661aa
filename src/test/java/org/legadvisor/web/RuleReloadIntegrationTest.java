package org.legadvisor.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.legadvisor.knowledge.JsonFiles;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The running service follows edits of its rules folder: a broken edit is refused and reported while the last good
 * rules keep assessing; a good edit is served. Runs on a copy of the rules.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RuleReloadIntegrationTest {

	private static Path rules;

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@DynamicPropertySource
	static void copyOfTheRules(DynamicPropertyRegistry registry) throws IOException {
		rules = RulesFolderCopy.create();
		registry.add("leg-advisor.rules", rules::toString);
	}

	@AfterAll
	static void removeTheCopy() throws IOException {
		RulesFolderCopy.delete(rules);
	}

	@Test
	void refusesABrokenEditKeepsAssessingAndServesTheNextGoodOne() throws Exception {
		JsonNode before = get("/api/rule-base");
		assertThat(before.get("reload").get("outcome").asText()).isEqualTo("OK");
		String version = before.get("version").asText();
		Path mandate = rules.resolve("p1-mandate.drl");
		String good = Files.readString(mandate);

		Files.writeString(mandate, good.replaceFirst("then", "thne"));
		JsonNode refused = await(state -> state.get("reload").get("outcome").asText().equals("FAILED"));

		assertThat(refused.get("version").asText()).isEqualTo(version);
		assertThat(refused.get("reload").get("problems").toString()).contains("p1-mandate.drl");
		assertThat(get("/actuator/health").get("components").get("ruleBase").get("status").asText())
			.isEqualTo("DEGRADED");
		HttpRequest assess = HttpRequest.newBuilder(uri("/api/assessments")).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofFile(BundledExample.RICHEST))
			.build();
		assertThat(http.send(assess, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);

		Files.writeString(mandate, good + System.lineSeparator() + "// edited while serving" + System.lineSeparator());
		JsonNode served = await(state -> state.get("reload").get("outcome").asText().equals("OK")
				&& !state.get("version").asText().equals(version));

		assertThat(served.get("rules").asInt()).isEqualTo(before.get("rules").asInt());
	}

	private JsonNode await(Predicate<JsonNode> condition) throws Exception {
		// A reload compiles every rule and tries every scenario: generous, so a busy machine does not fail it.
		Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
		JsonNode state = get("/api/rule-base");
		while (!condition.test(state) && Instant.now().isBefore(deadline)) {
			Thread.sleep(100);
			state = get("/api/rule-base");
		}
		assertThat(condition.test(state)).as("rule base state %s", state).isTrue();
		return state;
	}

	private JsonNode get(String path) throws Exception {
		HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri(path)).GET().build(),
				HttpResponse.BodyHandlers.ofString());
		return JsonFiles.mapper().readTree(response.body());
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + port + path);
	}

}
