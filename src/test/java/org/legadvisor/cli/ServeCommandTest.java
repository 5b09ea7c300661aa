package org.legadvisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

@ExtendWith(OutputCaptureExtension.class)
class ServeCommandTest {

	@Test
	void offersAPortAndTheUsualLocations() {
		CliRun run = CliRun.of("help", "serve");

		assertThat(run.out()).contains("--port", "--rules", "--knowledge-base", "Ctrl+C");
	}

	@Test
	void explainsHowToEnableTheAdministrativeEndpoint() {
		CliRun run = CliRun.of("help", "serve");

		assertThat(run.out()).contains("/api/rule-base/reload", "LEG_ADVISOR_ADMIN_PASSWORD", "LEG_ADVISOR_ADMIN_USERNAME",
				"{bcrypt}");
	}

	@Test
	void exitsWithOneWithoutServingWhenTheRulesDoNotLoad(@TempDir Path rules, CapturedOutput output) throws Exception {
		Files.writeString(rules.resolve("broken.drl"), """
				package org.legadvisor.rules;
				rule "Reads a type that does not exist"
				when
				    Answr()
				then
				end
				""");

		CliRun run = CliRun.of("serve", "--rules", rules.toString(), "--port", "0");

		assertThat(run.exitCode()).isEqualTo(1);
		assertThat(run.out()).doesNotContain("serving");
		assertThat(output.getAll()).contains("The service cannot start. The rules do not load", "broken.drl:4");
		assertNoStackTrace(output);
	}

	@Test
	void exitsWithTwoNamingTheSettingForAnEncodedPasswordNoEncoderKnows(CapturedOutput output) {
		CliRun run = withSystemProperty("leg-advisor.admin.password", "{bogus}secret-part",
				() -> CliRun.of("serve", "--port", "0"));

		assertThat(run.exitCode()).isEqualTo(2);
		assertThat(output.getAll()).contains("The service cannot start.", "leg-advisor.admin.password", "{bogus}",
				"names no known encoding").doesNotContain("secret-part");
		assertNoStackTrace(output);
	}

	@Test
	void exitsWithTwoNamingTheSettingForAValueThatIsNotValid(CapturedOutput output) {
		CliRun run = withSystemProperty("leg-advisor.body-timeout", "soon", () -> CliRun.of("serve", "--port", "0"));

		assertThat(run.exitCode()).isEqualTo(2);
		assertThat(output.getAll()).contains("The service cannot start.", "leg-advisor.body-timeout", "soon");
		assertNoStackTrace(output);
	}

	@Test
	void exitsWithTwoSayingSoWhenThePortIsInUse(CapturedOutput output) throws Exception {
		try (ServerSocket taken = new ServerSocket(0)) {
			CliRun run = CliRun.of("serve", "--port", Integer.toString(taken.getLocalPort()));

			assertThat(run.exitCode()).isEqualTo(2);
			assertThat(output.getAll()).contains("The service cannot start.", Integer.toString(taken.getLocalPort()));
			assertNoStackTrace(output);
		}
	}

	private static CliRun withSystemProperty(String name, String value, Supplier<CliRun> run) {
		System.setProperty(name, value);
		try {
			return run.get();
		}
		finally {
			System.clearProperty(name);
		}
	}

	private static void assertNoStackTrace(CapturedOutput output) {
		assertThat(output.getAll()).doesNotContain("Exception", "\tat ", "at org.");
	}

	@Test
	@Timeout(value = 90, unit = TimeUnit.SECONDS)
	void servesTheShippedRulesAndNamesTheAddress(@TempDir Path data) throws Exception {
		Process serve = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
				System.getProperty("java.class.path"), LegAdvisorCommand.class.getName(), "serve", "--port", "0",
				"--data", data.toString())
			.redirectError(ProcessBuilder.Redirect.DISCARD)
			.start();
		try (BufferedReader out = new BufferedReader(new InputStreamReader(serve.getInputStream(), StandardCharsets.UTF_8))) {
			Pattern serving = Pattern.compile("LEG Advisor is serving (http://localhost:\\d+/)");
			String address = null;
			while (address == null) {
				String line = out.readLine();
				assertThat(line).as("a line naming the address before the output ends").isNotNull();
				Matcher match = serving.matcher(line);
				address = match.find() ? match.group(1) : null;
			}

			HttpResponse<String> health = HttpClient.newHttpClient().send(
					HttpRequest.newBuilder(URI.create(address + "actuator/health")).build(),
					HttpResponse.BodyHandlers.ofString());
			assertThat(health.statusCode()).isEqualTo(200);
			assertThat(health.body()).contains("\"ruleBase\"", "\"status\":\"UP\"");
		}
		finally {
			serve.destroy();
			serve.waitFor(20, TimeUnit.SECONDS);
		}
	}

}
