package org.legadvisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.legadvisor.questionnaire.AnswersMutator;
import org.legadvisor.questionnaire.Questionnaire;

/** Malformed answers and malformed rule files through the command line: clear errors, never a crash. */
class MalformedInputFuzzTest {

	private static final List<String> DRL_DEBRIS = List.of(")", "(", "\"", "end", "rule \"x\"", "when", "then", ",",
			"==", "Answer(", "@id(", "\u00e9\u4e2d", "\n", "import java.util.*;", "$x :", "not", "in (");

	@TempDir
	Path dir;

	@Test
	void assessAnswersEveryMalformedDocumentWithExitCodeTwoAndNoStackTrace() throws IOException {
		AnswersMutator mutator = new AnswersMutator(new Random(42L),
				Questionnaire.load(Path.of("knowledge-base/questionnaire.json")),
				List.of(Path.of("knowledge-base/examples/donor-chaired-no-tor.json")));
		Path answers = dir.resolve("answers.json");
		for (int i = 0; i < 60; i++) {
			String document = mutator.next();
			Files.writeString(answers, document);

			CliRun run = CliRun.of("assess", answers.toString(), "--format", "json");

			assertThat(run.exitCode()).as(document).isIn(0, 2);
			assertThat(run.err()).as(document).doesNotContain("Exception").doesNotContain("\tat ");
			if (run.exitCode() == 2) {
				assertThat(run.err()).as(document).contains("expected");
			}
		}
	}

	@Test
	void validateReportsEveryMalformedRuleFileWithoutCrashing() throws IOException {
		Random random = new Random(99L);
		String original = Files.readString(Path.of("rules/p1-mandate.drl"));
		copyOtherRules();
		for (int i = 0; i < 40; i++) {
			String mutated = mutate(original, random);
			Files.writeString(dir.resolve("p1-mandate.drl"), mutated);

			CliRun run = CliRun.of("validate", dir.toString());

			assertThat(run.exitCode()).as(mutated).isIn(0, 1);
			assertThat(run.out()).as(mutated).containsAnyOf("compile without errors", "error(s)");
			assertThat(run.err()).as(mutated).doesNotContain("\tat ");
		}
	}

	private void copyOtherRules() throws IOException {
		try (Stream<Path> files = Files.list(Path.of("rules"))) {
			for (Path file : files.filter(f -> f.toString().endsWith(".drl")).toList()) {
				Files.copy(file, dir.resolve(file.getFileName()));
			}
		}
	}

	private static String mutate(String text, Random random) {
		StringBuilder out = new StringBuilder(text);
		for (int edits = 1 + random.nextInt(3); edits > 0; edits--) {
			int at = random.nextInt(out.length());
			if (random.nextBoolean()) {
				out.delete(at, Math.min(out.length(), at + 1 + random.nextInt(12)));
			}
			else {
				out.insert(at, DRL_DEBRIS.get(random.nextInt(DRL_DEBRIS.size())));
			}
		}
		return out.toString();
	}

}
