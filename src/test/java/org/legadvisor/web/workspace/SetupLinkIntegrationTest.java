package org.legadvisor.web.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.legadvisor.memory.web.MemoryApi;
import org.legadvisor.web.LegAdvisorApplication;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A service started without an administrator (no password configured, none stored) opens a one-time set-up link:
 * the first administrator chooses a name and a password there, once; the link is dead afterwards.
 */
@SpringBootTest(classes = LegAdvisorApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SetupLinkIntegrationTest {

	static final String PASSWORD = "the first administrator's passphrase";

	@LocalServerPort
	int port;

	@Autowired
	SetupLink link;

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) throws IOException {
		MemoryApi.freshData(registry, "");
	}

	@Test
	void theLinkCreatesTheFirstAdministratorOnceAndThenIsDead() throws Exception {
		String setup = link.path().orElseThrow(() -> new AssertionError("no set-up link was opened at start-up"));
		PageSession person = new PageSession(port);
		assertThat(person.get("/setup/not-the-token").statusCode()).isEqualTo(404);
		HttpResponse<String> form = person.get(setup);
		assertThat(form.statusCode()).isEqualTo(200);
		assertThat(form.body()).contains("name=\"confirmation\"", "at least 12 characters");

		HttpResponse<String> tooShort = person.post(setup,
				Map.of("username", "chair", "password", "short", "confirmation", "short"), setup);
		assertThat(tooShort.statusCode()).isEqualTo(400);
		assertThat(tooShort.body()).contains("too short");
		HttpResponse<String> mismatch = person.post(setup,
				Map.of("username", "chair", "password", PASSWORD, "confirmation", PASSWORD + "!"), setup);
		assertThat(mismatch.statusCode()).isEqualTo(400);
		assertThat(mismatch.body()).contains("The two passwords differ").contains("value=\"chair\"");
		assertThat(person.post(setup, Map.of("username", "chair", "password", PASSWORD, "confirmation", PASSWORD),
				null).statusCode()).as("without its CSRF token").isEqualTo(403);

		HttpResponse<String> created = person.post(setup,
				Map.of("username", "chair", "password", PASSWORD, "confirmation", PASSWORD), setup);
		assertThat(created.statusCode()).isEqualTo(302);
		assertThat(created.headers().firstValue("Location").orElseThrow()).endsWith("/login?ready");

		assertThat(person.get(setup).statusCode()).isEqualTo(404);
		assertThat(person.get(setup).body()).contains("no longer works");
		assertThat(link.path()).isEmpty();
		PageSession second = new PageSession(port);
		assertThat(second.get(setup).statusCode()).isEqualTo(404);

		PageSession chair = new PageSession(port);
		assertThat(chair.logIn("chair", PASSWORD).headers().firstValue("Location").orElseThrow()).endsWith("/legs");
		assertThat(chair.get("/legs").statusCode()).isEqualTo(200);
		HttpResponse<String> account = HttpClient.newHttpClient().send(HttpRequest
			.newBuilder(URI.create("http://localhost:" + port + "/api/accounts"))
			.header("Authorization", "Basic " + Base64.getEncoder()
				.encodeToString(("chair:" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"officer\",\"password\":\"an officer's passphrase\"}"))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(account.statusCode()).as("the new account administers").isEqualTo(201);
	}

}
