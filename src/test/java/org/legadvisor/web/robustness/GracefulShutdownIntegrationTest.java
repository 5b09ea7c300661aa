package org.legadvisor.web.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.legadvisor.web.LegAdvisorApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Stopping the service lets requests in flight finish, but for a bounded time only: a client trickling its body
 * cannot keep the process from ending. The grace period is shortened here so that the test is quick; the service's
 * own (and {@code server.shutdown=graceful}) are in application.properties.
 */
class GracefulShutdownIntegrationTest {

	private static final Duration GRACE = Duration.ofSeconds(2);

	/** For the scheduling of a busy machine; far below Spring's default grace of 30 s, which this must not wait. */
	private static final Duration MARGIN = Duration.ofSeconds(12);

	@Test
	void stopsWithinTheGracePeriodWhileAClientIsStillSendingItsBody() throws Exception {
		// As command-line arguments, these rank above application.properties.
		ConfigurableApplicationContext service = new SpringApplicationBuilder(LegAdvisorApplication.class).run(
				"--server.port=0", "--leg-advisor.watch-rules=false", "--leg-advisor.body-timeout=60s",
				"--spring.lifecycle.timeout-per-shutdown-phase=" + GRACE.toMillis() + "ms");
		int port = service.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
		try (RawConnection slow = RawConnection.open(port)) {
			slow.send("POST /api/assessments HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
					+ "Content-Length: 1000\r\n\r\n{");
			slow.trickle(Duration.ofMillis(500));
			Thread.sleep(1000);

			long start = System.nanoTime();
			service.close();
			Duration stopping = Duration.ofNanos(System.nanoTime() - start);

			assertThat(stopping).isLessThan(GRACE.plus(MARGIN));
			slow.readUntilClosed(MARGIN);
		}
		finally {
			service.close();
		}
	}

}
