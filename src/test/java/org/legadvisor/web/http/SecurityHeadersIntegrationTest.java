package org.legadvisor.web.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every response says what it is and how a browser may use it: a content type, no sniffing, no framing, no referrer,
 * and a Content-Security-Policy that allows the pages' own files and nothing inline but the report's own style and
 * script. Pages, API answers, problems and 404s alike.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SecurityHeadersIntegrationTest {

	private static final Path EXAMPLE = Path.of("knowledge-base/examples/donor-chaired-no-tor.json");

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Test
	void setsTheSecurityHeadersOnTheQuestionnairePage() throws Exception {
		HttpResponse<String> page = get("/");

		assertThat(page.statusCode()).isEqualTo(200);
		assertSecurityHeaders(page.headers(), "text/html");
	}

	@Test
	void setsTheSecurityHeadersOnAnApiAnswer() throws Exception {
		HttpResponse<String> questionnaire = get("/api/questionnaire");

		assertThat(questionnaire.statusCode()).isEqualTo(200);
		assertSecurityHeaders(questionnaire.headers(), "application/json");
	}

	@Test
	void setsTheSecurityHeadersOnAProblem() throws Exception {
		HttpResponse<String> problem = http.send(HttpRequest.newBuilder(uri("/api/assessments"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{ \"questionnaireVersion\": \"1.0\", \"answers\": {} }"))
			.build(), HttpResponse.BodyHandlers.ofString());

		assertThat(problem.statusCode()).isEqualTo(400);
		assertSecurityHeaders(problem.headers(), "application/problem+json");
	}

	@Test
	void setsTheSecurityHeadersOnA404() throws Exception {
		for (String path : new String[] { "/api/nothing-here", "/no-such-page.html", "/css/no-such.css" }) {
			HttpResponse<String> missing = get(path);

			assertThat(missing.statusCode()).as(path).isEqualTo(404);
			assertSecurityHeaders(missing.headers(), "application/problem+json");
		}
	}

	@Test
	void setsTheSecurityHeadersOnTheStaticFilesAndTheReport() throws Exception {
		assertSecurityHeaders(get("/css/app.css").headers(), "text/css");
		assertSecurityHeaders(get("/js/questionnaire.js").headers(), "text/javascript");
		assertSecurityHeaders(report().headers(), "text/html");
	}

	@Test
	void keepsTheQuestionnairePageFreeOfInlineScriptsStylesAndHandlers() throws Exception {
		Document page = Jsoup.parse(get("/").body());

		assertThat(page.select("script:not([src]), style")).isEmpty();
		assertThat(page.select("[style]")).isEmpty();
		assertNoEventHandlers(page);
	}

	@Test
	void allowsExactlyTheReportsInlineStyleAndScriptByTheirHashes() throws Exception {
		HttpResponse<String> report = report();
		String policy = report.headers().firstValue("Content-Security-Policy").orElseThrow();
		Document page = Jsoup.parse(report.body());

		assertThat(page.select("style")).hasSize(1);
		assertThat(page.select("script")).hasSize(1);
		assertThat(directive(policy, "style-src")).containsExactly("'self'",
				"'" + ContentSecurityPolicy.hash(page.selectFirst("style").data()) + "'");
		assertThat(directive(policy, "script-src")).containsExactly("'self'",
				"'" + ContentSecurityPolicy.hash(page.selectFirst("script").data()) + "'");
		assertThat(page.select("[style]")).isEmpty();
		assertNoEventHandlers(page);
	}

	@Test
	void letsOnlySwaggerUiUseInlineStyles() throws Exception {
		HttpResponse<String> swagger = get("/swagger-ui/index.html");

		assertThat(swagger.statusCode()).isEqualTo(200);
		String policy = swagger.headers().firstValue("Content-Security-Policy").orElseThrow();
		assertThat(directive(policy, "style-src")).containsExactly("'self'", "'unsafe-inline'");
		assertThat(directive(policy, "script-src")).containsExactly("'self'");
		assertThat(get("/").headers().firstValue("Content-Security-Policy").orElseThrow()).doesNotContain("unsafe");
	}

	@Test
	void setsNoCookie() throws Exception {
		assertThat(get("/").headers().allValues("Set-Cookie")).isEmpty();
		assertThat(report().headers().allValues("Set-Cookie")).isEmpty();
	}

	/** The public API and static files skip the security filter chain; their headers must not tell. */
	@Test
	void givesThePathsOutsideTheSecurityFiltersTheSameHeaders() throws Exception {
		HttpHeaders secured = get("/api/rules").headers();
		for (HttpHeaders lean : List.of(get("/api/questionnaire").headers(), report().headers())) {
			for (String header : List.of("Cache-Control", "Pragma", "Expires", "X-Content-Type-Options",
					"X-Frame-Options", "Referrer-Policy", "Content-Security-Policy")) {
				assertThat(lean.allValues(header)).as(header).isNotEmpty().isEqualTo(secured.allValues(header));
			}
		}
	}

	private static void assertSecurityHeaders(HttpHeaders headers, String contentType) {
		assertThat(headers.firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith(contentType));
		assertThat(headers.allValues("X-Content-Type-Options")).containsExactly("nosniff");
		assertThat(headers.allValues("X-Frame-Options")).containsExactly("DENY");
		assertThat(headers.allValues("Referrer-Policy")).containsExactly("no-referrer");
		String policy = headers.firstValue("Content-Security-Policy").orElseThrow();
		assertThat(directive(policy, "default-src")).containsExactly("'none'");
		assertThat(directive(policy, "frame-ancestors")).containsExactly("'none'");
		assertThat(directive(policy, "script-src")).contains("'self'").doesNotContain("'unsafe-inline'", "'unsafe-eval'");
		assertThat(directive(policy, "style-src")).contains("'self'").doesNotContain("'unsafe-inline'");
	}

	private static void assertNoEventHandlers(Document page) {
		for (Element element : page.getAllElements()) {
			assertThat(element.attributes().asList()).as(element.tagName())
				.noneMatch(attribute -> attribute.getKey().toLowerCase().startsWith("on"));
		}
	}

	/** The sources of one directive of a policy, in order. */
	private static String[] directive(String policy, String name) {
		for (String directive : policy.split(";")) {
			String[] parts = directive.trim().split("\\s+");
			if (parts[0].equals(name)) {
				return java.util.Arrays.copyOfRange(parts, 1, parts.length);
			}
		}
		throw new AssertionError("No " + name + " in " + policy);
	}

	private HttpResponse<String> report() throws Exception {
		return http.send(HttpRequest.newBuilder(uri("/api/reports?format=html"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(Files.readString(EXAMPLE)))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> get(String path) throws Exception {
		return http.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + port + path);
	}

}
