package org.legadvisor.cli.memory;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.legadvisor.cli.CliRun;
import org.legadvisor.knowledge.Framework;
import org.legadvisor.knowledge.JsonFiles;
import org.legadvisor.knowledge.KnowledgeBase;
import org.legadvisor.knowledge.ProfileModel;
import org.legadvisor.language.Language;
import org.legadvisor.language.Localized;
import org.legadvisor.language.Translator;
import org.legadvisor.memory.backup.StoredDataFixture;
import org.legadvisor.memory.impact.EditedRules;
import org.legadvisor.questionnaire.Questionnaire;

/**
 * The commands on stored data under {@code --lang fr}: the rounds were stored with English reports, and history,
 * compare and impact say every sentence, principle, level, finding title and answer in French; an unknown language
 * is refused in words, as {@code assess} refuses it.
 */
class MemoryCommandsInFrenchTest {

	static final Path KNOWLEDGE_BASE = Path.of("knowledge-base");

	static final Translator TRANSLATOR = new Translator(
			Questionnaire.load(KNOWLEDGE_BASE.resolve("questionnaire.json")), KnowledgeBase.load(KNOWLEDGE_BASE));

	static final Localized ENGLISH = TRANSLATOR.in(Language.ENGLISH);

	static final Localized FRENCH = TRANSLATOR.in(new Language("fr"));

	@TempDir
	static Path data;

	@BeforeAll
	static void storedData() throws Exception {
		StoredDataFixture.fill(StoredDataFixture.migrated(StoredDataFixture.h2(data)));
	}

	@Test
	void historySaysRoundsPrinciplesLevelsAndTrendsInFrench() {
		CliRun english = CliRun.of("history", StoredDataFixture.LEG, "--data", data.toString());
		CliRun french = CliRun.of("history", StoredDataFixture.LEG, "--data", data.toString(), "--lang", "fr");

		assertThat(french.exitCode()).as(french.err()).isZero();
		assertThat(french.out()).contains("Freedonia LEG (Freedonia) : 2 cycles",
				"Cycle 1 (2026-03-01 10:30 UTC, saisi par admin)", "Chaque principe, cycle après cycle", "en progrès",
				"P1 " + principle(FRENCH, "P1").name() + " : ");
		assertNoEnglishLeft(english.out(), french.out());
		assertThat(french.out()).doesNotContain("rounds", "improving", "entered by", "areas to strengthen");
	}

	@Test
	void historyAsJsonKeepsItsFieldsWithFrenchWords() throws Exception {
		JsonNode english = JsonFiles.mapper().readTree(CliRun.of("history", StoredDataFixture.LEG, "--data",
				data.toString(), "--format", "json").out());
		JsonNode french = JsonFiles.mapper().readTree(CliRun.of("history", StoredDataFixture.LEG, "--data",
				data.toString(), "--format", "json", "--lang", "fr").out());

		JsonNode mandate = french.get("principles").get(0);
		assertThat(mandate.get("trend").asText()).isEqualTo("improving");
		assertThat(mandate.get("trendLabel").asText()).isEqualTo("en progrès");
		assertThat(mandate.get("name").asText()).isEqualTo(principle(FRENCH, "P1").name());
		assertThat(mandate.get("levels").get(0).get("levelLabel").asText())
			.isEqualTo(FRENCH.knowledge().profile().levels().stream()
				.filter(l -> l.id().equals(mandate.get("levels").get(0).get("level").asText())).findFirst()
				.orElseThrow().label());
		assertThat(french.get("rounds").get(0).get("label").asText()).startsWith("Cycle 1 (");
		assertThat(fields(french)).isEqualTo(fields(english));
		assertThat(fields(mandate)).isEqualTo(fields(english.get("principles").get(0)));
	}

	private static List<String> fields(JsonNode node) {
		List<String> names = new ArrayList<>();
		node.fieldNames().forEachRemaining(names::add);
		return names;
	}

	@Test
	void compareOfStoredRoundsSaysFindingsAndAnswersInFrench() {
		CliRun english = CliRun.of("compare", "--leg", StoredDataFixture.LEG, "--data", data.toString());
		CliRun french = CliRun.of("compare", "--leg", StoredDataFixture.LEG, "--data", data.toString(), "--lang",
				"fr");

		assertThat(french.exitCode()).as(french.err()).isZero();
		assertThat(french.out()).contains("Progrès de Cycle 1 (", "Constats résolus : ",
				FRENCH.findingTitles().title("P1-no-tor").orElseThrow() + " (P1-no-tor, Élevée)",
				"(tor.exists) : Non -> Oui", FRENCH.questionnaire().question("tor.exists").orElseThrow().text());
		assertNoEnglishLeft(english.out(), french.out());
	}

	@Test
	void compareOfTwoAnswersFilesSaysItInFrenchToo() {
		CliRun english = CliRun.of("compare", StoredDataFixture.DONOR_LED.toString(),
				StoredDataFixture.WELL_FUNCTIONING.toString());
		CliRun french = CliRun.of("compare", StoredDataFixture.DONOR_LED.toString(),
				StoredDataFixture.WELL_FUNCTIONING.toString(), "--lang", "fr");

		assertThat(french.exitCode()).as(french.err()).isZero();
		assertThat(french.out()).contains("Progrès de donor-chaired-no-tor.json à established-leg.json");
		assertNoEnglishLeft(english.out(), french.out());
	}

	@Test
	void impactSaysWhatWouldChangeInFrench(@TempDir Path rules) throws Exception {
		Path edited = EditedRules.copyInto(rules);

		CliRun french = CliRun.of("impact", "--rules", edited.toString(), "--data", data.toString(), "--lang", "fr");

		assertThat(french.exitCode()).as(french.err()).isZero();
		assertThat(french.out()).contains("3 cycles enregistrés de 2 GLPE",
				"Freedonia LEG : 1 cycles sur 2 changeraient", "Cycle 1 (2026-03-01 10:30 UTC, saisi par admin)",
				"- disparaîtrait : " + FRENCH.findingTitles().title(EditedRules.FINDING).orElseThrow()
						+ " (Élevée, P1-no-tor)");
		assertThat(french.out()).doesNotContain(ENGLISH.findingTitles().title(EditedRules.FINDING).orElseThrow(),
				"would", "rounds", "entered by");
	}

	@Test
	void aMistakeOnStoredDataIsSaidInFrench(@TempDir Path work) throws Exception {
		Path notABackup = Files.writeString(work.resolve("answers.json"),
				Files.readString(StoredDataFixture.DONOR_LED));

		CliRun history = CliRun.of("history", "Ruritanie", "--data", data.toString(), "--lang", "fr");
		CliRun restore = CliRun.of("import", notABackup.toString(), "--data", work.resolve("new").toString(),
				"--lang", "fr");

		assertThat(history.exitCode()).isEqualTo(2);
		assertThat(history.err()).contains("Ruritanie", "Freedonia LEG").doesNotContain("There is no", "kept here");
		assertThat(restore.exitCode()).isEqualTo(2);
		assertThat(restore.err()).contains("n'est pas une sauvegarde").doesNotContain("not a backup");
	}

	@Test
	void compareOfAnInvalidAnswersFileSaysTheProblemInFrench(@TempDir Path work) throws Exception {
		Path invalid = Files.writeString(work.resolve("sixty-meetings.json"), Files.readString(StoredDataFixture.DONOR_LED)
			.replaceFirst("\"meetings.per_year\"\\s*:\\s*\\d+", "\"meetings.per_year\": 60"));

		CliRun french = CliRun.of("compare", StoredDataFixture.DONOR_LED.toString(), invalid.toString(), "--lang", "fr");

		assertThat(french.exitCode()).isEqualTo(2);
		assertThat(french.err()).contains("sixty-meetings.json", "attendu un nombre entier de 0 à 52, reçu 60")
			.doesNotContain("expected");
	}

	@Test
	void everyMemoryCommandRefusesALanguageTheKnowledgeBaseDoesNotOffer() {
		List<String[]> commands = List.of(new String[] { "history", StoredDataFixture.LEG, "--data", data.toString() },
				new String[] { "compare", "--leg", StoredDataFixture.LEG, "--data", data.toString() },
				new String[] { "impact", "--rules", "rules", "--data", data.toString() },
				new String[] { "export", "--all", data.resolve("backup.json").toString(), "--data", data.toString() },
				new String[] { "import", data.resolve("backup.json").toString(), "--data", data.toString() });
		CliRun assess = CliRun.of("assess", StoredDataFixture.DONOR_LED.toString(), "--lang", "de");
		for (String[] command : commands) {
			List<String> args = new ArrayList<>(List.of(command));
			args.addAll(List.of("--lang", "de"));
			CliRun run = CliRun.of(args.toArray(String[]::new));

			assertThat(run.exitCode()).as(command[0]).isEqualTo(assess.exitCode()).isEqualTo(2);
			assertThat(run.err()).as(command[0]).contains("--lang de", "en, fr").doesNotContain("Exception");
		}
		assertThat(data.resolve("backup.json")).doesNotExist();
	}

	/**
	 * Every line of the English output that holds words (not only ids, figures, dates and names of LEGs or people)
	 * is gone from the French one, and so is every English principle name, level and finding title it held.
	 */
	private static void assertNoEnglishLeft(String english, String french) {
		for (String line : english.lines().map(String::strip).toList()) {
			if (line.replaceAll("\\(.*?\\)|Freedonia LEG|[\\W\\d_]", "").length() > 3) {
				assertThat(french).as("an English line left").doesNotContain(line);
			}
		}
		for (Framework.Principle principle : ENGLISH.knowledge().framework().principles()) {
			if (english.contains(principle.name())) {
				assertThat(french).doesNotContain(principle.name());
			}
		}
		for (ProfileModel.Level level : ENGLISH.knowledge().profile().levels()) {
			if (english.contains(" " + level.label())) {
				assertThat(french).doesNotContain(" " + level.label());
			}
		}
		ENGLISH.findingTitles().titles().values().stream().filter(english::contains)
			.forEach(title -> assertThat(french).doesNotContain(title));
	}

	private static Framework.Principle principle(Localized localized, String id) {
		return localized.knowledge().framework().principle(id).orElseThrow();
	}

}
