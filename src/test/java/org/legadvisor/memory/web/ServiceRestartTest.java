package org.legadvisor.memory.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.legadvisor.memory.web.MemoryApi.json;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.legadvisor.cli.LegAdvisorCommand;

/**
 * The acceptance of issue 15 on the real {@code serve} command, in its own process: an empty {@code --data} folder and
 * the administrator's password in the environment; a LEG, a donor-led round, then a well-functioning one; progress
 * lists the resolved findings; nothing is readable without an account; the service is stopped and started again,
 * and once more killed ({@code kill -9}) while rounds are being saved: every round it confirmed is still there.
 */
class ServiceRestartTest {

	static final String PASSWORD = "the administrator's passphrase";

	static final Path DONOR_LED = Path.of("knowledge-base/examples/donor-chaired-no-tor.json");

	static final Path WELL_FUNCTIONING = Path.of("knowledge-base/examples/established-leg.json");

	@Test
	@Timeout(value = 10, unit = TimeUnit.MINUTES)
	void roundsSurviveARestartAndAKillDuringWrites(@TempDir Path data) throws Exception {
		long leg;
		Running service = Running.start(data);
		try {
			MemoryApi admin = service.api();
			leg = json(admin.post("/api/legs", "{\"name\":\"Restarted LEG\",\"country\":\"Freedonia\"}")).get("id").asLong();
			assertThat(admin.post(rounds(leg), Files.readString(DONOR_LED)).statusCode()).isEqualTo(201);
			assertThat(admin.post(rounds(leg), Files.readString(WELL_FUNCTIONING)).statusCode()).isEqualTo(201);
			assertThat(json(admin.get("/api/legs/" + leg + "/progress")).get("resolved").toString()).contains("P1-no-tor");
			assertThat(admin.as(null, null).get(rounds(leg)).statusCode()).isEqualTo(401);
		}
		finally {
			service.stop();
		}

		service = Running.start(data);
		AtomicInteger confirmed = new AtomicInteger();
		try {
			MemoryApi admin = service.api();
			assertThat(json(admin.get(rounds(leg)))).hasSize(2);
			assertThat(json(admin.get("/api/legs/" + leg + "/progress")).get("resolved").toString()).contains("P1-no-tor");
			String answers = Files.readString(DONOR_LED);
			Thread writer = new Thread(() -> {
				try {
					while (true) {
						if (admin.post(rounds(leg), answers).statusCode() == 201) {
							confirmed.incrementAndGet();
						}
					}
				}
				catch (IOException | InterruptedException killed) {
					// the service was killed mid-request
				}
			});
			writer.start();
			while (confirmed.get() < 3) {
				Thread.sleep(20);
			}
			service.kill();
			writer.join(30_000);
		}
		finally {
			service.stop();
		}

		service = Running.start(data);
		try {
			MemoryApi admin = service.api();
			JsonNode kept = json(admin.get(rounds(leg)));
			assertThat(kept.size()).isGreaterThanOrEqualTo(2 + confirmed.get());
			for (JsonNode round : kept) {
				JsonNode whole = json(admin.get(rounds(leg) + "/" + round.get("id").asLong()));
				assertThat(whole.get("report").get("findings").size()).isEqualTo(round.get("findings").asInt());
			}
			assertThat(admin.get("/api/legs/" + leg + "/progress").statusCode()).isEqualTo(200);
		}
		finally {
			service.stop();
		}
	}

	private static String rounds(long leg) {
		return "/api/legs/" + leg + "/rounds";
	}

	/** {@code leg-advisor serve} in a process of its own, on a free port. */
	private record Running(Process process, int port) {

		static Running start(Path data) throws IOException {
			ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
					"-cp", System.getProperty("java.class.path"), LegAdvisorCommand.class.getName(), "serve", "--port",
					"0", "--data", data.toString())
				.redirectError(ProcessBuilder.Redirect.DISCARD);
			builder.environment().put("LEG_ADVISOR_ADMIN_PASSWORD", PASSWORD);
			Process process = builder.start();
			BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
			Pattern serving = Pattern.compile("LEG Advisor is serving http://localhost:(\\d+)/");
			while (true) {
				String line = out.readLine();
				if (line == null) {
					throw new IllegalStateException("serve ended without serving (exit " + waitFor(process) + ")");
				}
				Matcher match = serving.matcher(line);
				if (match.find()) {
					drain(out);
					return new Running(process, Integer.parseInt(match.group(1)));
				}
			}
		}

		/** Reads the rest of what the service prints, so that a full pipe never blocks its logging. */
		private static void drain(BufferedReader out) {
			Thread reader = new Thread(() -> {
				try {
					while (out.readLine() != null) {
						// the log is not needed here
					}
				}
				catch (IOException ended) {
					// the process ended
				}
			});
			reader.setDaemon(true);
			reader.start();
		}

		MemoryApi api() {
			return MemoryApi.at(port, "admin", PASSWORD);
		}

		/** kill -9: no shutdown hook, no connection closed. */
		void kill() throws InterruptedException {
			process.destroyForcibly();
			process.waitFor(30, TimeUnit.SECONDS);
		}

		void stop() throws InterruptedException {
			process.destroy();
			if (!process.waitFor(30, TimeUnit.SECONDS)) {
				process.destroyForcibly();
			}
		}

		private static int waitFor(Process process) {
			try {
				return process.waitFor();
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return -1;
			}
		}
	}

}
