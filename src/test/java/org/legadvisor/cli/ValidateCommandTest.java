package org.legadvisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {

	@TempDir
	Path copy;

	@Test
	void acceptsTheShippedRules() {
		CliRun run = CliRun.of("validate", "rules");

		assertThat(run.exitCode()).isZero();
		assertThat(run.out()).contains("compile without errors");
	}

	@Test
	void exitsWithOneNamingFileAndLineOfASyntaxErrorInACopyOfTheRules() throws IOException {
		copyRules();
		Path mandate = copy.resolve("p1-mandate.drl");
		String text = Files.readString(mandate);
		Files.writeString(mandate, text.replaceFirst("Answer\\( question == \"tor.exists\", value == \"no\" \\)",
				"Answer( question == \"tor.exists\" value == \"no\" )"));
		int line = lineOf(Files.readString(mandate), "Answer( question == \"tor.exists\" value");

		CliRun run = CliRun.of("validate", copy.toString());

		assertThat(run.exitCode()).isEqualTo(1);
		assertThat(run.out()).contains(copy.resolve("p1-mandate.drl") + ":" + line + ":");
	}

	private void copyRules() throws IOException {
		try (Stream<Path> files = Files.list(Path.of("rules"))) {
			for (Path file : files.filter(f -> f.toString().endsWith(".drl")).toList()) {
				Files.copy(file, copy.resolve(file.getFileName()));
			}
		}
	}

	private static int lineOf(String text, String fragment) {
		String[] lines = text.split("\n", -1);
		for (int i = 0; i < lines.length; i++) {
			if (lines[i].contains(fragment)) {
				return i + 1;
			}
		}
		throw new AssertionError(fragment + " not found");
	}

}
