package org.legadvisor.web;

import static org.assertj.core.api.Assertions.assertThat;

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

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.legadvisor.knowledge.JsonFiles;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The API in the reader's language: Accept-Language or ?lang=, English otherwise. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LanguagesApiIntegrationTest {

	private static final Path EXAMPLE = Path.of("knowledge-base/examples/donor-chaired-no-tor.json");

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
		return http.send(request.build(), BodyHandlers.ofString());
	}

	private HttpRequest.Builder get(String path) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
	}

	private HttpRequest.Builder post(String path) throws Exception {
		return get(path).header("Content-Type", "application/json")
			.POST(BodyPublishers.ofString(Files.readString(EXAMPLE)));
	}

	private static JsonNode json(HttpResponse<String> response) throws Exception {
		return JsonFiles.mapper().readTree(response.body());
	}

	private static JsonNode french(String file) throws Exception {
		return JsonFiles.mapper().readTree(Path.of("knowledge-base/translations/fr", file).toFile());
	}

	private static List<String> questionTexts(JsonNode questionnaire) {
		List<String> texts = new ArrayList<>();
		questionnaire.path("sections").forEach(s -> s.path("questions").forEach(q -> texts.add(q.path("id").asText()
				+ " " + q.path("text").asText())));
		return texts;
	}

	@Test
	void servesEveryQuestionInFrenchToAReaderWhoseBrowserAsksForFrench() throws Exception {
		HttpResponse<String> response = send(get("/api/questionnaire").header("Accept-Language", "fr-FR,fr;q=0.9,en;q=0.8"));

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Language")).contains("fr");
		assertThat(response.headers().allValues("Vary")).anySatisfy(v -> assertThat(v).contains("Accept-Language"));
		JsonNode texts = french("questionnaire.json").path("questions");
		List<String> served = questionTexts(json(response));
		assertThat(served).hasSize(texts.size());
		assertThat(served).allSatisfy(line -> {
			String id = line.substring(0, line.indexOf(' '));
			assertThat(line).isEqualTo(id + " " + texts.path(id).path("text").asText());
		});
	}

	@Test
	void letsTheLangParameterChooseWhateverTheHeaderSays() throws Exception {
		JsonNode byParameter = json(send(get("/api/questionnaire?lang=fr").header("Accept-Language", "en")));
		JsonNode byHeader = json(send(get("/api/questionnaire").header("Accept-Language", "fr")));
		JsonNode english = json(send(get("/api/questionnaire").header("Accept-Language", "de-DE")));

		assertThat(byParameter).isEqualTo(byHeader);
		assertThat(questionTexts(english)).doesNotContainAnyElementsOf(questionTexts(byHeader));
		assertThat(english.path("title").asText()).isEqualTo(
				JsonFiles.mapper().readTree(Path.of("knowledge-base/questionnaire.json").toFile()).path("title").asText());
	}

	@Test
	void assessesInFrenchWithTheSameFindingsAndActions() throws Exception {
		JsonNode english = json(send(post("/api/assessments")));
		HttpResponse<String> response = send(post("/api/assessments").header("Accept-Language", "fr"));

		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode report = json(response);
		assertThat(report.path("language").asText()).isEqualTo("fr");
		assertThat(ids(report, "findings")).isNotEmpty().isEqualTo(ids(english, "findings"));
		assertThat(ids(report, "actions")).isEqualTo(ids(english, "actions"));
		JsonNode titles = french("findings.json");
		report.path("findings").forEach(f -> assertThat(f.path("title").asText())
			.isEqualTo(titles.path(f.path("id").asText()).path("title").asText()));
	}

	@Test
	void rendersTheMarkdownReportInTheLanguageOfTheLangParameter() throws Exception {
		HttpResponse<String> response = send(post("/api/reports?format=markdown&lang=fr"));

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Language")).contains("fr");
		assertThat(response.body()).contains(french("actions.json").path("A-TOR-DRAFT").path("title").asText());
	}

	private static List<String> ids(JsonNode report, String list) {
		List<String> ids = new ArrayList<>();
		report.path(list).forEach(item -> ids.add(item.path("id").asText()));
		return ids;
	}

}
