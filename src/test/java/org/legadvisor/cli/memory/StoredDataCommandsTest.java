package org.legadvisor.cli.memory;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.legadvisor.knowledge.JsonFiles;
import org.legadvisor.memory.backup.StoredDataFixture;
import org.legadvisor.cli.CliRun;
import org.legadvisor.memory.impact.EditedRules;

/**
 * The commands on stored data, run in-process on an H2 data folder as {@code serve --data} leaves it: history,
 * compare on stored rounds, impact of an edited copy of the rules, and a backup exported and imported.
 */
class StoredDataCommandsTest {

	@TempDir
	static Path data;

	@BeforeAll
	static void storedData() throws Exception {
		StoredDataFixture.fill(StoredDataFixture.migrated(StoredDataFixture.h2(data)));
	}

	/** The command line as the launcher runs it, its refusals said as they are to a user. */
	static CliRun run(String... args) {
		return CliRun.of(args);
	}

	@Test
	void historyListsTheRoundsByNumberDateAndWhoWithEachPrinciplesLevelsAndTrend() {
		CliRun run = run("history", "freedonia leg", "--data", data.toString());

		assertThat(run.exitCode()).isZero();
		assertThat(run.out()).contains("Freedonia LEG (Freedonia): 2 rounds",
				"Round 1 (2026-03-01 10:30 UTC, entered by admin)", "Round 2 (2026-08-28 09:30 UTC, entered by amina)",
				"P1 ", " -> ", ": improving");
		assertThat(run.out()).doesNotContainPattern("\\bid\\b");
		assertThat(run.err()).isEmpty();
	}

	@Test
	void historyAsJsonGivesEachPrinciplesLevelPerRound() throws Exception {
		JsonNode history = JsonFiles.mapper().readTree(run("history", "Freedonia LEG", "--data", data.toString(),
				"--format", "json").out());

		assertThat(history.get("rounds")).hasSize(2);
		JsonNode mandate = history.get("principles").get(0);
		assertThat(mandate.get("principle").asText()).isEqualTo("P1");
		assertThat(mandate.get("levels")).hasSize(2);
		assertThat(mandate.get("trend").asText()).isEqualTo("improving");
	}

	@Test
	void aLegThatIsNotThereIsSaidWithTheLegsThatAre() {
		CliRun run = run("history", "Ruritania", "--data", data.toString());

		assertThat(run.exitCode()).isEqualTo(2);
		assertThat(run.err()).contains("no LEG named \"Ruritania\"", "Freedonia LEG, Sylvania LEG")
			.doesNotContain("Exception");
	}

	@Test
	void aDataFolderWithoutADatabaseIsSaidAndNothingIsCreated(@TempDir Path empty) {
		CliRun run = run("history", "Freedonia LEG", "--data", empty.toString());

		assertThat(run.exitCode()).isEqualTo(2);
		assertThat(run.err()).contains("No saved LEGs in");
		assertThat(empty.resolve("leg-advisor.mv.db")).doesNotExist();
	}

	@Test
	void comparesTheLastTwoStoredRoundsOrTheRoundsNamedByTheirNumbers() throws Exception {
		CliRun last = run("compare", "--leg", "Freedonia LEG", "--data", data.toString());
		CliRun named = run("compare", "--leg", "Freedonia LEG", "--from", "2", "--to", "1", "--data", data.toString(),
				"--format", "json");

		assertThat(last.exitCode()).isZero();
		assertThat(last.out()).contains("Progress from Round 1 (", "to Round 2 (", "(P1-no-tor, High)",
				"(tor.exists): No -> Yes");
		JsonNode backwards = JsonFiles.mapper().readTree(named.out());
		assertThat(backwards.get("new").toString()).contains("P1-no-tor");
		assertThat(backwards.get("resolved")).isEmpty();
		CliRun missing = run("compare", "--leg", "Freedonia LEG", "--from", "1", "--to", "3", "--data", data.toString());
		assertThat(missing.exitCode()).isEqualTo(2);
		assertThat(missing.err()).contains("has no round 3", "numbered 1 to 2");
	}

	@Test
	void compareStillTakesTwoAnswersFilesAndRefusesAMixture() {
		CliRun files = run("compare", StoredDataFixture.DONOR_LED.toString(), StoredDataFixture.WELL_FUNCTIONING.toString());
		CliRun both = run("compare", StoredDataFixture.DONOR_LED.toString(), "--leg", "Freedonia LEG");

		assertThat(files.exitCode()).isZero();
		assertThat(files.out()).contains("Progress from donor-chaired-no-tor.json to established-leg.json");
		assertThat(both.exitCode()).isEqualTo(2);
		assertThat(both.err()).contains("Give either two answers files");
	}

	@Test
	void impactListsPerLegTheFindingsAnEditedCopyOfTheRulesWouldChange(@TempDir Path rules) throws Exception {
		Path edited = EditedRules.copyInto(rules);

		CliRun run = run("impact", "--rules", edited.toString(), "--data", data.toString());
		CliRun json = run("impact", "--rules", edited.toString(), "--data", data.toString(), "--format", "json");

		assertThat(run.exitCode()).isZero();
		assertThat(run.out()).contains("3 stored rounds of 2 LEGs", "Freedonia LEG: 1 of 2 rounds would change",
				"Sylvania LEG: 1 of 1 rounds would change", "Round 1 (2026-03-01 10:30 UTC, entered by admin)",
				"- would disappear: Without written terms of reference the mandate is not agreed (High, P1-no-tor)",
				"Bundled examples and scenarios: ");
		JsonNode impact = JsonFiles.mapper().readTree(json.out());
		assertThat(impact.get("roundsRun").asInt()).isEqualTo(3);
		assertThat(impact.get("legs").get(0).get("changed").get(0).get("disappear").get(0).get("id").asText())
			.isEqualTo(EditedRules.FINDING);
		assertThat(impact.get("scenarios").get("changed").size()).isPositive();
	}

	@Test
	void theRulesInUseAgainstThemselvesChangeNothing() {
		CliRun run = run("impact", "--rules", "rules", "--data", data.toString());

		assertThat(run.exitCode()).isZero();
		assertThat(run.out()).contains("No finding would appear or disappear anywhere.");
	}

	@Test
	void impactNamesTheRulesFolderThatIsMissingOrDoesNotCompile(@TempDir Path rules) throws Exception {
		Path edited = EditedRules.copyInto(rules);
		Path mandate = edited.resolve("p1-mandate.drl");
		Files.writeString(mandate, Files.readString(mandate).replaceFirst("then", "thne"));

		CliRun missing = CliRun.of("impact", "--rules", rules.resolve("no-such-copy").toString(), "--data",
				data.toString());
		CliRun broken = CliRun.of("impact", "--rules", edited.toString(), "--data", data.toString());

		assertThat(missing.exitCode()).isEqualTo(2);
		assertThat(missing.err().strip()).endsWith("no-such-copy: rules folder not found").doesNotContain("\n");
		assertThat(broken.exitCode()).isEqualTo(1);
		assertThat(broken.err()).contains(edited.toString(), "p1-mandate.drl").doesNotContain("Exception");
		assertThat(broken.out()).isEmpty();
	}

	@Test
	void aBackupExportedAndImportedIntoAnEmptyFolderGivesTheSameData(@TempDir Path work) throws Exception {
		Path backup = work.resolve("backup.json");
		Path restored = work.resolve("restored");

		CliRun export = run("export", "--all", backup.toString(), "--data", data.toString());
		CliRun imported = run("import", backup.toString(), "--data", restored.toString());
		CliRun again = run("import", backup.toString(), "--data", restored.toString());
		CliRun reexport = run("export", "--all", work.resolve("again.json").toString(), "--data", restored.toString());

		assertThat(export.exitCode()).isZero();
		assertThat(Files.getPosixFilePermissions(backup)).hasSize(2);
		assertThat(imported.exitCode()).isZero();
		assertThat(imported.out()).contains("2 LEGs, 3 rounds, 1 plan items, 1 accounts, 3 memberships");
		assertThat(again.exitCode()).isEqualTo(2);
		assertThat(again.err()).contains("already holds stored data (2 LEGs, 1 accounts)");
		assertThat(reexport.exitCode()).isZero();
		JsonNode before = JsonFiles.mapper().readTree(backup.toFile()).get("tables");
		JsonNode after = JsonFiles.mapper().readTree(work.resolve("again.json").toFile()).get("tables");
		JsonNode restoring = ((ArrayNode) after.get("audit_entry")).remove(after.get("audit_entry").size() - 1);
		assertThat(restoring.get("actor").asText()).as("kept in no language, said in the reader's")
			.isEqualTo("command-line:" + System.getProperty("user.name"));
		assertThat(after).isEqualTo(before);
		assertThat(run("history", "Freedonia LEG", "--data", restored.toString()).out()).contains("2 rounds");
	}

	@Test
	void aFileThatIsNotABackupIsRefusedInWords(@TempDir Path work) throws Exception {
		Path notABackup = Files.writeString(work.resolve("answers.json"), Files.readString(StoredDataFixture.DONOR_LED));

		CliRun run = run("import", notABackup.toString(), "--data", work.resolve("new").toString());

		assertThat(run.exitCode()).isEqualTo(2);
		assertThat(run.err()).contains("not a backup").doesNotContain("Exception");
	}

}
