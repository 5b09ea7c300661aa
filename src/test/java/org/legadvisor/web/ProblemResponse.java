package org.legadvisor.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.legadvisor.knowledge.JsonFiles;

/** What every refusal of the service must be: a 4xx RFC 9457 problem that says what is wrong, and nothing of Java. */
public final class ProblemResponse {

	/** Traces of the implementation that must never reach a client: stack frames, class names, the parser's settings. */
	public static final List<String> LEAKS = List.of("at org.", "Exception", "java.", "jakarta.", "org.apache", "com.fasterxml",
			"org.springframework", "org.legadvisor", "StreamRead", "ReadFeature", "REDACTED");

	private ProblemResponse() {
	}

	/** Asserts the response is such a problem, and returns it. */
	public static JsonNode assertProblem(HttpResponse<String> response, String request) throws Exception {
		assertThat(response.statusCode()).as("status of %s", request).isBetween(400, 499);
		assertThat(response.headers().firstValue("Content-Type")).as("content type of %s", request)
			.hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
		assertThat(response.body()).as("body of %s", request).doesNotContain(LEAKS);
		JsonNode problem = JsonFiles.mapper().readTree(response.body());
		assertThat(problem.path("status").asInt()).as("status in %s", request).isEqualTo(response.statusCode());
		assertThat(problem.path("title").asText()).as("title in %s", request).isNotBlank();
		assertThat(problem.path("detail").asText()).as("detail in %s", request).isNotBlank();
		return problem;
	}

	/** Asserts the response refuses invalid answers, naming for each problem the field and what was expected. */
	public static void assertInvalidAnswers(HttpResponse<String> response, String request) throws Exception {
		JsonNode problem = assertProblem(response, request);
		assertThat(response.statusCode()).as("status of %s", request).isEqualTo(400);
		assertThat(problem.path("title").asText()).as("title in %s", request).isEqualTo("Invalid answers");
		assertThat(problem.path("problems")).as("problems in %s", request).isNotEmpty().allSatisfy(p -> {
			assertThat(p.path("field").asText()).as("field in %s", request).isNotBlank();
			assertThat(p.path("expected").asText()).as("expected in %s", request).isNotBlank();
			if (p.path("kind").asText().equals("MALFORMED_DOCUMENT")) {
				assertThat(p.path("given").asText()).as("given in %s", request).isNotBlank();
			}
		});
	}

}
