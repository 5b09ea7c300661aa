package org.legadvisor.cli.memory;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.legadvisor.cli.CliRun;
import org.legadvisor.knowledge.JsonFiles;

class CompareCommandTest {

	static final String DONOR_LED = "knowledge-base/examples/donor-chaired-no-tor.json";

	static final String WELL_FUNCTIONING = "knowledge-base/examples/established-leg.json";

	@Test
	void listsTheFindingsResolvedBetweenTwoAnswersFilesAndTheAnswersChanged() {
		CliRun run = CliRun.of("compare", DONOR_LED, WELL_FUNCTIONING);

		assertThat(run.exitCode()).isEqualTo(0);
		assertThat(run.out()).contains("Progress from donor-chaired-no-tor.json to established-leg.json",
				"Findings resolved:", "New findings: 0", "(P1-no-tor, High)", "Answers changed:", "(tor.exists): No -> Yes");
		assertThat(run.err()).isEmpty();
	}

	@Test
	void givesTheProgressAsJsonAsTheApiDoes() throws Exception {
		CliRun run = CliRun.of("compare", DONOR_LED, WELL_FUNCTIONING, "--format", "json");

		JsonNode progress = JsonFiles.mapper().readTree(run.out());
		assertThat(progress.get("resolved").toString()).contains("\"P1-no-tor\"");
		assertThat(progress.get("new")).isEmpty();
		assertThat(progress.get("principles").get(0).get("before").get("level").asText()).isNotBlank();
	}

	@Test
	void aRoundComparedWithItselfChangesNothing() throws Exception {
		JsonNode progress = JsonFiles.mapper().readTree(CliRun.of("compare", DONOR_LED, DONOR_LED, "--format", "json").out());

		assertThat(progress.get("resolved")).isEmpty();
		assertThat(progress.get("new")).isEmpty();
		assertThat(progress.get("persisting").size()).isGreaterThan(5);
		assertThat(progress.get("answersChanged")).isEmpty();
		progress.get("principles").forEach(p -> assertThat(p.get("change").asInt()).isZero());
	}

	@Test
	void namesTheFileWithInvalidAnswersAndExitsWithTwo(@TempDir Path folder) throws Exception {
		Path invalid = Files.writeString(folder.resolve("later.json"), """
				{ "questionnaireVersion": "1.0", "leg": { "name": "X" }, "answers": { "tor.exists": "maybe" } }""");

		CliRun run = CliRun.of("compare", DONOR_LED, invalid.toString());

		assertThat(run.exitCode()).isEqualTo(2);
		assertThat(run.err()).contains("later.json", "Does the LEG have written terms of reference").doesNotContain("Exception");
		assertThat(CliRun.of("compare", DONOR_LED, folder.resolve("none.json").toString()).err())
			.contains("Answers file not found");
	}

}
