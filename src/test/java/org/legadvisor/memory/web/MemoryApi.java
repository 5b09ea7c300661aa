package org.legadvisor.memory.web;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import org.legadvisor.knowledge.JsonFiles;
import org.springframework.test.context.DynamicPropertyRegistry;

/** A client of the service's API as one account (HTTP Basic), or as nobody when {@code user} is null. */
public record MemoryApi(String base, String user, String password) {

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	public static MemoryApi at(int port, String user, String password) {
		return new MemoryApi("http://localhost:" + port, user, password);
	}

	MemoryApi as(String otherUser, String otherPassword) {
		return new MemoryApi(base, otherUser, otherPassword);
	}

	HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return send(request(path).GET());
	}

	HttpResponse<String> get(String path, String accept) throws IOException, InterruptedException {
		return send(request(path).header("Accept", accept).GET());
	}

	HttpResponse<String> post(String path, String json) throws IOException, InterruptedException {
		return send(request(path).header("Content-Type", "application/json").POST(BodyPublishers.ofString(json)));
	}

	HttpResponse<String> put(String path, String json) throws IOException, InterruptedException {
		return send(request(path).header("Content-Type", "application/json").PUT(BodyPublishers.ofString(json)));
	}

	/** Creates a LEG of that name (in Freedonia) as this account, which then coordinates it; its id. */
	public long createLeg(String name) throws Exception {
		HttpResponse<String> created = post("/api/legs", "{\"name\":\"" + name + "\",\"country\":\"Freedonia\"}");
		expectCreated(created);
		return json(created).get("id").asLong();
	}

	/** An account of this name (its password: "NAME's passphrase") with this role in the LEG, made by this administrator. */
	public void member(long leg, String user, String role) throws Exception {
		expectCreated(post("/api/accounts", "{\"username\":\"" + user + "\",\"password\":\"" + user + "'s passphrase\"}"));
		HttpResponse<String> granted = put("/api/legs/" + leg + "/members/" + user, "{\"role\":\"" + role + "\"}");
		if (granted.statusCode() / 100 != 2) {
			throw new AssertionError("granting " + role + " to " + user + ": " + granted.statusCode() + " " + granted.body());
		}
	}

	/** A new account named after {@code prefix}, created by this one (an administrator), as a client. */
	MemoryApi newAccount(String prefix) throws Exception {
		String name = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
		String password = "a password of " + name;
		expectCreated(post("/api/accounts", "{\"username\":\"" + name + "\",\"password\":\"" + password + "\"}"));
		return as(name, password);
	}

	private static void expectCreated(HttpResponse<String> response) {
		if (response.statusCode() != 201) {
			throw new AssertionError("expected 201 from " + response.uri() + ", got " + response.statusCode() + ": "
					+ response.body());
		}
	}

	static JsonNode json(HttpResponse<String> response) throws IOException {
		return JsonFiles.mapper().readTree(response.body());
	}

	private HttpRequest.Builder request(String path) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path));
		if (user != null) {
			request.header("Authorization", "Basic " + Base64.getEncoder()
				.encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
		}
		return request;
	}

	private static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
		return HTTP.send(request.build(), BodyHandlers.ofString());
	}

	/**
	 * A service of its own for a test class: an empty data folder (an H2 file made by the migrations), and the first
	 * administrator's password (none: the one-time set-up link).
	 */
	public static void freshData(DynamicPropertyRegistry registry, String administratorPassword) throws IOException {
		Path data = Files.createTempDirectory("leg-advisor-data");
		registry.add("leg-advisor.data", data::toString);
		registry.add("leg-advisor.admin.password", () -> administratorPassword);
	}

}
