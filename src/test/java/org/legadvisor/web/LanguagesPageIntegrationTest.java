package org.legadvisor.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.legadvisor.knowledge.JsonFiles;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The pages in the reader's language: ?lang= or the browser's, with a switch to every language on offer. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LanguagesPageIntegrationTest {

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	private Document page(String path, String acceptLanguage) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
		if (acceptLanguage != null) {
			request.header("Accept-Language", acceptLanguage);
		}
		HttpResponse<String> response = http.send(request.build(), BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(200);
		return Jsoup.parse(response.body());
	}

	private static JsonNode french() throws Exception {
		return JsonFiles.mapper().readTree(Path.of("knowledge-base/translations/fr/questionnaire.json").toFile());
	}

	/** French puts a no-break space before "?" and ":"; the page's text may read it as a plain one. */
	private static String spaced(String text) {
		return text.replace('\u00a0', ' ').replace('\u202f', ' ');
	}

	@Test
	void showsTheQuestionnaireInTheBrowsersLanguage() throws Exception {
		Document page = page("/", "fr-FR,fr;q=0.9");

		assertThat(page.selectFirst("html").attr("lang")).isEqualTo("fr");
		assertThat(spaced(page.selectFirst("h1").text())).isEqualTo(spaced(french().path("title").asText()));
		assertThat(spaced(page.getElementById("question-tor.exists").selectFirst("legend").text()))
			.contains(spaced(french().path("questions").path("tor.exists").path("text").asText()));
		assertThat(page.select("#report-form input[name=lang]").val()).isEqualTo("fr");
	}

	@Test
	void offersASwitchToEveryLanguageMarkingTheCurrentOne() throws Exception {
		Document page = page("/?lang=fr", "en");

		assertThat(page.select("nav.languages a")).extracting(a -> a.attr("href") + " " + a.text())
			.containsExactly("/?lang=en English", "/?lang=fr Français");
		assertThat(page.select("nav.languages a[aria-current=true]")).extracting(a -> a.attr("lang")).containsExactly("fr");
		assertThat(page.selectFirst("html").attr("lang")).isEqualTo("fr");
		assertThat(page("/", "de").selectFirst("html").attr("lang")).isEqualTo("en");
	}

	@Test
	void writesTheReportPageInTheLanguageOfThePage() throws Exception {
		String answers = Files.readString(Path.of("knowledge-base/examples/donor-chaired-no-tor.json"));
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/report?lang=fr"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("answers=" + URLEncoder.encode(answers, StandardCharsets.UTF_8)))
			.build();

		HttpResponse<String> posted = http.send(request, BodyHandlers.ofString());

		assertThat(posted.statusCode()).isEqualTo(303);
		String address = posted.headers().firstValue("Location").orElseThrow();
		assertThat(address).matches(".*/report/[A-Za-z0-9_-]+\\?lang=fr");
		HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(address)).build(),
				BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(Jsoup.parse(response.body()).selectFirst("html").attr("lang")).isEqualTo("fr");
		JsonNode actions = JsonFiles.mapper().readTree(Path.of("knowledge-base/translations/fr/actions.json").toFile());
		assertThat(response.body()).contains(actions.path("A-TOR-DRAFT").path("title").asText().replace("'", "&#39;"));
	}

}
