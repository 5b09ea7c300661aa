package org.legadvisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Finding titles are the knowledge base's words, by the rule's id, no longer the rule's name. */
class FindingTitlesCliTest {

	@TempDir
	Path dir;

	private Path knowledgeBase() throws IOException {
		Path source = Path.of("knowledge-base");
		Path target = dir.resolve("kb");
		try (Stream<Path> files = Files.walk(source)) {
			for (Path file : files.toList()) {
				Path copy = target.resolve(source.relativize(file).toString());
				if (Files.isDirectory(file)) {
					Files.createDirectories(copy);
				}
				else {
					Files.copy(file, copy);
				}
			}
		}
		return target;
	}

	@Test
	void validateExitsWithOneNamingTheRuleAndItsFileWhenARuleHasNoTitle() throws IOException {
		Path knowledgeBase = knowledgeBase();
		Path findings = knowledgeBase.resolve("findings.json");
		Files.writeString(findings, Files.readString(findings).replace("\"P1-no-tor\":", "\"P1-no-tor-renamed\":"));

		CliRun run = CliRun.of("validate", "rules", "--knowledge-base", knowledgeBase.toString());

		assertThat(run.exitCode()).isEqualTo(1);
		assertThat(run.out()).contains("p1-mandate.drl")
			.contains("rule \"Without written terms of reference the mandate is not agreed\"")
			.contains("@id P1-no-tor, which has no title in " + findings.toAbsolutePath().normalize());
	}

	@Test
	void theReportShowsTheTitleOfFindingsJsonRatherThanTheRuleName() throws IOException {
		Path knowledgeBase = knowledgeBase();
		Path findings = knowledgeBase.resolve("findings.json");
		String ruleName = "Without written terms of reference the mandate is not agreed";
		Files.writeString(findings, Files.readString(findings).replace("\"title\": \"" + ruleName + "\"",
				"\"title\": \"No agreed mandate without written terms of reference\""));

		CliRun run = CliRun.of("assess", "knowledge-base/examples/donor-chaired-no-tor.json", "--knowledge-base",
				knowledgeBase.toString(), "--format", "json");

		assertThat(run.exitCode()).isZero();
		assertThat(run.out()).contains("\"title\" : \"No agreed mandate without written terms of reference\"")
			.doesNotContain("\"title\" : \"" + ruleName + "\"");
	}

}
