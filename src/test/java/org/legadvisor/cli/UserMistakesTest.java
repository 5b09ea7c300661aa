package org.legadvisor.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A mistake of the user (a folder for a file, a file missing or unreadable, a rule file that is not text) is said in
 * one line naming the file, with its exit code, and never as a stack trace.
 */
class UserMistakesTest {

	private static final String EXAMPLE = "knowledge-base/examples/donor-chaired-no-tor.json";

	@Test
	void importGivenAFolderSaysItIsAFolder() {
		CliRun run = CliRun.of("import-submissions", "knowledge-base/examples");

		assertOneLine(run, 2, "knowledge-base/examples: is a folder; give a file");
	}

	@Test
	void assessGivenAMissingFileNamesIt() {
		CliRun run = CliRun.of("assess", "knowledge-base/examples/no-such-leg.json");

		assertOneLine(run, 2, "knowledge-base/examples/no-such-leg.json");
	}

	@Test
	void assessGivenAFileItCannotOpenNamesItAndWhy(@TempDir Path folder) throws Exception {
		Path loop = folder.resolve("answers.json");
		Files.createSymbolicLink(loop, loop);

		CliRun run = CliRun.of("assess", loop.toString());

		assertOneLine(run, 2, loop + ": cannot be read (");
	}

	@Test
	void assessGivenAnUnreadableFileSaysPermissionDenied(@TempDir Path folder) throws Exception {
		Path answers = Files.copy(Path.of(EXAMPLE), folder.resolve("answers.json"));
		Files.setPosixFilePermissions(answers, PosixFilePermissions.fromString("-w-------"));
		assumeFalse(Files.isReadable(answers), "the file stays readable to this user (root)");

		CliRun run = CliRun.of("assess", answers.toString());

		assertOneLine(run, 2, answers + ": cannot be read (permission denied)");
	}

	@Test
	void assessWithARuleFileThatIsNotTextNamesTheRuleFile(@TempDir Path rules) throws Exception {
		Path latin1 = copyOfTheRules(rules).resolve("p1-mandate.drl");
		Files.write(latin1, "// r\u00e9sum\u00e9 saved in Latin-1\n".getBytes(StandardCharsets.ISO_8859_1));

		CliRun run = CliRun.of("assess", EXAMPLE, "--rules", rules.toString());

		assertOneLine(run, 1, latin1 + ": cannot be read (not UTF-8 text");
	}

	@Test
	void assessWithAMissingRulesFolderSaysSo() {
		CliRun run = CliRun.of("assess", EXAMPLE, "--rules", "no-such-rules");

		assertOneLine(run, 2, "no-such-rules: rules folder not found");
		assertOneLine(CliRun.of("assess", EXAMPLE, "--rules", "no-such-rules", "--lang", "fr"), 2,
				"no-such-rules\u00a0: dossier des règles introuvable");
	}

	@Test
	void rulesAndCoverageWithARuleFileThatIsNotTextNameTheFile(@TempDir Path rules) throws Exception {
		Path latin1 = copyOfTheRules(rules).resolve("p1-mandate.drl");
		Files.write(latin1, "// r\u00e9sum\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));

		for (String command : new String[] { "rules", "coverage" }) {
			CliRun run = CliRun.of(command, "--rules", rules.toString());

			assertThat(run.exitCode()).as(command).isEqualTo(1);
			assertThat(run.err()).as(command).contains(latin1.toString(), "not UTF-8 text");
			assertNoStackTrace(run);
		}
	}

	@Test
	void helpListsTheExitCodes() {
		CliRun run = CliRun.of("--help");

		assertThat(run.out()).contains("Exit codes:", "0", "done", "1", "do not load", "2", "must be fixed");
	}

	private static Path copyOfTheRules(Path copy) throws IOException {
		try (Stream<Path> files = Files.list(Path.of("rules"))) {
			for (Path file : files.filter(f -> f.toString().endsWith(".drl")).toList()) {
				Files.copy(file, copy.resolve(file.getFileName()));
			}
		}
		return copy;
	}

	private static void assertOneLine(CliRun run, int exitCode, String says) {
		assertThat(run.exitCode()).as(run.err()).isEqualTo(exitCode);
		assertThat(run.err()).contains(says);
		assertThat(run.err().strip().lines()).as("one line").hasSize(1);
		assertNoStackTrace(run);
	}

	static void assertNoStackTrace(CliRun run) {
		assertThat(run.out() + run.err()).doesNotContain("Exception", "at org.", "\tat ");
	}

}
