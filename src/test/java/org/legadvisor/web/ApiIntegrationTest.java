package org.legadvisor.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.legadvisor.cli.LegAdvisorCommand;
import org.legadvisor.knowledge.JsonFiles;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import picocli.CommandLine;

/** The REST API on a real server: every endpoint, and every way a request can be refused. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ApiIntegrationTest {

	static final Path EXAMPLE = BundledExample.RICHEST;

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Test
	void servesTheQuestionnaire() throws Exception {
		HttpResponse<String> response = get("/api/questionnaire");

		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode questionnaire = json(response);
		assertThat(questionnaire.get("version").asText()).isEqualTo("1.0");
		assertThat(questionnaire.get("sections").get(0).get("questions").get(0).get("type").asText()).isNotBlank();
	}

	@Test
	void validatesAGoodAnswersDocument() throws Exception {
		HttpResponse<String> response = post("/api/answers/validate", Files.readString(EXAMPLE));

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(json(response).get("valid").asBoolean()).isTrue();
	}

	@Test
	void refusesInvalidAnswersOnValidationWithTheQuestionIds() throws Exception {
		HttpResponse<String> response = post("/api/answers/validate", """
				{ "questionnaireVersion": "1.0", "leg": { "name": "X" }, "answers": { "tor.exists": "maybe" } }""");

		assertProblem(response, 400, "Invalid answers");
		assertThat(json(response).get("problems").get(0).get("field").asText()).isEqualTo("tor.exists");
	}

	@Test
	void assessesWithExactlyTheJsonOfTheCommandLine() throws Exception {
		HttpResponse<String> response = post("/api/assessments", Files.readString(EXAMPLE));

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/json"));
		ObjectNode served = (ObjectNode) json(response);
		ObjectNode printed = (ObjectNode) JsonFiles.mapper().readTree(cli("assess", EXAMPLE.toString(), "--format", "json"));
		// Both ran the same rules; only the moment each compiled them differs.
		((ObjectNode) served.get("ruleBase")).remove("loadedAt");
		((ObjectNode) printed.get("ruleBase")).remove("loadedAt");
		assertThat(served).isEqualTo(printed);
		assertThat(served.get("actions").get(0).get("rank").asInt()).isEqualTo(1);
	}

	@Test
	void givesTheSummaryPartAloneWhenAskedForIt() throws Exception {
		HttpResponse<String> full = post("/api/assessments", Files.readString(EXAMPLE));
		HttpResponse<String> summary = post("/api/assessments?detail=summary", Files.readString(EXAMPLE));

		assertThat(summary.statusCode()).isEqualTo(200);
		assertThat(summary.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
		JsonNode whole = json(full);
		JsonNode part = json(summary);
		List<String> fields = new ArrayList<>();
		part.fieldNames().forEachRemaining(fields::add);
		assertThat(fields).containsExactly("leg", "questionnaireVersion", "ruleBase", "summary", "context", "profile",
				"topActions");
		for (String field : fields.subList(0, fields.size() - 1)) {
			assertThat(part.get(field)).as(field).isEqualTo(whole.get(field));
		}
		assertThat(whole.get("actions").size()).isGreaterThan(5);
		assertThat(part.get("topActions")).hasSize(5);
		for (int i = 0; i < 5; i++) {
			assertThat(part.get("topActions").get(i)).isEqualTo(whole.get("actions").get(i));
		}
		assertThat(summary.body().length()).isLessThan(full.body().length() / 2);
	}

	@Test
	void refusesAnUnknownDetail() throws Exception {
		assertProblem(post("/api/assessments?detail=everything", Files.readString(EXAMPLE)), 400, "Bad Request");
	}

	@Test
	void refusesInvalidAnswersWithProblemDetailsNamingEachQuestion() throws Exception {
		HttpResponse<String> response = post("/api/assessments", """
				{ "questionnaireVersion": "1.0", "leg": { "name": "X" },
				  "answers": { "meetings.per_year": 99, "tor.covers": ["mandate"], "no.such.question": "yes" } }""");

		assertProblem(response, 400, "Invalid answers");
		JsonNode problems = json(response).get("problems");
		assertThat(problems.findValuesAsText("field")).containsExactlyInAnyOrder("meetings.per_year", "tor.covers",
				"no.such.question");
		JsonNode range = problems.get(0);
		assertThat(range.get("kind").asText()).isEqualTo("OUT_OF_RANGE");
		assertThat(range.get("given").asText()).isEqualTo("99");
		assertThat(range.get("expected").asText()).isEqualTo("a whole number from 0 to 52");
	}

	@Test
	void refusesMalformedJsonWithTheCommandLinesMessage() throws Exception {
		HttpResponse<String> response = post("/api/assessments", "{ \"questionnaireVersion\": \"1.0\", ");

		assertProblem(response, 400, "Invalid answers");
		JsonNode problem = json(response).get("problems").get(0);
		assertThat(problem.get("kind").asText()).isEqualTo("MALFORMED_DOCUMENT");
		assertThat(problem.get("given").asText()).startsWith("invalid JSON at line 1");
	}

	@Test
	void refusesAnUnknownFieldByName() throws Exception {
		HttpResponse<String> response = post("/api/assessments", """
				{ "questionnaireVersion": "1.0", "leg": { "name": "X", "region": "North" }, "answers": {} }""");

		assertProblem(response, 400, "Invalid answers");
		JsonNode problem = json(response).get("problems").get(0);
		assertThat(problem.get("field").asText()).isEqualTo("region");
		assertThat(problem.get("given").asText()).startsWith("an unknown field");
	}

	@Test
	void refusesABodyOverTheLimitWith413() throws Exception {
		String big = "{ \"questionnaireVersion\": \"1.0\", \"pad\": \"" + "x".repeat(300 * 1024) + "\" }";

		assertProblem(post("/api/assessments", big), 413, "Request too large");
	}

	@Test
	void refusesAStreamedBodyOverTheLimitWith413() throws Exception {
		String big = "{ \"questionnaireVersion\": \"1.0\", \"pad\": \"" + "x".repeat(300 * 1024) + "\" }";
		// A publisher of unknown length makes the client send the body in chunks, without Content-Length.
		HttpRequest request = HttpRequest.newBuilder(uri("/api/assessments")).header("Content-Type", "application/json")
			.POST(BodyPublishers.fromPublisher(BodyPublishers.ofString(big)))
			.build();

		assertProblem(http.send(request, BodyHandlers.ofString()), 413, "Request too large");
	}

	@Test
	void refusesAnotherContentTypeWith415() throws Exception {
		HttpRequest request = HttpRequest.newBuilder(uri("/api/assessments")).header("Content-Type", "text/plain")
			.POST(BodyPublishers.ofString(Files.readString(EXAMPLE)))
			.build();

		assertProblem(http.send(request, BodyHandlers.ofString()), 415, "Unsupported Media Type");
	}

	@Test
	void rendersTheReportAsMarkdownAndAsAStandaloneHtmlPage() throws Exception {
		HttpResponse<String> markdown = post("/api/reports?format=markdown", Files.readString(EXAMPLE));
		HttpResponse<String> html = post("/api/reports?format=html", Files.readString(EXAMPLE));

		assertThat(markdown.statusCode()).isEqualTo(200);
		assertThat(markdown.body()).startsWith("# LEG Advisor report: Education Development Partners Group of Belmora");
		assertThat(html.statusCode()).isEqualTo(200);
		assertThat(html.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
		assertThat(html.body()).contains("<svg id=\"radar-chart\"", "<svg id=\"challenge-chart\"")
			.doesNotContain("<link", "<script src");
		assertThat(html.body()).contains("id=\"context\"", "id=\"ranking\"", "data-ranking=\"default\"");
		assertThat(html.body().indexOf("id=\"context\"")).isLessThan(html.body().indexOf("id=\"radar-chart\""));
	}

	@Test
	void refusesAnUnknownReportFormat() throws Exception {
		assertProblem(post("/api/reports?format=odt", Files.readString(EXAMPLE)), 400, "Bad Request");
	}

	@Test
	void listsEveryRuleWithItsIdNameAndMetadata() throws Exception {
		HttpResponse<String> response = get("/api/rules");

		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode noTor = Stream.of(json(response)).flatMap(rules -> java.util.stream.StreamSupport.stream(rules.spliterator(), false))
			.filter(rule -> "P1-no-tor".equals(rule.get("id").asText()))
			.findFirst()
			.orElseThrow();
		assertThat(noTor.get("name").asText()).isEqualTo("Without written terms of reference the mandate is not agreed");
		assertThat(noTor.get("metadata").get("action").asText()).isEqualTo("A-TOR-DRAFT");
	}

	@Test
	void reportsTheRuleBaseVersionInItsStatusAndItsStateInTheHealthCheck() throws Exception {
		JsonNode status = json(get("/api/rule-base"));
		JsonNode health = json(get("/actuator/health"));

		assertThat(status.get("version").asText()).matches("[0-9a-f]{12}");
		assertThat(status.get("rules").asInt()).isPositive();
		assertThat(health.get("status").asText()).isEqualTo("UP");
		assertThat(health.get("components").get("ruleBase").get("status").asText()).isEqualTo("UP");
	}

	@Test
	void describesTheApiWithOpenApi() throws Exception {
		JsonNode api = json(get("/v3/api-docs"));

		assertThat(api.at("/info/title").asText()).isEqualTo("LEG Advisor API");
		assertThat(api.at("/info/version").asText()).isEqualTo("1.0");
		assertThat(api.at("/info/description").asText()).contains("local education group");
		assertThat(api.at("/info/contact/name").asText()).isNotBlank();
		assertThat(api.get("paths").fieldNames()).toIterable().containsExactlyInAnyOrder("/api/questionnaire",
				"/api/answers/validate", "/api/assessments", "/api/reports", "/api/rules", "/api/rule-base",
				"/api/rule-base/reload", "/api/legs", "/api/legs/{id}", "/api/legs/{id}/rounds",
				"/api/legs/{id}/rounds/{roundId}", "/api/legs/{id}/progress", "/api/legs/{id}/plan",
				"/api/legs/{id}/plan/{actionId}", "/api/legs/{id}/members/{username}", "/api/accounts",
				"/api/legs/{id}/rounds/{roundId}/rerun", "/api/admin/impact", "/api/legs/{id}/audit", "/api/audit",
				"/api/legs/{id}/draft");
		List<JsonNode> bodies = new ArrayList<>();
		api.get("paths").forEach(path -> path.forEach(operation -> {
			JsonNode body = operation.get("requestBody");
			if (body != null && body.at("/content/application~1json/schema/$ref").asText().endsWith("/AnswersDocument")) {
				bodies.add(body);
			}
		}));
		assertThat(bodies).hasSize(4).allSatisfy(body -> assertThat(
				body.at("/content/application~1json/examples/donor-chaired-no-tor/value/leg/name").asText())
			.isEqualTo("Education Development Partners Group of Belmora"));
		assertThat(api.at("/paths/~1api~1legs/post/requestBody/content/application~1json/examples").isMissingNode())
			.as("a new LEG is not an answers document").isTrue();
	}

	@Test
	void showsNoServerPathToTheUnauthenticated() throws Exception {
		String ruleBase = get("/api/rule-base").body();
		String api = get("/v3/api-docs").body();

		assertThat(ruleBase).doesNotContain(System.getProperty("user.dir"), "\"folder\"");
		assertThat(api).doesNotContain(System.getProperty("user.dir"));
	}

	@Test
	void answersAnUnknownPathWithAProblemAndNoStackTrace() throws Exception {
		HttpResponse<String> response = get("/api/nothing-here");

		assertProblem(response, 404, "Not Found");
		assertThat(response.body()).doesNotContain("Exception", "at org.");
	}

	private HttpResponse<String> get(String path) throws Exception {
		return http.send(HttpRequest.newBuilder(uri(path)).GET().build(), BodyHandlers.ofString());
	}

	private HttpResponse<String> post(String path, String body) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
			.POST(BodyPublishers.ofString(body))
			.build();
		return http.send(request, BodyHandlers.ofString());
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + port + path);
	}

	private static JsonNode json(HttpResponse<String> response) throws Exception {
		return JsonFiles.mapper().readTree(response.body());
	}

	private static void assertProblem(HttpResponse<String> response, int status, String title) throws Exception {
		assertThat(response.statusCode()).isEqualTo(status);
		assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
		JsonNode problem = json(response);
		assertThat(problem.get("status").asInt()).isEqualTo(status);
		assertThat(problem.get("title").asText()).isEqualTo(title);
	}

	private static String cli(String... args) {
		StringWriter out = new StringWriter();
		CommandLine commandLine = new CommandLine(new LegAdvisorCommand());
		commandLine.setOut(new PrintWriter(out));
		assertThat(commandLine.execute(args)).isZero();
		return out.toString();
	}

}
