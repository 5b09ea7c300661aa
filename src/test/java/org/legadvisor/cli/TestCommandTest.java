package org.legadvisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TestCommandTest {

	@Test
	void passesTheBundledScenarios() {
		CliRun run = CliRun.of("test");

		assertThat(run.exitCode()).isZero();
		assertThat(run.out()).contains("PASS established-leg").containsPattern("\\d+ passed, 0 failed");
	}

	@Test
	void exitsWithOneAndPrintsTheDifferenceWhenAScenarioFails(@TempDir Path folder) throws Exception {
		Files.writeString(folder.resolve("wrong.scenarios.json"), """
				{ "scenarios": [ {
				    "name": "a healthy LEG wrongly expected to lack a ToR",
				    "profile": "established-leg",
				    "expect": { "include": ["P1-no-tor"] } } ] }""");

		CliRun run = CliRun.of("test", folder.toString());

		assertThat(run.exitCode()).isEqualTo(1);
		assertThat(run.out()).contains("FAIL a healthy LEG wrongly expected to lack a ToR")
			.contains("- expected finding P1-no-tor, but it did not appear")
			.contains("0 passed, 1 failed");
	}

}
