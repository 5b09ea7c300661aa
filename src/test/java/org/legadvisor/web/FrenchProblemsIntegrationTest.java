package org.legadvisor.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.legadvisor.knowledge.JsonFiles;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The API's problems in the reader's language: refused answers name the question by its French text and say what
 * was given and expected in French, the field ids unchanged; the service's other refusals too.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FrenchProblemsIntegrationTest {

	private static final String INVALID = """
			{ "questionnaireVersion": "1.0", "leg": { "name": "GLPE test" },
			  "answers": { "tor.exists": "no", "tor.covers": ["mandate"], "meetings.per_year": 2.5,
			               "members.total": 5, "members.active": 9 } }""";

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
	}

	private HttpResponse<String> post(String path, String body, String acceptLanguage) throws Exception {
		return http.send(request(path).header("Content-Type", "application/json")
			.header("Accept-Language", acceptLanguage).POST(BodyPublishers.ofString(body)).build(), BodyHandlers.ofString());
	}

	private static String french(String question) throws Exception {
		return JsonFiles.mapper().readTree(Path.of("knowledge-base/translations/fr/questionnaire.json").toFile())
			.path("questions").path(question).path("text").asText();
	}

	private static JsonNode problem(JsonNode body, String field) {
		for (JsonNode problem : body.path("problems")) {
			if (problem.path("field").asText().equals(field)) {
				return problem;
			}
		}
		throw new AssertionError("no problem for " + field + " in " + body);
	}

	@Test
	void saysRefusedAnswersInFrenchNamingTheQuestionsByTheirFrenchText() throws Exception {
		for (String path : new String[] { "/api/assessments", "/api/reports", "/api/answers/validate" }) {
			HttpResponse<String> response = post(path, INVALID, "fr-FR,fr;q=0.9,en;q=0.5");

			assertThat(response.statusCode()).as(path).isEqualTo(400);
			assertThat(response.headers().firstValue("Content-Language")).as(path).contains("fr");
			JsonNode body = JsonFiles.mapper().readTree(response.body());
			assertThat(body.path("title").asText()).isEqualTo("Réponses non valides");
			assertThat(body.path("detail").asText()).startsWith("3 problème(s) dans les réponses ; rien n'a été évalué");
			JsonNode covers = problem(body, "tor.covers");
			assertThat(covers.path("kind").asText()).isEqualTo("CONTRADICTS_PARENT");
			assertThat(covers.path("question").asText()).isEqualTo(french("tor.covers"));
			assertThat(covers.path("expected").asText()).isEqualTo("aucune réponse, puisque la question « "
					+ french("tor.exists") + " » a pour réponse « non » et que cette question ne se pose que pour oui ou en partie");
			assertThat(covers.path("message").asText()).startsWith("Question « " + french("tor.covers") + " » : attendu ")
				.endsWith(", reçu [\"mandate\"]");
			assertThat(problem(body, "meetings.per_year").path("expected").asText()).isEqualTo("un nombre entier de 0 à 52");
			assertThat(problem(body, "members.active").path("expected").asText())
				.isEqualTo("au plus 5, le nombre donné pour la question « " + french("members.total") + " »");
			assertThat(body.toString()).doesNotContain("expected ").doesNotContain(" got ").doesNotContain("question \"");
		}
	}

	@Test
	void keepsEnglishForAReaderWhoAsksForIt() throws Exception {
		JsonNode body = JsonFiles.mapper().readTree(post("/api/assessments", INVALID, "en").body());

		assertThat(body.path("title").asText()).isEqualTo("Invalid answers");
		assertThat(problem(body, "meetings.per_year").path("expected").asText()).isEqualTo("a whole number from 0 to 52");
	}

	@Test
	void saysAMalformedDocumentAndTheLegsOwnThresholdsInFrench() throws Exception {
		JsonNode malformed = JsonFiles.mapper().readTree(post("/api/assessments?lang=fr", "{ \"answers\": ", "en").body());
		assertThat(malformed.path("problems").get(0).path("given").asText()).startsWith("du JSON non valide à la ligne 1")
			.endsWith("le document s'arrête trop tôt\u00a0: une accolade, un crochet ou un guillemet n'est pas fermé");
		assertThat(malformed.path("problems").get(0).path("expected").asText()).isEqualTo("du JSON valide");
		JsonNode comma = JsonFiles.mapper().readTree(post("/api/assessments", "{ \"leg\": { \"name\": \"GLPE\", } }",
				"fr").body());
		assertThat(comma.path("problems").get(0).path("given").asText()).isEqualTo("du JSON non valide à la ligne 1, "
				+ "colonne 28 : une virgule suivie de rien (la dernière entrée d'un objet ou d'une liste ne prend pas "
				+ "de virgule)");

		JsonNode thresholds = JsonFiles.mapper().readTree(post("/api/assessments", """
				{ "questionnaireVersion": "1.0", "leg": { "name": "GLPE" }, "answers": {},
				  "thresholds": { "meetings.few_per_year": -1 } }""", "fr").body());
		assertThat(thresholds.path("problems").get(0).path("expected").asText())
			.startsWith("un nombre supérieur ou égal à 0 pour ").endsWith("(la base de connaissances retient 4)");
	}

	@Test
	void saysTheServicesOtherRefusalsInFrench() throws Exception {
		HttpResponse<String> unsupported = http.send(request("/api/assessments?lang=fr").header("Content-Type", "text/plain")
			.POST(BodyPublishers.ofString("x")).build(), BodyHandlers.ofString());
		JsonNode body = JsonFiles.mapper().readTree(unsupported.body());
		assertThat(unsupported.statusCode()).isEqualTo(415);
		assertThat(body.path("title").asText()).isEqualTo("Type de contenu non pris en charge");
		assertThat(body.path("detail").asText()).isEqualTo("Le Content-Type « text/plain » n'est pas pris en charge.");

		HttpResponse<String> tooLarge = post("/api/assessments", "x".repeat(2 * 1024 * 1024), "fr");
		assertThat(tooLarge.statusCode()).isEqualTo(413);
		assertThat(JsonFiles.mapper().readTree(tooLarge.body()).path("title").asText())
			.isEqualTo("Requête trop volumineuse");
	}

	@Test
	void showsTheRefusedAnswersPageInFrench() throws Exception {
		HttpResponse<String> page = http.send(request("/report?lang=fr")
			.header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/html")
			.POST(BodyPublishers.ofString("answers=" + java.net.URLEncoder.encode(INVALID, "UTF-8"))).build(),
				BodyHandlers.ofString());

		assertThat(page.statusCode()).isEqualTo(400);
		assertThat(page.body()).contains("<html lang=\"fr\"").contains("Question « " + french("tor.covers").replace("'", "&#39;"))
			.doesNotContain("expected");
	}

}
