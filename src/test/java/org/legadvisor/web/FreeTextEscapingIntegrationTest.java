package org.legadvisor.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.legadvisor.knowledge.JsonFiles;
import org.legadvisor.questionnaire.QuestionType;
import org.legadvisor.questionnaire.Questionnaire;
import org.legadvisor.web.browser.FreeTextBrowserTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Markup in any text a person typed, in every free-text question of the questionnaire and about the LEG, comes back
 * as text in every format the service renders: escaped in HTML, escaped in Markdown, exact in JSON.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FreeTextEscapingIntegrationTest {

	private static final String HOSTILE = FreeTextBrowserTest.HOSTILE;

	private static final List<String> LEG_FIELDS = List.of("name", "country", "respondent");

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Autowired
	Questionnaire questionnaire;

	@Test
	void escapesEveryFreeTextInTheStandaloneHtmlReport() throws Exception {
		HttpResponse<String> report = postJson("/api/reports?format=html", hostileAnswers());

		assertThat(report.statusCode()).isEqualTo(200);
		assertShownAsText(report.body());
	}

	@Test
	void escapesEveryFreeTextInTheReportPage() throws Exception {
		String form = "answers=" + URLEncoder.encode(hostileAnswers(), StandardCharsets.UTF_8);
		HttpResponse<String> page = http.send(HttpRequest.newBuilder(uri("/report"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(page.statusCode()).as("sent on to the report's own address").isEqualTo(303);
		page = http.send(HttpRequest.newBuilder(URI.create(page.headers().firstValue("Location").orElseThrow())).build(),
				HttpResponse.BodyHandlers.ofString());

		assertThat(page.statusCode()).isEqualTo(200);
		assertShownAsText(page.body());
	}

	@Test
	void escapesHtmlInTheMarkdownReportSoThatARendererMakesNoTags() throws Exception {
		HttpResponse<String> report = postJson("/api/reports?format=markdown", hostileAnswers());

		assertThat(report.statusCode()).isEqualTo(200);
		String markdown = report.body();
		assertThat(markdown).contains("## Notes from the respondent")
			.contains("&lt;script&gt;window.injected = 1&lt;/script&gt;", "&lt;img src=x onerror=",
					"\"quotes' &amp; ampersands");
		// The report's own line breaks in table cells are the only markup it holds.
		assertThat(markdown.replace("<br>", "")).doesNotContain("<");
		for (String question : freeTextQuestions()) {
			String text = questionnaire.question(question).orElseThrow().text();
			assertThat(markdown).as(question).contains(text);
		}
	}

	@Test
	void keepsEveryFreeTextExactlyAsWrittenInTheJsonReport() throws Exception {
		HttpResponse<String> report = postJson("/api/assessments", hostileAnswers());

		assertThat(report.statusCode()).isEqualTo(200);
		assertThat(report.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
		JsonNode json = JsonFiles.mapper().readTree(report.body());
		for (String field : LEG_FIELDS) {
			assertThat(json.get("leg").get(field).asText()).isEqualTo(HOSTILE);
		}
		assertThat(json.get("notes").findValuesAsText("question")).containsExactlyElementsOf(freeTextQuestions());
		assertThat(json.get("notes").findValuesAsText("text")).allMatch(HOSTILE::equals);
	}

	private void assertShownAsText(String html) {
		assertThat(html).doesNotContain("<script>window.injected", "<img src=x", "</textarea>");
		Document page = Jsoup.parse(html);
		for (String question : freeTextQuestions()) {
			assertThat(page.getElementById("note-" + question)).as(question).isNotNull();
			assertThat(page.getElementById("note-" + question).selectFirst(".note-text").wholeText()).as(question)
				.isEqualTo(HOSTILE);
		}
		for (String field : LEG_FIELDS) {
			assertThat(page.getElementById("leg-" + field).wholeText()).as(field).isEqualTo(HOSTILE);
		}
		assertThat(page.select("img, textarea")).isEmpty();
		assertThat(page.select("script")).hasSize(1).allSatisfy(script -> {
			assertThat(script.hasAttr("src")).isFalse();
			assertThat(script.data()).doesNotContain("injected");
		});
		assertThat(page.getAllElements()).allSatisfy(element -> assertThat(element.attributes().asList())
			.noneMatch(attribute -> attribute.getKey().toLowerCase().startsWith("on")));
	}

	/** The example with the hostile text about the LEG and in every free-text question of the questionnaire. */
	private String hostileAnswers() throws Exception {
		ObjectNode document = (ObjectNode) JsonFiles.mapper().readTree(BundledExample.RICHEST.toFile());
		LEG_FIELDS.forEach(field -> ((ObjectNode) document.get("leg")).put(field, HOSTILE));
		freeTextQuestions().forEach(question -> ((ObjectNode) document.get("answers")).put(question, HOSTILE));
		return JsonFiles.mapper().writeValueAsString(document);
	}

	private List<String> freeTextQuestions() {
		List<String> ids = questionnaire.questions().stream().filter(q -> q.type() == QuestionType.TEXT)
			.map(Questionnaire.Question::id)
			.toList();
		assertThat(ids).as("free-text questions of the questionnaire").isNotEmpty();
		return ids;
	}

	private HttpResponse<String> postJson(String path, String body) throws Exception {
		return http.send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + port + path);
	}

}
