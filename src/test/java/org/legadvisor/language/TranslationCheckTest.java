package org.legadvisor.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.legadvisor.assessment.AdvisorFixture;
import org.legadvisor.knowledge.KnowledgeBase;
import org.legadvisor.questionnaire.Questionnaire;

class TranslationCheckTest {

	private static final Language FRENCH = new Language("fr");

	@TempDir
	Path dir;

	private static TranslationCheck check(Path knowledgeBase) {
		KnowledgeBase knowledge = KnowledgeBase.load(knowledgeBase);
		return new TranslationCheck(Questionnaire.load(knowledge.questionnaireFile()), knowledge);
	}

	@Test
	void findsTheShippedFrenchCompleteAndTrueToItsGlossary() {
		TranslationCheck check = check(AdvisorFixture.KNOWLEDGE_BASE);

		assertThat(check.problems()).isEmpty();
		TranslationCheck.Completeness french = check.completeness().get(FRENCH);
		assertThat(french.complete()).isTrue();
		assertThat(french.total()).isGreaterThan(1000);
	}

	@Test
	void namesTheFileTheKeyAndTheLanguageOfAMissingFindingTitle() throws IOException {
		Path knowledgeBase = KnowledgeBaseCopy.into(dir.resolve("kb"));
		Path findings = knowledgeBase.resolve("translations/fr/findings.json");
		KnowledgeBaseCopy.edit(findings, "\"P1-no-tor\": {", "\"P1-no-tor\": { \"note\": \"to do\" }, \"unused\": {");

		List<TranslationProblem> problems = check(knowledgeBase).problems();

		assertThat(problems).filteredOn(TranslationProblem::isError).singleElement().satisfies(problem -> {
			assertThat(problem.kind()).isEqualTo(TranslationProblem.Kind.MISSING);
			assertThat(problem.language()).isEqualTo(FRENCH);
			assertThat(problem.file()).isEqualTo(findings.toString());
			assertThat(problem.key()).isEqualTo("P1-no-tor/title");
			assertThat(problem.toString()).startsWith("fr: " + findings + ": P1-no-tor/title: ")
				.contains("Without written terms of reference the mandate is not agreed");
		});
		assertThat(problems).filteredOn(p -> !p.isError()).extracting(TranslationProblem::key)
			.containsExactlyInAnyOrder("P1-no-tor/note", "unused/title");
	}

	@Test
	void countsWhatALanguageLacks() throws IOException {
		Path knowledgeBase = KnowledgeBaseCopy.into(dir.resolve("kb"));
		Path actions = knowledgeBase.resolve("translations/fr/actions.json");
		KnowledgeBaseCopy.edit(actions, "\"firstStep\":", "\"firstStepLater\":");

		var completeness = check(knowledgeBase).completeness();

		assertThat(completeness.get(Language.ENGLISH).complete()).isTrue();
		assertThat(completeness.get(FRENCH).translated()).isEqualTo(completeness.get(FRENCH).total() - 1);
	}

	@Test
	void refusesAFrenchTextUsingAFormTheGlossarySaysToAvoid() throws IOException {
		Path knowledgeBase = KnowledgeBaseCopy.into(dir.resolve("kb"));
		Path signals = knowledgeBase.resolve("translations/fr/signals.json");
		KnowledgeBaseCopy.edit(signals, "Situation de crise", "Le Groupe local d\u2019éducation est en situation de crise");

		List<TranslationProblem> problems = check(knowledgeBase).problems();

		assertThat(problems).singleElement().satisfies(problem -> {
			assertThat(problem.kind()).isEqualTo(TranslationProblem.Kind.AVOIDED_TERM);
			assertThat(problem.key()).isEqualTo("signals/context.crisis");
			assertThat(problem.message()).contains("groupe local d'éducation")
				.contains("groupe local des partenaires de l'éducation");
		});
	}

	@Test
	void refusesATextWhosePlaceholdersDifferFromTheEnglish() throws IOException {
		Path knowledgeBase = KnowledgeBaseCopy.into(dir.resolve("kb"));
		Path priorities = knowledgeBase.resolve("translations/fr/priorities.json");
		String french = Files.readString(priorities);
		String severityReason = com.fasterxml.jackson.databind.json.JsonMapper.builder().build().readTree(french)
			.path("reasons").path("severity").asText();
		assertThat(severityReason).contains("%s");
		KnowledgeBaseCopy.edit(priorities, severityReason.replace("\"", "\\\""), "Gravité");

		assertThat(check(knowledgeBase).problems()).singleElement().satisfies(problem -> {
			assertThat(problem.kind()).isEqualTo(TranslationProblem.Kind.PLACEHOLDERS);
			assertThat(problem.key()).isEqualTo("reasons/severity");
		});
	}

	@Test
	void listsEveryTextOfAStubLanguageAsMissing() throws IOException {
		Path knowledgeBase = KnowledgeBaseCopy.into(dir.resolve("kb"));
		Files.createDirectories(knowledgeBase.resolve("translations/es"));
		Files.writeString(knowledgeBase.resolve("translations/es/findings.json"),
				"{ \"P1-no-tor\": { \"title\": \"Sin términos de referencia, el mandato no está acordado\" } }");
		Language spanish = new Language("es");
		TranslationCheck check = check(knowledgeBase);

		List<TranslationProblem> problems = check.problems(spanish);

		assertThat(problems).allSatisfy(p -> assertThat(p.kind()).isEqualTo(TranslationProblem.Kind.MISSING));
		assertThat(problems).hasSize(check.completeness().get(spanish).total() - 1);
		assertThat(problems).extracting(TranslationProblem::file)
			.contains(knowledgeBase.resolve("translations/es/questionnaire.json").toString(), "messages_es.properties")
			.doesNotContain(knowledgeBase.resolve("translations/es/findings.json").toString() + "#P1-no-tor");
		assertThat(problems).extracting(TranslationProblem::key).doesNotContain("P1-no-tor/title")
			.contains("P1-tor-draft/title", "questions/tor.exists/text", "report.headline.none");
	}

}
