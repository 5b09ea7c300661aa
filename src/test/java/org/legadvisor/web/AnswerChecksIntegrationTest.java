package org.legadvisor.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.legadvisor.knowledge.JsonFiles;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Answers checked against each other on a real server: both the validation and the assessment endpoints refuse
 * them with problem details naming each question by id and text, and what each answer contradicts.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AnswerChecksIntegrationTest {

	private static final String CONTRADICTORY = """
			{ "questionnaireVersion": "1.0", "leg": { "name": "X" }, "answers": {
			  "members.total": 5, "members.active": 9, "members.cso": 12, "meetings.per_year": 2.5,
			  "tor.exists": "no", "tor.covers": ["mandate"] } }""";

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Test
	void refusesContradictoryAnswersOnValidationAndAssessmentAlike() throws Exception {
		for (String path : List.of("/api/answers/validate", "/api/assessments")) {
			HttpResponse<String> response = post(path, CONTRADICTORY);

			ProblemResponse.assertInvalidAnswers(response, path);
			JsonNode problems = JsonFiles.mapper().readTree(response.body()).get("problems");
			assertThat(problems.findValuesAsText("kind")).as(path).containsExactlyInAnyOrder("NOT_WHOLE_NUMBER",
					"EXCEEDS_OTHER_ANSWER", "EXCEEDS_OTHER_ANSWER", "CONTRADICTS_PARENT");
			assertThat(problems.findValuesAsText("field")).as(path).containsExactlyInAnyOrder("meetings.per_year",
					"members.active", "members.cso", "tor.covers");
		}
	}

	@Test
	void namesTheQuestionAndBothAnswersOfEachRefusal() throws Exception {
		JsonNode problems = JsonFiles.mapper().readTree(post("/api/assessments", CONTRADICTORY).body()).get("problems");

		JsonNode active = problem(problems, "members.active");
		assertThat(active.get("question").asText())
			.isEqualTo("How many of these member organizations took an active part in the last twelve months?");
		assertThat(active.get("given").asText()).isEqualTo("9");
		assertThat(active.get("expected").asText()).isEqualTo("at most 5, the number given for question "
				+ "\"How many organizations are members of the LEG core group?\"");
		assertThat(problem(problems, "members.cso").get("given").asText()).isEqualTo("12");
		assertThat(problem(problems, "meetings.per_year").get("given").asText()).isEqualTo("2.5");
		assertThat(problem(problems, "tor.covers").get("expected").asText()).contains("Does the LEG have written terms")
			.contains("is answered \"no\"").doesNotContain("tor.exists");
		assertThat(problem(problems, "tor.covers").get("message").asText())
			.startsWith("Question \"What do the ToR or MoU cover?").doesNotContain("tor.");
	}

	@Test
	void servesTheChecksInTheQuestionnaireForTheFormToRead() throws Exception {
		HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri("/api/questionnaire")).GET().build(),
				BodyHandlers.ofString());

		JsonNode active = JsonFiles.mapper().readTree(response.body()).findParents("id").stream()
			.filter(q -> q.get("id").asText().equals("members.active"))
			.findFirst()
			.orElseThrow();
		assertThat(active.get("wholeNumber").asBoolean()).isTrue();
		assertThat(active.get("atMost").asText()).isEqualTo("members.total");
	}

	private static JsonNode problem(JsonNode problems, String field) {
		for (JsonNode problem : problems) {
			if (problem.get("field").asText().equals(field)) {
				return problem;
			}
		}
		throw new AssertionError("no problem for " + field + " in " + problems);
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

}
