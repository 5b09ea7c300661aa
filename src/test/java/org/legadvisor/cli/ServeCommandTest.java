package org.legadvisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
	void exitsWithOneWithoutServingWhenTheRulesDoNotLoad(@TempDir Path rules) throws Exception {
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
	}

}
