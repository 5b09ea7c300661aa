package org.legadvisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.legadvisor.knowledge.JsonFiles;
import org.legadvisor.language.KnowledgeBaseCopy;

/** Texts are checked like rules: validate fails on a missing translation, coverage sums translations up. */
class TranslationsCliTest {

	@TempDir
	Path dir;

	@Test
	void validateExitsWithOneNamingTheFileTheKeyAndTheLanguageOfAMissingFrenchTitle() throws IOException {
		Path knowledgeBase = KnowledgeBaseCopy.into(dir.resolve("kb"));
		Path findings = knowledgeBase.resolve("translations/fr/findings.json");
		KnowledgeBaseCopy.edit(findings, "\"P1-no-tor\": {", "\"P1-no-tor\": { \"draft\": \"à faire\" }, \"P1-old\": {");

		CliRun run = CliRun.of("validate", "rules", "--knowledge-base", knowledgeBase.toString());

		assertThat(run.exitCode()).isEqualTo(1);
		assertThat(run.out()).contains("fr: " + findings + ": P1-no-tor/title: no text in this language")
			.contains("Translations: 1 error(s).");
	}

	@Test
	void validateListsTranslationProblemsInJson() throws IOException {
		Path knowledgeBase = KnowledgeBaseCopy.into(dir.resolve("kb"));
		KnowledgeBaseCopy.edit(knowledgeBase.resolve("translations/fr/signals.json"), "Situation de crise",
				"Crise dans le groupe local de l'éducation");

		CliRun run = CliRun.of("validate", "rules", "--format", "json", "--knowledge-base", knowledgeBase.toString());

		assertThat(run.exitCode()).isEqualTo(1);
		assertThat(run.out()).contains("\"kind\" : \"AVOIDED_TERM\"").contains("\"language\" : \"fr\"")
			.contains("\"key\" : \"signals/context.crisis\"");
	}

	@Test
	void coveragePrintsHowCompleteEachLanguageIs() throws IOException {
		Path knowledgeBase = KnowledgeBaseCopy.into(dir.resolve("kb"));
		KnowledgeBaseCopy.edit(knowledgeBase.resolve("translations/fr/actions.json"), "\"firstStep\":", "\"later\":");

		CliRun run = CliRun.of("coverage", "--knowledge-base", knowledgeBase.toString());

		assertThat(run.out()).containsPattern("Translations: en 100% \\((\\d+) of \\1 texts\\), fr 99% \\(\\d+ of \\d+ texts\\)");
	}


	@Test
	void assessInFrenchGivesTheSameFindingsAndActionsWithNoTitleActionTextOrFirstStepLeftInEnglish()
			throws IOException {
		String example = "knowledge-base/examples/donor-chaired-no-tor.json";
		JsonNode english = JsonFiles.mapper().readTree(CliRun.of("assess", example, "--format", "json").out());

		CliRun run = CliRun.of("assess", example, "--lang", "fr", "--format", "json");

		assertThat(run.exitCode()).isZero();
		JsonNode french = JsonFiles.mapper().readTree(run.out());
		assertThat(french.path("language").asText()).isEqualTo("fr");
		assertThat(values(french, "findings", "id")).isNotEmpty().isEqualTo(values(english, "findings", "id"));
		assertThat(values(french, "actions", "id")).isNotEmpty().isEqualTo(values(english, "actions", "id"));
		for (String[] field : new String[][] { { "findings", "title" }, { "actions", "title" }, { "actions", "what" },
				{ "actions", "firstStep" } }) {
			assertThat(values(french, field)).as(String.join(".", field))
				.doesNotContainAnyElementsOf(values(english, field));
		}
	}

	@Test
	void refusesALanguageTheKnowledgeBaseDoesNotOfferNamingThoseItDoes() {
		CliRun run = CliRun.of("assess", "knowledge-base/examples/donor-chaired-no-tor.json", "--lang", "de");

		assertThat(run.exitCode()).isEqualTo(2);
		assertThat(run.err()).contains("--lang de").contains("en, fr");
	}

	@Test
	void printsTheQuestionnaireInFrenchWithTheValuesAnAnswersFileTakes() throws IOException {
		JsonNode french = JsonFiles.mapper().readTree(Path.of("knowledge-base/translations/fr/questionnaire.json").toFile());

		CliRun run = CliRun.of("questionnaire", "--lang", "fr");

		assertThat(run.exitCode()).isZero();
		assertThat(run.out()).contains("== " + french.path("sections").path("mandate").path("title").asText() + " ==")
			.contains(french.path("questions").path("tor.exists").path("text").asText() + "  [tor.exists]")
			.contains("Uniquement si la réponse à tor.exists est yes ou partly.")
			.contains("Réponse : un nombre entier de 0 à 52 (" + french.path("questions").path("meetings.per_year")
				.path("unit").asText() + ") | dont_know")
			.doesNotContain("Only if").doesNotContain("Answer:");
	}

	private static List<String> values(JsonNode report, String... path) {
		List<String> values = new ArrayList<>();
		report.path(path[0]).forEach(item -> values.add(item.path(path[1]).asText()));
		return values;
	}

}
