package org.legadvisor.web.robustness;

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
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.legadvisor.knowledge.JsonFiles;
import org.legadvisor.web.BundledExample;
import org.legadvisor.web.RulesFolderCopy;
import org.legadvisor.web.robustness.ConcurrentClients.Exchange;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The service under concurrent clients posting the bundled examples to {@code /api/assessments}: not one request fails
 * while the rules are edited (a good edit is served, a broken one refused, the last good rules keep serving), 32
 * clients at once are all served, and a normal client is served while 300 others trickle their bodies to hold the
 * threads. Runs on a copy of the rules, with the service's own limits.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ServiceUnderLoadIntegrationTest {

	/**
	 * The edit: P1-no-tor's basis, which reports show and which changes no outcome (a rule's name is no longer the
	 * report's title: that comes from findings.json).
	 */
	private static final String BASIS = "Part II, challenge 1; Part III, principle 1, element 2";

	private static final String EDITED_BASIS = "Part II, challenge 1; Part III, principle 1, elements 2 and 3";

	/** Requests served in each phase of the reload test: before the edits, after the good one, after the broken one. */
	private static final int REQUESTS_PER_PHASE = 150;

	private static final Duration PHASE_LIMIT = Duration.ofSeconds(30);

	private static Path rules;

	private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	private final List<BundledExample> examples = BundledExample.all();

	@LocalServerPort
	int port;

	@Value("${leg-advisor.body-timeout}")
	Duration bodyTimeout;

	@Value("${leg-advisor.max-concurrent-body-reads}")
	int maxBodyReads;

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
	void servesEveryRequestWhileAGoodThenABrokenEditIsReloaded() throws Exception {
		String original = get("/api/rule-base").get("version").asText();
		Path mandate = rules.resolve("p1-mandate.drl");
		String text = Files.readString(mandate);
		String edited = text.replace("@basis(\"" + BASIS + "\")", "@basis(\"" + EDITED_BASIS + "\")");
		assertThat(edited).isNotEqualTo(text);
		String good;
		List<Exchange> exchanges;
		try (ConcurrentClients clients = new ConcurrentClients(16, this::postExample)) {
			awaitMore(clients, 0);

			Files.writeString(mandate, edited);
			good = awaitRuleBase(state -> state.get("reload").get("outcome").asText().equals("OK")
					&& !state.get("version").asText().equals(original)).get("version").asText();
			awaitMore(clients, clients.completed());

			Files.writeString(mandate, edited.replaceFirst("then", "thne"));
			JsonNode refused = awaitRuleBase(state -> state.get("reload").get("outcome").asText().equals("FAILED"));
			awaitMore(clients, clients.completed());
			exchanges = clients.stop();

			assertThat(refused.get("version").asText()).isEqualTo(good);
			assertThat(refused.get("reload").get("problems").toString()).contains("p1-mandate.drl");
			assertThat(get("/actuator/health").get("components").get("ruleBase").get("status").asText())
				.isEqualTo("DEGRADED");
		}

		assertThat(exchanges.stream().filter(e -> !isWellFormedReport(e)).limit(5).toList())
			.as("failed requests among %d", exchanges.size()).isEmpty();
		Map<Integer, List<String>> versionsByClient = versionsByClient(exchanges);
		Set<String> seen = new LinkedHashSet<>();
		versionsByClient.values().forEach(seen::addAll);
		assertThat(seen).as("versions served").containsExactlyInAnyOrder(original, good);
		assertThat(versionsByClient).allSatisfy((client, versions) -> {
			assertThat(versions.subList(versions.indexOf(good) < 0 ? versions.size() : versions.indexOf(good),
					versions.size())).as("client %d never goes back to the rules before the edit", client)
				.containsOnly(good);
			assertThat(versions.get(versions.size() - 1)).as("client %d ends on the good edit", client)
				.isEqualTo(good);
		});
		assertThat(noTorBases(exchanges, original)).containsOnly(BASIS);
		assertThat(noTorBases(exchanges, good)).containsOnly(EDITED_BASIS);
		System.out.printf(Locale.ROOT, "16 clients while reloading: %d requests, all served, versions %s%n",
				exchanges.size(), seen);
	}

	@Test
	void servesThirtyTwoConcurrentClientsWithoutAnError() throws Exception {
		List<Exchange> exchanges;
		Duration elapsed;
		try (ConcurrentClients clients = new ConcurrentClients(32, this::postExample)) {
			Thread.sleep(5000);
			exchanges = clients.stop();
			elapsed = clients.elapsed();
		}

		assertThat(exchanges).isNotEmpty();
		assertThat(exchanges.stream().filter(e -> !isWellFormedReport(e)).limit(5).toList())
			.as("failed requests among %d", exchanges.size()).isEmpty();
		// Reported, not asserted: the figure depends on the machine and whatever else it runs.
		long[] nanos = exchanges.stream().mapToLong(Exchange::nanos).sorted().toArray();
		System.out.printf(Locale.ROOT, "32 clients, %.1f s: %d requests, %.0f req/s, p50 %.1f ms, p99 %.1f ms%n",
				elapsed.toMillis() / 1000.0, nanos.length, nanos.length * 1e9 / elapsed.toNanos(),
				nanos[nanos.length / 2] / 1e6, nanos[(int) (nanos.length * 0.99)] / 1e6);
	}

	@Test
	void aNormalClientIsServedWhileThreeHundredClientsTrickleTheirBodies() throws Exception {
		List<Exchange> normal;
		try (SlowBodyClients slow = new SlowBodyClients(port, 300, Duration.ofSeconds(4))) {
			slow.awaitOpened(PHASE_LIMIT);
			// Once those beyond the limit are refused, the others hold every place for a body in transit.
			assertThat(slow.awaitAnswered(503, 300 - maxBodyReads, PHASE_LIMIT))
				.as("slow clients refused beyond the limit of bodies in transit").isTrue();
			try (ConcurrentClients client = new ConcurrentClients(1, this::postExample)) {
				await(() -> client.completed() >= 10, "answers to the normal client");
				normal = client.stop();
			}
		}

		assertThat(normal.stream().filter(e -> !isWellFormedReport(e)).limit(5).toList()).as("failed normal requests")
			.isEmpty();
		// Generous, for a busy machine: an answer takes milliseconds; without the limit, all the threads would wait
		// for slow bodies, and the normal client for the body timeout (20 s).
		assertThat(normal.stream().mapToLong(Exchange::nanos).max().orElseThrow()).isLessThan(bodyTimeout.toNanos() / 2);
	}

	private HttpRequest postExample(int client, int sequence) {
		return ConcurrentClients.postJson(uri("/api/assessments"), example(client, sequence).json());
	}

	private BundledExample example(int client, int sequence) {
		return examples.get((client + sequence) % examples.size());
	}

	private boolean isWellFormedReport(Exchange exchange) {
		if (!exchange.ok() || !exchange.contentType().startsWith("application/json")) {
			return false;
		}
		JsonNode report = report(exchange);
		return report.path("leg").path("name").asText().equals(example(exchange.client(), exchange.sequence()).legName())
				&& report.path("ruleBase").path("version").asText().matches("[0-9a-f]{12}")
				&& report.path("summary").path("findings").asInt(-1) == report.path("findings").size();
	}

	/** Each client's versions in the order it sent its requests. */
	private static Map<Integer, List<String>> versionsByClient(List<Exchange> exchanges) {
		Map<Integer, List<String>> byClient = new TreeMap<>();
		exchanges.stream().sorted(Comparator.comparingInt(Exchange::sequence)).forEach(e -> byClient
			.computeIfAbsent(e.client(), c -> new ArrayList<>()).add(report(e).get("ruleBase").get("version").asText()));
		return byClient;
	}

	/** The bases of the finding P1-no-tor in the reports of one rule base version: its metadata in that version. */
	private static Set<String> noTorBases(List<Exchange> exchanges, String version) {
		Set<String> titles = new LinkedHashSet<>();
		for (Exchange exchange : exchanges) {
			JsonNode report = report(exchange);
			if (report.get("ruleBase").get("version").asText().equals(version)) {
				report.get("findings").forEach(finding -> {
					if (finding.get("id").asText().equals("P1-no-tor")) {
						titles.add(finding.get("basis").get("text").asText());
					}
				});
			}
		}
		return titles;
	}

	private static JsonNode report(Exchange exchange) {
		try {
			return JsonFiles.mapper().readTree(exchange.body());
		}
		catch (JsonProcessingException e) {
			return JsonFiles.mapper().missingNode();
		}
	}

	private static void awaitMore(ConcurrentClients clients, int from) throws InterruptedException {
		await(() -> clients.completed() >= from + REQUESTS_PER_PHASE, "requests served");
	}

	private JsonNode awaitRuleBase(Predicate<JsonNode> condition) throws Exception {
		Instant deadline = Instant.now().plus(PHASE_LIMIT);
		JsonNode state = get("/api/rule-base");
		while (!condition.test(state) && Instant.now().isBefore(deadline)) {
			Thread.sleep(100);
			state = get("/api/rule-base");
		}
		assertThat(condition.test(state)).as("rule base state %s", state).isTrue();
		return state;
	}

	private static void await(BooleanSupplier condition, String what) throws InterruptedException {
		Instant deadline = Instant.now().plus(PHASE_LIMIT);
		while (!condition.getAsBoolean() && Instant.now().isBefore(deadline)) {
			Thread.sleep(50);
		}
		assertThat(condition.getAsBoolean()).as(what).isTrue();
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
