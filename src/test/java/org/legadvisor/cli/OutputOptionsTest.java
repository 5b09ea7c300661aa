package org.legadvisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --format} and {@code --out}, the same for every command that writes a result ({@link OutputOptions}): tried
 * here once on each of them, rather than command by command.
 */
class OutputOptionsTest {

	private static final String EXAMPLE = "knowledge-base/examples/crisis-setting.json";

	/** Each command with {@code --format}, with the arguments it needs to reach its output, and its formats. */
	private static final Map<List<String>, String> COMMANDS = Map.of(
			List.of("assess", EXAMPLE), "[text, markdown, json, html, docx, xlsx, pdf]",
			List.of("compare", EXAMPLE, EXAMPLE), "[text, json]",
			List.of("history", "Freedonia LEG"), "[text, json]",
			List.of("impact", "--rules", "rules"), "[text, json]",
			List.of("validate"), "[text, json]",
			List.of("coverage"), "[text, json]",
			List.of("rules"), "[text, markdown, json]",
			List.of("questionnaire"), "[text, xlsform]",
			List.of("import-submissions", "no-such-export.csv"), "[text, markdown, json, html, docx, xlsx, pdf]");

	@Test
	void everyCommandThatWritesAResultHasTheOptions() {
		LegAdvisorCommand.commandLine(new String[0], Map.of()).getSubcommands().forEach((name, command) -> {
			boolean shared = command.getMixins().values().stream().anyMatch(OutputOptions.class::isInstance);
			assertThat(shared).as(name).isEqualTo(COMMANDS.keySet().stream().anyMatch(c -> c.get(0).equals(name)));
		});
	}

	@Test
	void anUnknownFormatIsAUsageMistakeNamingTheFormatsTheCommandAccepts() {
		COMMANDS.forEach((command, formats) -> {
			CliRun run = run(command, "--format", "odt");

			assertThat(run.exitCode()).as(command.toString()).isEqualTo(LegAdvisorCommand.BAD_INPUT);
			assertThat(run.err()).as(command.toString())
				.contains("Invalid value for option '--format': expected one of " + formats + " (case-sensitive) but was 'odt'")
				.contains("Usage: leg-advisor " + command.get(0))
				.doesNotContain("Exception");
		});
	}

	@Test
	void theHelpOfEachCommandListsItsOwnFormatsAndItsDefault() {
		assertThat(help("compare")).contains("Output: text, json (default: text)");
		assertThat(help("rules")).contains("Catalogue format: text, markdown, json (default: text)");
		assertThat(help("import-submissions")).contains("text, markdown, json, html, docx, xlsx, pdf (default: markdown)")
			.contains("--out=DIR");
		assertThat(help("assess")).contains("--out=FILE");
	}

	@Test
	void aFileFormatWithoutOutIsAUsageMistakeSayingWhatToAdd() {
		for (String format : List.of("docx", "xlsx", "pdf")) {
			CliRun run = CliRun.of("assess", EXAMPLE, "--format", format);

			assertThat(run.exitCode()).isEqualTo(LegAdvisorCommand.BAD_INPUT);
			assertThat(run.err()).contains("--format " + format + " writes a file, not text for the terminal: add --out FILE."
					+ format + ".");
			assertThat(run.out()).isEmpty();
		}
		assertThat(CliRun.of("questionnaire", "--format", "xlsform").err()).contains("add --out FILE.xlsx.");
	}

	@Test
	void outWritesWhatTheTerminalWouldShowAndSaysWhere(@TempDir Path dir) throws Exception {
		Path file = dir.resolve("validation.json");
		String printed = CliRun.of("validate", "--format", "json").out();

		CliRun written = CliRun.of("validate", "--format", "json", "--out", file.toString());

		assertThat(written.exitCode()).isZero();
		assertThat(written.out()).isEmpty();
		assertThat(written.err()).contains("Written to " + file);
		assertThat(Files.readString(file)).isEqualTo(printed);
	}

	/** The help of {@code command}, on one line as picocli wraps it. */
	private static String help(String command) {
		return CliRun.of("help", command).out().replaceAll("\\s+", " ");
	}

	private static CliRun run(List<String> command, String... options) {
		return CliRun.of(java.util.stream.Stream.concat(command.stream(), java.util.Arrays.stream(options))
			.toArray(String[]::new));
	}

}
