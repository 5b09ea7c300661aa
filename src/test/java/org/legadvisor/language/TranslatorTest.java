package org.legadvisor.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.legadvisor.assessment.AdvisorFixture;
import org.legadvisor.assessment.Assessment;
import org.legadvisor.diagnosis.Finding;
import org.legadvisor.knowledge.Action;
import org.legadvisor.knowledge.JsonFiles;
import org.legadvisor.knowledge.KnowledgeBase;
import org.legadvisor.plan.PlannedAction;
import org.legadvisor.questionnaire.Questionnaire;
import org.legadvisor.questionnaire.Questionnaire.Question;

class TranslatorTest {

	private static final Language FRENCH = new Language("fr");

	private static final Path FRENCH_FOLDER = AdvisorFixture.KNOWLEDGE_BASE.resolve("translations/fr");

	private static AdvisorFixture fixture;

	private static Translator translator;

	@TempDir
	Path dir;

	@BeforeAll
	static void start() throws Exception {
		fixture = new AdvisorFixture();
		translator = new Translator(fixture.advisor().questionnaire(), fixture.advisor().knowledge());
	}

	@AfterAll
	static void stop() {
		fixture.close();
	}

	private static JsonNode french(String file) {
		return Translation.tree(FRENCH_FOLDER.resolve(file));
	}

	@Test
	void givesEveryQuestionSectionAndOptionInFrench() {
		Questionnaire english = fixture.advisor().questionnaire();
		Questionnaire questionnaire = translator.in(FRENCH).questionnaire();
		JsonNode file = french("questionnaire.json");

		assertThat(questionnaire.title()).isEqualTo(file.path("title").asText());
		assertThat(questionnaire.sections()).allSatisfy(section -> assertThat(section.title())
			.isEqualTo(file.path("sections").path(section.id()).path("title").asText()));
		for (Question question : questionnaire.questions()) {
			JsonNode text = file.path("questions").path(question.id());
			assertThat(question.text()).isEqualTo(text.path("text").asText());
			assertThat(question.text()).isNotEqualTo(english.question(question.id()).orElseThrow().text());
			question.options().forEach(option -> assertThat(option.label())
				.isEqualTo(text.path("options").path(option.value()).path("label").asText()));
		}
		assertThat(questionnaire.questions()).extracting(Question::id)
			.containsExactlyElementsOf(english.questions().stream().map(Question::id).toList());
	}

	@Test
	void keepsIdsGradesAndConditionsAsTheyAre() {
		Question english = fixture.advisor().questionnaire().question("tor.covers").orElseThrow();
		Question french = translator.in(FRENCH).questionnaire().question("tor.covers").orElseThrow();

		assertThat(french.showIf()).isEqualTo(english.showIf());
		assertThat(french.elements()).isEqualTo(english.elements());
		assertThat(french.options()).extracting(Questionnaire.Option::value)
			.containsExactlyElementsOf(english.options().stream().map(Questionnaire.Option::value).toList());
	}

	@Test
	void givesActionsFrameworkNamesSignalsAndLabelsInFrench() {
		KnowledgeBase knowledge = translator.in(FRENCH).knowledge();
		JsonNode actions = french("actions.json");

		for (Action action : knowledge.actions().values()) {
			JsonNode text = actions.path(action.id());
			assertThat(action.title()).isEqualTo(text.path("title").asText());
			assertThat(action.what()).isEqualTo(text.path("what").asText());
			assertThat(action.firstStep()).isEqualTo(text.path("firstStep").asText());
		}
		assertThat(knowledge.framework().namesById().get("P1"))
			.isEqualTo(french("framework.json").path("principles").path("P1").path("name").asText());
		assertThat(knowledge.framework().namesById().get("P1.2"))
			.isEqualTo(french("framework.json").path("elements").path("P1.2").path("text").asText());
		assertThat(knowledge.signals().get("context.crisis"))
			.isEqualTo(french("signals.json").path("signals").path("context.crisis").asText());
		assertThat(knowledge.priorities().leadLabels().get("government"))
			.isEqualTo(french("priorities.json").path("leadLabels").path("government").asText());
		assertThat(knowledge.profile().levels()).allSatisfy(level -> assertThat(level.label())
			.isEqualTo(french("profile.json").path("levels").path(level.id()).path("label").asText()));
	}

	@Test
	void englishIsTheKnowledgeBaseItself() {
		Localized english = translator.in(Language.ENGLISH);

		assertThat(english.questionnaire()).isEqualTo(fixture.advisor().questionnaire());
		assertThat(english.knowledge().actions()).isEqualTo(fixture.advisor().knowledge().actions());
	}

	@Test
	void translatesAnAssessmentKeepingItsFindingsAndRankedActions() throws Exception {
		Assessment english = fixture.assess(AdvisorFixture.profile("donor-chaired-no-tor"));
		JsonNode titles = french("findings.json");

		Assessment french = translator.in(FRENCH).translate(english);

		assertThat(french.findings()).extracting(Finding::id)
			.containsExactlyElementsOf(english.findings().stream().map(Finding::id).toList());
		assertThat(french.findings()).allSatisfy(
				f -> assertThat(f.title()).isEqualTo(titles.path(f.id()).path("title").asText()));
		assertThat(french.actions()).extracting(p -> p.action().id() + "#" + p.rank() + "#" + p.score())
			.containsExactlyElementsOf(english.actions().stream()
				.map(p -> p.action().id() + "#" + p.rank() + "#" + p.score()).toList());
		assertThat(french.actions()).extracting(PlannedAction::action).extracting(Action::title)
			.doesNotContainAnyElementsOf(english.actions().stream().map(p -> p.action().title()).toList());
		assertThat(french.actions().get(0).reasons().get(0).reason())
			.isNotEqualTo(english.actions().get(0).reasons().get(0).reason());
	}

	@Test
	void showsTheEnglishOfATextAFrenchFileLacks() throws IOException {
		Path knowledgeBase = KnowledgeBaseCopy.into(dir.resolve("kb"));
		Path actions = knowledgeBase.resolve("translations/fr/actions.json");
		String frenchTitle = french("actions.json").path("A-TOR-DRAFT").path("title").asText();
		KnowledgeBaseCopy.edit(actions, "\"title\": \"" + frenchTitle + "\",", "");
		KnowledgeBase knowledge = KnowledgeBase.load(knowledgeBase);

		Localized french = new Translator(Questionnaire.load(knowledge.questionnaireFile()), knowledge).in(FRENCH);

		assertThat(french.knowledge().action("A-TOR-DRAFT").orElseThrow().title())
			.isEqualTo(knowledge.action("A-TOR-DRAFT").orElseThrow().title());
		assertThat(french.knowledge().action("A-TOR-DRAFT").orElseThrow().what())
			.isEqualTo(french("actions.json").path("A-TOR-DRAFT").path("what").asText());
	}

	@Test
	void givesAStubLanguageEveryTextInEnglishAndItsOwnWhereItHasThem() throws IOException {
		Path knowledgeBase = KnowledgeBaseCopy.into(dir.resolve("kb"));
		Files.createDirectories(knowledgeBase.resolve("translations/es"));
		Files.writeString(knowledgeBase.resolve("translations/es/actions.json"),
				"{ \"A-TOR-DRAFT\": { \"title\": \"Redactar términos de referencia\" } }");
		KnowledgeBase knowledge = KnowledgeBase.load(knowledgeBase);
		Translator withSpanish = new Translator(Questionnaire.load(knowledge.questionnaireFile()), knowledge);
		Language spanish = withSpanish.languages().find("es").orElseThrow();

		Localized localized = withSpanish.in(spanish);

		assertThat(localized.knowledge().action("A-TOR-DRAFT").orElseThrow().title())
			.isEqualTo("Redactar términos de referencia");
		assertThat(localized.questionnaire()).isEqualTo(Questionnaire.load(knowledge.questionnaireFile()));
		assertThat(localized.words().get("report.headline.none")).isEqualTo(Words.in(Language.ENGLISH).get("report.headline.none"));
	}

	@Test
	void neverTakesTheWordsOfTheMachinesLanguage() {
		Locale machine = Locale.getDefault();
		try {
			Locale.setDefault(Locale.FRENCH);

			assertThat(Words.in(Language.ENGLISH).get("report.headline.none"))
				.isEqualTo("No area to strengthen was found in the answers given.");
			assertThat(Words.in(new Language("es")).get("answer.dont_know")).isEqualTo("Don't know");
		}
		finally {
			Locale.setDefault(machine);
		}
		assertThat(Words.in(FRENCH).get("answer.dont_know")).isEqualTo("Ne sait pas");
		assertThat(Words.in(FRENCH).format("form.progress", 3, 1200)).isEqualTo(
				Words.in(FRENCH).get("form.progress").replace("{0}", "3")
					.replace("{1}", java.text.NumberFormat.getInstance(Locale.FRENCH).format(1200)));
	}

}
