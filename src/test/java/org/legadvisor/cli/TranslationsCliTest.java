package org.legadvisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
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

}
