package org.legadvisor.web.robustness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.legadvisor.web.ProblemResponse.assertInvalidAnswers;
import static org.legadvisor.web.ProblemResponse.assertProblem;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.legadvisor.questionnaire.AnswerValidator;
import org.legadvisor.questionnaire.AnswersMutator;
import org.legadvisor.questionnaire.AnswersReader;
import org.legadvisor.questionnaire.InvalidAnswersException;
import org.legadvisor.questionnaire.Questionnaire;
import org.legadvisor.web.BundledExample;
import org.legadvisor.web.ProblemResponse;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Thousands of malformed requests to the endpoints that read answers, reproducible from fixed seeds: mutated answers
 * documents, bytes that are not JSON, wrong content types, other methods, random query parameters. Each gets a 4xx
 * problem detail saying what is wrong, without a trace of Java, and in time; a document that happens to be valid gets
 * its 200. Whether a document is valid is decided by the same reader and validator the command line uses.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HttpApiFuzzIntegrationTest {

	private static final int MUTATED_DOCUMENTS = 2000;

	private static final int MALFORMED_BODIES = 400;

	private static final List<String> ENDPOINTS = List.of("/api/answers/validate", "/api/assessments",
			"/api/reports?format=html");

	private static final Duration TIMEOUT = Duration.ofSeconds(20);

	private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	private final Questionnaire questionnaire = Questionnaire.load(Path.of("knowledge-base/questionnaire.json"));

	private final AnswerValidator validator = new AnswerValidator(questionnaire);

	private final List<byte[]> examples = BundledExample.all().stream().map(BundledExample::json).toList();

	private final Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();

	@LocalServerPort
	int port;

	@Test
	void answersEveryMutatedDocumentWithAReportOrAProblemNamingWhatIsWrong() throws Exception {
		AnswersMutator mutator = new AnswersMutator(new Random(20261123L), questionnaire,
				BundledExample.all().stream().map(e -> BundledExample.FOLDER.resolve(e.file())).toList());
		Random random = new Random(6L);
		List<Callable<Void>> requests = new ArrayList<>();
		for (int i = 0; i < MUTATED_DOCUMENTS; i++) {
			byte[] document = mutator.next().getBytes(StandardCharsets.UTF_8);
			String endpoint = ENDPOINTS.get(i % ENDPOINTS.size());
			String format = endpoint.startsWith("/api/reports") ? reportFormat(random) : null;
			String path = (format == null ? endpoint : "/api/reports?format=" + encode(format))
					+ (random.nextInt(3) == 0 ? randomParameters(random, endpoint.contains("?") ? "&" : "?") : "");
			requests.add(() -> {
				checkAnswer(path, format, document);
				return null;
			});
		}

		runAll(requests);

		System.out.printf(Locale.ROOT, "HTTP fuzz, %d mutated documents: %s%n", MUTATED_DOCUMENTS, counts);
		assertThat(counts.get("invalid").get()).as("most mutations are invalid").isGreaterThan(MUTATED_DOCUMENTS / 2);
	}

	@Test
	void refusesBytesThatAreNotAnAnswersDocumentWithAProblemNamingTheSyntaxError() throws Exception {
		Random random = new Random(11L);
		List<Callable<Void>> requests = new ArrayList<>();
		for (int i = 0; i < MALFORMED_BODIES; i++) {
			byte[] body = malformedBytes(random);
			String path = ENDPOINTS.get(i % ENDPOINTS.size());
			requests.add(() -> {
				checkAnswer(path, path.contains("format") ? "html" : null, body);
				return null;
			});
		}

		runAll(requests);

		System.out.printf(Locale.ROOT, "HTTP fuzz, %d malformed bodies: %s%n", MALFORMED_BODIES, counts);
		assertThat(counts.get("invalid").get()).isGreaterThan(MALFORMED_BODIES * 3 / 4);
	}

	@Test
	void refusesOtherContentTypesWith415NamingTheType() throws Exception {
		List<String> types = List.of("text/plain", "application/xml", "text/html", "application/x-www-form-urlencoded",
				"multipart/form-data; boundary=x", "application/octet-stream", "text/json", "application/json-seq",
				"application", "garbage", ";;;", "application/json; charset=no-such-charset");
		for (String endpoint : ENDPOINTS) {
			for (String type : types) {
				HttpRequest request = HttpRequest.newBuilder(uri(endpoint)).timeout(TIMEOUT).header("Content-Type", type)
					.POST(BodyPublishers.ofByteArray(examples.get(0)))
					.build();

				HttpResponse<String> response = http.send(request, BodyHandlers.ofString());

				assertThat(response.statusCode()).as("%s as %s", endpoint, type).isEqualTo(415);
				assertThat(assertProblem(response, endpoint + " as " + type).get("detail").asText())
					.contains("Content-Type");
			}
			HttpRequest untyped = HttpRequest.newBuilder(uri(endpoint)).timeout(TIMEOUT)
				.POST(BodyPublishers.ofByteArray(examples.get(0)))
				.build();
			assertThat(assertProblem(http.send(untyped, BodyHandlers.ofString()), endpoint + " untyped")
				.get("status").asInt()).isEqualTo(415);
		}
	}

	@Test
	void refusesOtherMethodsWith405NamingTheMethod() throws Exception {
		Random random = new Random(5L);
		for (String endpoint : ENDPOINTS) {
			for (String method : List.of("GET", "PUT", "DELETE", "PATCH")) {
				String path = endpoint + randomParameters(random, endpoint.contains("?") ? "&" : "?");
				HttpRequest request = HttpRequest.newBuilder(uri(path)).timeout(TIMEOUT)
					.header("Content-Type", "application/json")
					.method(method, method.equals("GET") ? BodyPublishers.noBody()
							: BodyPublishers.ofByteArray(examples.get(random.nextInt(examples.size()))))
					.build();

				HttpResponse<String> response = http.send(request, BodyHandlers.ofString());

				assertThat(response.statusCode()).as("%s %s", method, path).isEqualTo(405);
				assertThat(assertProblem(response, method + " " + path).get("detail").asText()).contains(method);
				assertThat(response.headers().firstValue("Allow")).hasValue("POST");
			}
		}
	}

	@Test
	void answersRequestsThatAreNotValidHttpWithAProblem() throws Exception {
		String assess = "POST /api/assessments HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n";
		List<String> requests = List.of("GET /api/rule-base?a=|b HTTP/1.1\r\nHost: localhost\r\n\r\n",
				"GET /api/rule-base HTTP/1.1\r\nHost: localhost\r\nA header without a colon\r\n\r\n",
				"GET /api/rule-base HTTP/1.1\r\n\r\n", "NOT-HTTP\r\n\r\n",
				"GET /api/rule-base HTTP/1.1\r\nHost: localhost\r\nX-Big: " + "y".repeat(20_000) + "\r\n\r\n",
				assess + "Content-Length: many\r\n\r\n{}", assess + "Content-Length: -5\r\n\r\n{}",
				assess + "Content-Length: 2\r\nContent-Length: 3\r\n\r\n{}",
				assess + "Transfer-Encoding: chunked\r\n\r\nzz\r\n{}\r\n0\r\n\r\n");
		for (String request : requests) {
			try (RawConnection connection = RawConnection.open(port)) {
				connection.send(request);

				String received = connection.readUntilClosed(TIMEOUT);

				String shown = request.substring(0, Math.min(80, request.length()));
				assertThat(RawConnection.statuses(received)).as(shown).singleElement()
					.satisfies(status -> assertThat(status).isBetween(400, 499));
				assertThat(received).as(shown).contains("application/problem+json", "\"detail\"")
					.doesNotContain(ProblemResponse.LEAKS);
			}
		}
	}

	/** Sends the document and checks the answer against what the command line's reader and validator make of it. */
	private void checkAnswer(String path, String format, byte[] document) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(uri(path)).timeout(TIMEOUT)
			.header("Content-Type", "application/json")
			.POST(BodyPublishers.ofByteArray(document))
			.build();
		String shown = "POST " + path + " " + new String(document, 0, Math.min(300, document.length),
				StandardCharsets.UTF_8);

		HttpResponse<String> response = http.send(request, BodyHandlers.ofString());

		if (format != null && !format.equals("html") && !format.equals("markdown")) {
			count("unknown format");
			assertThat(assertProblem(response, shown).get("detail").asText()).contains("Unknown report format");
		}
		else if (isValid(document)) {
			count("valid");
			assertThat(response.statusCode()).as(shown + "\n" + response.body()).isEqualTo(200);
			assertThat(response.headers().firstValue("Content-Type").orElseThrow())
				.startsWith("markdown".equals(format) ? "text/markdown" : format != null ? "text/html" : "application/json");
		}
		else {
			count("invalid");
			assertInvalidAnswers(response, shown);
		}
	}

	private boolean isValid(byte[] document) throws Exception {
		try {
			validator.validate(new AnswersReader().read(new ByteArrayInputStream(document)));
			return true;
		}
		catch (InvalidAnswersException e) {
			return false;
		}
	}

	private void count(String outcome) {
		counts.computeIfAbsent(outcome, key -> new AtomicInteger()).incrementAndGet();
	}

	/** Runs the requests on four threads; every failed check is collected, and the first ones shown. */
	private static void runAll(List<Callable<Void>> requests) throws Exception {
		ExecutorService threads = Executors.newFixedThreadPool(4);
		List<String> failures = Collections.synchronizedList(new ArrayList<>());
		try {
			List<Future<Void>> done = new ArrayList<>();
			for (Callable<Void> request : requests) {
				done.add(threads.submit(() -> {
					try {
						return request.call();
					}
					catch (AssertionError | Exception e) {
						failures.add(e.toString());
						return null;
					}
				}));
			}
			for (Future<Void> request : done) {
				request.get();
			}
		}
		finally {
			threads.shutdownNow();
		}
		assertThat(failures.stream().limit(10).toList()).as("%d failed of %d", failures.size(), requests.size())
			.isEmpty();
	}

	private static String reportFormat(Random random) {
		return switch (random.nextInt(20)) {
			case 0 -> "markdown";
			case 1 -> randomText(random, 1 + random.nextInt(12));
			case 2 -> "HTML";
			default -> "html";
		};
	}

	private static String randomParameters(Random random, String separator) {
		StringBuilder query = new StringBuilder();
		for (int i = 1 + random.nextInt(3); i > 0; i--) {
			query.append(query.isEmpty() ? separator : "&")
				.append(encode(random.nextBoolean() ? "p" + random.nextInt(100) : randomText(random, 6)))
				.append('=')
				.append(encode(randomText(random, random.nextInt(40))));
		}
		return query.toString();
	}

	/** Any characters, outside the ASCII range too. */
	private static String randomText(Random random, int length) {
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < length; i++) {
			text.append((char) (random.nextBoolean() ? 0x20 + random.nextInt(0x5f) : random.nextInt(0xd7ff) + 1));
		}
		return text.toString();
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

	/** Bodies broken below the level of the answers: random bytes, cut or corrupted JSON, the parser's limits. */
	private byte[] malformedBytes(Random random) {
		byte[] example = examples.get(random.nextInt(examples.size()));
		return switch (random.nextInt(9)) {
			case 0 -> {
				byte[] bytes = new byte[random.nextInt(400)];
				random.nextBytes(bytes);
				yield bytes;
			}
			case 1 -> randomText(random, random.nextInt(400)).getBytes(StandardCharsets.UTF_8);
			case 2 -> java.util.Arrays.copyOf(example, random.nextInt(example.length));
			case 3 -> {
				byte[] flipped = example.clone();
				for (int i = 1 + random.nextInt(4); i > 0; i--) {
					flipped[random.nextInt(flipped.length)] = (byte) (0x80 + random.nextInt(0x80));
				}
				yield flipped;
			}
			case 4 -> ("{\"answers\": {\"tor.exists\": " + "[".repeat(900 + random.nextInt(2000)) + "]".repeat(10) + "}}")
				.getBytes(StandardCharsets.UTF_8);
			case 5 -> ("{\"answers\": {\"meetings.per_year\": " + "7".repeat(900 + random.nextInt(500)) + "}}")
				.getBytes(StandardCharsets.UTF_8);
			case 6 -> concat(example, randomText(random, 1 + random.nextInt(20)).getBytes(StandardCharsets.UTF_8));
			case 7 -> HexFormat.of().formatHex(example).getBytes(StandardCharsets.US_ASCII);
			default -> {
				byte[] nul = example.clone();
				nul[random.nextInt(nul.length)] = 0;
				yield nul;
			}
		};
	}

	private static byte[] concat(byte[] first, byte[] second) {
		byte[] both = java.util.Arrays.copyOf(first, first.length + second.length);
		System.arraycopy(second, 0, both, first.length, second.length);
		return both;
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + port + path);
	}

}
