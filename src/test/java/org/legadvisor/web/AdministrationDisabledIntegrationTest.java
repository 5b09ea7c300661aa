package org.legadvisor.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Without a configured password there is no administrator: the administrative endpoints refuse everyone, whatever
 * credentials they try, and the service says at start-up how to enable them. The password is blanked here so that
 * the test does not depend on the environment it runs in.
 */
@ExtendWith(OutputCaptureExtension.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "leg-advisor.admin.password=", "logging.level.org.legadvisor.web.admin.Administrators=INFO" })
class AdministrationDisabledIntegrationTest {

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Test
	void refusesReloadWhenNoPasswordIsConfiguredEvenWithWouldBeDefaultCredentials() throws Exception {
		String[][] guesses = { { "admin", "admin" }, { "admin", "" }, { "admin", "password" }, { "user", "user" },
				{ "", "" } };
		for (String[] guess : guesses) {
			RuleBaseReloadIntegrationTest.assertUnauthorized(reload(guess[0], guess[1]));
		}
		RuleBaseReloadIntegrationTest.assertUnauthorized(http.send(HttpRequest.newBuilder(uri("/api/rule-base/reload"))
			.POST(HttpRequest.BodyPublishers.noBody())
			.build(), HttpResponse.BodyHandlers.ofString()));
	}

	@Test
	void logsOnceAtStartUpHowToEnableTheAdministrativeEndpoints(CapturedOutput output) {
		String log = output.getAll();

		assertThat(log).contains("No administrator password is configured", "LEG_ADVISOR_ADMIN_PASSWORD");
		assertThat(log.split("No administrator password", -1)).hasSize(2);
		assertThat(log).doesNotContain("Using generated security password");
	}

	private HttpResponse<String> reload(String user, String password) throws Exception {
		String credentials = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
		return http.send(HttpRequest.newBuilder(uri("/api/rule-base/reload"))
			.header("Authorization", "Basic " + credentials)
			.POST(HttpRequest.BodyPublishers.noBody())
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + port + path);
	}

}
