package org.legadvisor.web.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.legadvisor.knowledge.JsonFiles;
import org.legadvisor.web.BundledExample;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * No file-name-like part of a request reaches a file outside the static resources: the static resource paths (the
 * only path the service maps to files), and the {@code format} parameters, which name a renderer, never a file.
 * Every such attempt is refused as a problem, without a stack trace.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PathTraversalIntegrationTest {

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Test
	void servesTheStaticResourcesThemselves() throws Exception {
		RawHttp.Response css = RawHttp.get(port, "/css/app.css");

		assertThat(css.status()).isEqualTo(200);
		assertThat(css.header("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/css"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "/css/..%2f..%2fapplication.properties", "/..%2fpom.xml", "/css/../../application.properties",
			"/../pom.xml", "/css/%2e%2e/%2e%2e/application.properties", "/%2e%2e/%2e%2e/pom.xml",
			"/css/%2e%2e%2f%2e%2e%2fapplication.properties", "/js/..%252f..%252fapplication.properties",
			"/css/..\\..\\application.properties", "/css/%5c..%5c..%5capplication.properties", "/css/..;/..;/pom.xml",
			"/css//etc/passwd", "/css/%2fetc%2fpasswd", "//etc/passwd", "/file:/etc/passwd", "/C:%5cWindows%5cwin.ini",
			"/css/%00../../pom.xml", "/application.properties", "/templates/report.html", "/static/css/app.css",
			"/messages.properties", "/org/legadvisor/web/http/Problems.class", "/META-INF/MANIFEST.MF",
			"/webjars/swagger-ui/..%2f..%2f..%2fMETA-INF%2fMANIFEST.MF", "/swagger-ui/..%2f..%2fapplication.properties" })
	void neverServesAFileOutsideTheStaticResources(String path) throws Exception {
		RawHttp.Response response = RawHttp.get(port, path);

		assertThat(response.status()).as(path).isIn(400, 404);
		assertThat(response.header("Content-Type")).as(path)
			.hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
		assertThat(response.header("X-Content-Type-Options")).as(path).hasValue("nosniff");
		JsonNode problem = JsonFiles.mapper().readTree(response.body());
		assertThat(problem.get("status").asInt()).as(path).isEqualTo(response.status());
		assertThat(response.body()).as(path)
			.doesNotContain("Exception", "at org.", "spring.application.name", "<project", "root:x:", "Manifest-Version",
					"[fonts]");
	}

	@Test
	void aProblemTomcatAnswersBeforeTheApplicationIsInTheReadersLanguage() throws Exception {
		String request = "GET /css/..%2F..%2Fpom.xml{query} HTTP/1.0\r\nHost: localhost\r\n{headers}\r\n";
		java.net.InetAddress local = java.net.InetAddress.getLoopbackAddress();

		RawHttp.Response french = RawHttp.send(port, local,
				request.replace("{query}", "").replace("{headers}", "Accept-Language: fr-FR,fr;q=0.9\r\n"));
		RawHttp.Response byParameter = RawHttp.send(port, local,
				request.replace("{query}", "?lang=fr").replace("{headers}", ""));
		RawHttp.Response english = RawHttp.send(port, local,
				request.replace("{query}", "").replace("{headers}", "Accept-Language: en\r\n"));

		assertThat(french.status()).isEqualTo(400);
		JsonNode problem = JsonFiles.mapper().readTree(french.body());
		assertThat(problem.get("title").asText()).isEqualTo("Requête invalide");
		assertThat(problem.get("detail").asText()).startsWith("La requête n'est pas une requête HTTP valide");
		assertThat(french.header("Content-Language")).hasValue("fr");
		assertThat(JsonFiles.mapper().readTree(byParameter.body()).get("title").asText()).isEqualTo("Requête invalide");
		assertThat(JsonFiles.mapper().readTree(english.body()).get("title").asText()).isEqualTo("Bad request");
		assertThat(english.header("Content-Language")).hasValue("en");
	}

	@ParameterizedTest
	@ValueSource(strings = { "../../pom.xml", "..%2F..%2Fpom.xml", "/etc/passwd", "..\\..\\pom.xml",
			"C:\\Windows\\win.ini", "templates/report", "../templates/report", "file:///etc/passwd", "html/../markdown" })
	void refusesAReportFormatThatLooksLikeAPath(String format) throws Exception {
		String query = "?format=" + URLEncoder.encode(format, StandardCharsets.UTF_8);
		HttpResponse<String> report = http.send(HttpRequest.newBuilder(uri("/api/reports" + query))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofFile(BundledExample.RICHEST))
			.build(), HttpResponse.BodyHandlers.ofString());
		String form = "format=" + URLEncoder.encode(format, StandardCharsets.UTF_8) + "&answers="
				+ URLEncoder.encode(Files.readString(BundledExample.RICHEST), StandardCharsets.UTF_8);
		HttpResponse<String> download = http.send(HttpRequest.newBuilder(uri("/report/download"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());

		for (HttpResponse<String> response : new HttpResponse[] { report, download }) {
			assertThat(response.statusCode()).as(response.uri().getPath()).isEqualTo(400);
			assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
			assertThat(response.body()).doesNotContain("Exception", "at org.", "<project", "root:x:", "<html");
		}
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + port + path);
	}

}
