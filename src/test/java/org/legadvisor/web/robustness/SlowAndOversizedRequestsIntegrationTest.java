package org.legadvisor.web.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.legadvisor.web.BundledExample;
import org.legadvisor.web.robustness.ConcurrentClients.Exchange;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Clients that are slow, idle or send too much are cut off or refused, within the configured timeouts, while normal
 * clients keep being served; none of them makes the service log an error. The timeouts are shortened here so that the
 * tests are quick; the service's own are in application.properties.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "server.tomcat.connection-timeout=2s", "leg-advisor.body-timeout=4s" })
@ExtendWith(OutputCaptureExtension.class)
class SlowAndOversizedRequestsIntegrationTest {

	/** Beyond the configured timeout, for the scheduling of a busy machine: a cut-off later than this is a failure. */
	private static final Duration MARGIN = Duration.ofSeconds(5);

	private static final String ASSESS = "POST /api/assessments HTTP/1.1\r\nHost: localhost\r\n"
			+ "Content-Type: application/json\r\n";

	private final BundledExample example = BundledExample.all().get(0);

	@LocalServerPort
	int port;

	@Value("${server.tomcat.connection-timeout}")
	Duration connectionTimeout;

	@Value("${leg-advisor.body-timeout}")
	Duration bodyTimeout;

	@Value("${leg-advisor.max-concurrent-body-reads}")
	int maxBodyReads;

	@AfterEach
	void nothingIsLoggedAsAnError(CapturedOutput output) {
		assertThat(output.getAll()).doesNotContain("ERROR", "\tat ");
	}

	/**
	 * Every place for a body in transit free again before a test: the slow clients of the test before may hold some for
	 * a moment after they close. A request with an unfinished body is answered at once (405 for a PUT) while places are
	 * free, and 503 after a short grace while they are all taken.
	 */
	@BeforeEach
	void everyPlaceForABodyIsFree() throws Exception {
		Instant deadline = Instant.now().plus(MARGIN);
		while (true) {
			try (RawConnection probe = RawConnection.open(port)) {
				probe.send(ASSESS.replace("POST", "PUT") + "Content-Length: 100\r\n\r\n{");
				if (probe.firstStatus(MARGIN).filter(status -> status == 503).isEmpty()) {
					return;
				}
			}
			assertThat(Instant.now()).as("places for bodies still taken after %s", MARGIN).isBefore(deadline);
			Thread.sleep(100);
		}
	}

	@Test
	void cutsOffAClientThatStopsSendingItsHeaders() throws Exception {
		whileOthersAreServed(() -> {
			try (RawConnection slow = RawConnection.open(port)) {
				slow.send("POST /api/assessments HTTP/1.1\r\nHost: localhost\r\nContent-Ty");

				String received = slow.readUntilClosed(connectionTimeout.plus(MARGIN));

				assertThat(RawConnection.statuses(received)).allMatch(status -> status == 400 || status == 408);
			}
		});
	}

	@Test
	void answers408AndClosesWhenABodyStopsArriving() throws Exception {
		whileOthersAreServed(() -> {
			try (RawConnection slow = RawConnection.open(port)) {
				slow.send(ASSESS + "Content-Length: 1000\r\n\r\n{\"leg\": ");

				String received = slow.readUntilClosed(connectionTimeout.plus(MARGIN));

				assertThat(RawConnection.statuses(received)).containsExactly(408);
				assertThat(received).contains("application/problem+json");
			}
		});
	}

	@Test
	void answers408AndClosesWhenABodyTricklesPastTheBodyTimeout() throws Exception {
		whileOthersAreServed(() -> {
			try (RawConnection slow = RawConnection.open(port)) {
				slow.send(ASSESS + "Content-Length: 100000\r\n\r\n{\"leg\": ");
				// Each byte comes well within the connection timeout: only the body timeout can stop this client.
				slow.trickle(connectionTimeout.dividedBy(4));

				String received = slow.readUntilClosed(bodyTimeout.plus(connectionTimeout).plus(MARGIN));

				assertThat(RawConnection.statuses(received)).containsExactly(408);
				assertThat(received).contains("urn:leg-advisor:problem:request-body-timeout");
			}
		});
	}

	@Test
	void closesAConnectionThatKeepsTricklingTheBodyOfARefusedRequest() throws Exception {
		whileOthersAreServed(() -> {
			try (RawConnection slow = RawConnection.open(port)) {
				slow.send(ASSESS.replace("POST", "PUT") + "Content-Length: 100000\r\n\r\n{");
				slow.trickle(connectionTimeout.dividedBy(4));

				String received = slow.readUntilClosed(bodyTimeout.plus(connectionTimeout).plus(MARGIN));

				assertThat(RawConnection.statuses(received)).containsExactly(405);
			}
		});
	}

	@Test
	void refusesAChunkedBodyOverTheLimitWith413() throws Exception {
		whileOthersAreServed(() -> {
			try (RawConnection big = RawConnection.open(port)) {
				big.send(ASSESS + "Transfer-Encoding: chunked\r\n\r\n");
				big.sendInBackground(chunked("{\"pad\": \"" + "x".repeat(1024 * 1024) + "\"}"));

				String received = big.readUntilClosed(bodyTimeout.plus(MARGIN));

				assertThat(RawConnection.statuses(received)).containsExactly(413);
				assertThat(received).contains("Request too large");
			}
		});
	}

	@Test
	void refusesADeclaredLengthOverTheLimitWithoutWaitingForTheBody() throws Exception {
		whileOthersAreServed(() -> {
			try (RawConnection lying = RawConnection.open(port)) {
				lying.send(ASSESS + "Content-Length: 10485760\r\n\r\n{}");

				String received = lying.readUntilClosed(connectionTimeout.plus(MARGIN));

				assertThat(RawConnection.statuses(received)).containsExactly(413);
			}
		});
	}

	@Test
	void neverReadsPastTheDeclaredLengthOfABody() throws Exception {
		whileOthersAreServed(() -> {
			try (RawConnection lying = RawConnection.open(port)) {
				lying.send(ASSESS + "Content-Length: " + example.json().length + "\r\n\r\n");
				lying.sendInBackground(concat(example.json(), "x".repeat(300 * 1024).getBytes(StandardCharsets.UTF_8)));

				String received = lying.readUntilClosed(bodyTimeout.plus(MARGIN));

				// The declared document is assessed; what follows it is not a request, and ends the connection.
				assertThat(RawConnection.statuses(received)).containsExactly(200, 400);
				assertThat(received).contains(example.legName());
			}
		});
	}

	@Test
	void manyIdleConnectionsDoNotStopOtherClients() throws Exception {
		List<RawConnection> idle = new ArrayList<>();
		try {
			Instant opened = Instant.now();
			whileOthersAreServed(() -> {
				for (int i = 0; i < 250; i++) {
					RawConnection connection = RawConnection.open(port);
					idle.add(connection);
					if (i % 5 == 0) {
						connection.send("POST /api/assessments HTTP/1.1\r\nHost: localhost\r\n");
					}
				}
			});
			Duration limit = connectionTimeout.plus(MARGIN).minus(Duration.between(opened, Instant.now()));
			for (RawConnection connection : idle) {
				String received = connection.readUntilClosed(limit.isNegative() ? Duration.ofMillis(1) : limit);
				assertThat(RawConnection.statuses(received)).allMatch(status -> status == 400 || status == 408);
			}
		}
		finally {
			for (RawConnection connection : idle) {
				connection.close();
			}
		}
	}

	@Test
	void answers503WithRetryAfterWithoutWaitingForTheBodyBeyondTheLimit() throws Exception {
		int beyond = 10;
		try (SlowBodyClients slow = new SlowBodyClients(port, maxBodyReads + beyond, connectionTimeout.dividedBy(4))) {
			// Once those beyond the limit are refused, the others hold every place for a body in transit.
			assertThat(slow.awaitAnswered(503, beyond, MARGIN)).as("slow clients refused beyond the limit").isTrue();
			try (RawConnection one = RawConnection.open(port)) {
				one.send(ASSESS + "Content-Length: 1000\r\n\r\n{");

				String received = one.readUntilClosed(MARGIN);

				assertThat(RawConnection.statuses(received)).containsExactly(503);
				assertThat(received).contains("Retry-After: ", "application/problem+json",
						"urn:leg-advisor:problem:too-many-bodies-in-transit", "X-Content-Type-Options: nosniff");
			}
		}
	}

	/** Runs the scenario while four normal clients post an example; every one of their requests must succeed. */
	private void whileOthersAreServed(Scenario scenario) throws Exception {
		List<Exchange> others;
		try (ConcurrentClients clients = new ConcurrentClients(4, (client, n) -> ConcurrentClients
			.postJson(URI.create("http://localhost:" + port + "/api/assessments"), example.json()))) {
			scenario.run();
			int after = clients.completed();
			Instant deadline = Instant.now().plusSeconds(30);
			while (clients.completed() < after + 20 && Instant.now().isBefore(deadline)) {
				Thread.sleep(20);
			}
			others = clients.stop();
		}
		assertThat(others).hasSizeGreaterThanOrEqualTo(20);
		assertThat(others.stream().filter(e -> !e.ok()).limit(5).toList()).as("failed normal requests").isEmpty();
	}

	private static byte[] chunked(String body) {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		StringBuilder chunks = new StringBuilder();
		for (int at = 0; at < bytes.length; at += 8192) {
			int length = Math.min(8192, bytes.length - at);
			chunks.append(Integer.toHexString(length)).append("\r\n")
				.append(new String(bytes, at, length, StandardCharsets.UTF_8)).append("\r\n");
		}
		return chunks.append("0\r\n\r\n").toString().getBytes(StandardCharsets.UTF_8);
	}

	private static byte[] concat(byte[] first, byte[] second) {
		byte[] both = new byte[first.length + second.length];
		System.arraycopy(first, 0, both, 0, first.length);
		System.arraycopy(second, 0, both, first.length, second.length);
		return both;
	}

	@FunctionalInterface
	private interface Scenario {

		void run() throws Exception;

	}

}
