package org.legadvisor.web.workspace;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A browser-like client of the pages: keeps its cookies, follows no redirect, reads the CSRF token of a page. */
final class PageSession {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private final String base;

	private final HttpClient http;

	PageSession(int port) {
		this.base = "http://localhost:" + port;
		this.http = HttpClient.newBuilder().cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER).build();
	}

	HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return http.send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "text/html").GET().build(),
				BodyHandlers.ofString());
	}

	/** A page as a reader whose browser prefers the languages of {@code acceptLanguage} ({@code fr}) reads it. */
	HttpResponse<String> get(String path, String acceptLanguage) throws IOException, InterruptedException {
		return http.send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "text/html")
			.header("Accept-Language", acceptLanguage).GET().build(), BodyHandlers.ofString());
	}

	/** Posts a form as the page would, with the CSRF token of {@code page} (none if null). */
	HttpResponse<String> post(String path, Map<String, String> fields, String page)
			throws IOException, InterruptedException {
		Map<String, String> all = new LinkedHashMap<>(fields);
		if (page != null) {
			all.put("_csrf", csrf(get(page).body()));
		}
		String body = all.entrySet().stream()
			.map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		return http.send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "text/html")
			.header("Content-Type", "application/x-www-form-urlencoded").POST(BodyPublishers.ofString(body)).build(),
				BodyHandlers.ofString());
	}

	/** Sends what a page's script sends: {@code json} (no body if null) with {@code headers}, asking for JSON. */
	HttpResponse<String> script(String method, String path, String json, Map<String, String> headers)
			throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "application/json")
			.method(method, json == null ? BodyPublishers.noBody() : BodyPublishers.ofString(json));
		if (json != null) {
			request.header("Content-Type", "application/json");
		}
		headers.forEach(request::header);
		return http.send(request.build(), BodyHandlers.ofString());
	}

	HttpResponse<String> logIn(String user, String password) throws IOException, InterruptedException {
		return post("/login", Map.of("username", user, "password", password), "/login");
	}

	/** Creates a LEG of this name through the My LEGs form; its id. */
	String createLeg(String name) throws IOException, InterruptedException {
		return post("/legs", Map.of("name", name), "/legs").headers().firstValue("Location").orElseThrow()
			.replaceAll(".*/legs/", "");
	}

	static String csrf(String page) {
		Matcher match = CSRF.matcher(page);
		if (!match.find()) {
			throw new AssertionError("The page has no CSRF token: " + page);
		}
		return match.group(1);
	}

}
