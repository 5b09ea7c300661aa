package org.legadvisor.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.legadvisor.engine.RuleLimits;

/**
 * The harmful then-parts that took the service down, each put into a copy of the shipped rules: {@code validate},
 * {@code assess} and {@code test} refuse them with the file and line, and a rule loop that passes {@code validate}
 * ends in the session limit's message and exit code. None may exit 0, print nothing, or hang.
 */
class HarmfulRulesCliTest {

	/** Far above the seconds these take; only there so that a hang fails the test instead of the build. */
	private static final Duration NEVER_HANGS = Duration.ofSeconds(90);

	private static final String EXAMPLE = "knowledge-base/examples/donor-chaired-no-tor.json";

	private static final String CONCLUSION = "insert( Finding.from(kcontext) );";

	@TempDir
	Path copy;

	private Path rulesWith(String harmful) throws IOException {
		Path rules = copy.resolve("rules");
		try (Stream<Path> files = Files.walk(Path.of("rules"))) {
			for (Path file : files.toList()) {
				Path target = rules.resolve(Path.of("rules").relativize(file).toString());
				if (Files.isDirectory(file)) {
					Files.createDirectories(target);
				}
				else {
					Files.copy(file, target);
				}
			}
		}
		Path mandate = rules.resolve("p1-mandate.drl");
		// The first rule binds the answer it matches, so that a then-part can name it.
		Files.writeString(mandate, Files.readString(mandate).replaceFirst("\\Q" + CONCLUSION + "\\E",
				java.util.regex.Matcher.quoteReplacement(harmful)).replaceFirst("\n    Answer\\(", "\n    \\$a : Answer("));
		return rules;
	}

	/** The line of the first then-part of p1-mandate.drl, where {@link #rulesWith} puts the harmful code. */
	private static int harmfulLine() throws IOException {
		List<String> lines = Files.readAllLines(Path.of("rules/p1-mandate.drl"));
		return lines.indexOf(lines.stream().filter(l -> l.contains(CONCLUSION)).findFirst().orElseThrow()) + 1;
	}

	private static CliRun run(String... args) {
		return assertTimeoutPreemptively(NEVER_HANGS, () -> CliRun.of(args));
	}

	@ParameterizedTest
	@ValueSource(strings = { "update( $a );", "while (true) {}", "System.exit(0);", "retract( $a );",
			"insert( new java.io.File(\"/tmp/leg\") );" })
	void validateRefusesAHarmfulThenPartNamingFileAndLine(String harmful) throws IOException {
		Path rules = rulesWith(harmful);

		CliRun run = run("validate", "--rules", rules.toString());

		assertThat(run.exitCode()).isEqualTo(1);
		assertThat(run.out()).contains(rules.resolve("p1-mandate.drl") + ":" + harmfulLine() + ":")
			.contains("a then-part may only conclude").contains("write only insert( Finding.from(kcontext) );");
	}

	@ParameterizedTest
	@ValueSource(strings = { "update( $a );", "while (true) {}", "System.exit(0);" })
	void assessAndTestRefuseTheRulesBeforeRunningThemAndSaySo(String harmful) throws IOException {
		Path rules = rulesWith(harmful);

		for (CliRun run : List.of(run("assess", EXAMPLE, "--rules", rules.toString()), run("test", "--rules", rules.toString()))) {
			assertThat(run.exitCode()).isEqualTo(1);
			assertThat(run.out() + run.err()).contains("p1-mandate.drl:" + harmfulLine() + ":", "a then-part may only conclude");
		}
	}

	/**
	 * No rule that passes {@code validate} is known to loop (the engine's truth maintenance settles even signals that
	 * undo each other), so the firing limit is shown with the shipped rules and a limit below what they need.
	 */
	@Test
	void assessStoppedByTheFiringLimitSaysWhichRulesAndExitsWithItsOwnCode() {
		CliRun run = withMaxFirings("3", () -> run("assess", EXAMPLE));

		assertThat(run.exitCode()).isEqualTo(LegAdvisorCommand.RULES_STOPPED);
		assertThat(run.out()).isEmpty();
		assertThat(run.err()).startsWith("Nothing was assessed. The rules fired more than 3 times in one assessment, "
				+ "the most allowed (leg-advisor.rules.max-firings)").contains("the rules that fired most: \"");
	}

	@Test
	void testStoppedByTheFiringLimitExitsWithItsOwnCode() {
		CliRun run = withMaxFirings("3", () -> run("test"));

		assertThat(run.exitCode()).isEqualTo(LegAdvisorCommand.RULES_STOPPED);
		assertThat(run.out()).contains("FAIL ");
		assertThat(run.err()).startsWith("The rules were stopped in ").contains("more than 3 times");
	}

	@Test
	void aFiringLimitThatIsNotAWholeNumberIsSaidInOneLine() {
		CliRun run = withMaxFirings("2.5", () -> run("assess", EXAMPLE));

		assertThat(run.exitCode()).isEqualTo(LegAdvisorCommand.BAD_INPUT);
		assertThat(run.err()).isEqualTo("Setting error: leg-advisor.rules.max-firings (or LEG_ADVISOR_RULES_MAX_FIRINGS) "
				+ "is \"2.5\"; expected a whole number of rule firings above 0, e.g. 10000" + System.lineSeparator());
	}

	private static CliRun withMaxFirings(String value, java.util.function.Supplier<CliRun> command) {
		System.setProperty(RuleLimits.MAX_FIRINGS, value);
		try {
			return command.get();
		}
		finally {
			System.clearProperty(RuleLimits.MAX_FIRINGS);
		}
	}

	@Test
	void helpForAssessAndTestExplainsTheExitCodeOfStoppedRules() {
		assertThat(run("help", "assess").out()).contains("3  the rules were stopped", "leg-advisor.rules.max-firings",
				"leg-advisor.rules.session-timeout");
		assertThat(run("help", "test").out()).contains("3 the rules were stopped");
	}

}
