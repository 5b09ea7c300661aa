package org.legadvisor.web.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.legadvisor.memory.web.MemoryApi;
import org.legadvisor.knowledge.JsonFiles;
import org.legadvisor.knowledge.KnowledgeBase;
import org.legadvisor.language.Language;
import org.legadvisor.language.Localized;
import org.legadvisor.language.Translator;
import org.legadvisor.questionnaire.Questionnaire;
import org.legadvisor.web.LegAdvisorApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The LEG's memory read in French: rounds are stored with their report in English, and the progress page, the plan
 * page and the progress API show their findings, actions, principles, levels and answers in the reader's language.
 */
@SpringBootTest(classes = LegAdvisorApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WorkspacePagesInFrenchIntegrationTest {

	static final String PASSWORD = "an administrator's long passphrase";

	static final Path KNOWLEDGE_BASE = Path.of("knowledge-base");

	static final Localized ENGLISH = translator().in(Language.ENGLISH);

	static final Localized FRENCH = translator().in(new Language("fr"));

	@LocalServerPort
	int port;

	PageSession admin;

	String leg;

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) throws IOException {
		MemoryApi.freshData(registry, PASSWORD);
	}

	static Translator translator() {
		return new Translator(Questionnaire.load(KNOWLEDGE_BASE.resolve("questionnaire.json")),
				KnowledgeBase.load(KNOWLEDGE_BASE));
	}

	/** A LEG with a well-functioning round, then a donor-led one, both entered in English. */
	@BeforeEach
	void twoRounds() throws Exception {
		admin = new PageSession(port);
		admin.logIn("admin", PASSWORD);
		leg = admin.createLeg("GLPE de Freedonia");
		for (String example : List.of("established-leg", "donor-chaired-no-tor")) {
			String answers = Files.readString(KNOWLEDGE_BASE.resolve("examples/" + example + ".json"));
			assertThat(admin.post("/legs/" + leg + "/rounds", Map.of("answers", answers), "/legs").statusCode())
				.isEqualTo(302);
		}
	}

	@Test
	void theProgressPageNamesFindingsPrinciplesLevelsAndQuestionsInFrench() throws Exception {
		JsonNode progress = api("/api/legs/" + leg + "/progress", "en");
		assertThat(progress.path("new")).as("the donor-led round's findings are new").isNotEmpty();
		String page = admin.get("/legs/" + leg + "/progress", "fr-FR,fr;q=0.9").body();

		assertThat(page).contains("Mandat", "Progrès").doesNotContain("Each principle over the rounds");
		for (JsonNode finding : progress.path("new")) {
			String id = finding.path("id").asText();
			assertThat(page).as(id).contains(html(FRENCH.findingTitles().title(id).orElseThrow()))
				.doesNotContain(html(ENGLISH.findingTitles().title(id).orElseThrow()));
		}
		for (var principle : ENGLISH.knowledge().framework().principles()) {
			var french = FRENCH.knowledge().framework().principle(principle.id()).orElseThrow();
			assertThat(page).as(principle.id()).doesNotContain(html(principle.name()))
				.contains(html(french.name()), ">" + principle.id() + " " + html(french.shortName()) + "<");
			if (!french.shortName().equals(principle.shortName())) {
				assertThat(page).doesNotContain(">" + principle.id() + " " + html(principle.shortName()) + "<");
			}
		}
		for (var level : ENGLISH.knowledge().profile().levels()) {
			assertThat(page).as(level.id()).doesNotContain(" " + level.label() + "<", "(" + level.label() + ")");
		}
		for (JsonNode change : progress.path("answersChanged")) {
			String question = change.path("question").asText();
			assertThat(page).as(question)
				.contains(html(FRENCH.questionnaire().question(question).orElseThrow().text()));
		}
	}

	@Test
	void thePlanPageTitlesActionsAndTheirFindingsInFrench() throws Exception {
		String page = admin.get("/legs/" + leg + "/plan", "fr").body();
		JsonNode plan = api("/api/legs/" + leg + "/plan", "en");
		List<String> ids = new ArrayList<>();
		plan.path("actions").forEach(action -> ids.add(action.path("actionId").asText()));
		assertThat(ids).isNotEmpty();
		String csv = admin.get("/legs/" + leg + "/plan.csv", "fr").body();
		JsonNode french = api("/api/legs/" + leg + "/plan", "fr");
		assertThat(csv).contains("Échéance").doesNotContain("Due on");
		for (int i = 0; i < ids.size(); i++) {
			String id = ids.get(i);
			String title = FRENCH.knowledge().action(id).orElseThrow().title();
			String english = ENGLISH.knowledge().action(id).orElseThrow().title();
			assertThat(page).as(id).contains(html(title)).doesNotContain(html(english));
			assertThat(csv).as(id).contains(title).doesNotContain(english);
			assertThat(french.path("actions").get(i).path("title").asText()).isEqualTo(title);
			assertThat(plan.path("actions").get(i).path("title").asText()).isEqualTo(english);
		}
	}

	@Test
	void theProgressApiGivesTitlesAndLevelsInTheLanguageAskedForWithTheSameFields() throws Exception {
		JsonNode english = api("/api/legs/" + leg + "/progress", "en");
		JsonNode french = api("/api/legs/" + leg + "/progress", "fr");
		JsonNode chosen = api("/api/legs/" + leg + "/progress?lang=fr", "en");
		assertThat(french).isEqualTo(chosen);
		assertThat(fieldNames(french)).isEqualTo(fieldNames(english));
		assertThat(french.path("new").size()).isEqualTo(english.path("new").size()).isPositive();
		for (JsonNode finding : french.path("new")) {
			String id = finding.path("id").asText();
			assertThat(finding.path("title").asText()).isEqualTo(FRENCH.findingTitles().title(id).orElseThrow());
		}
		for (int i = 0; i < french.path("principles").size(); i++) {
			JsonNode principle = french.path("principles").get(i);
			String id = principle.path("principle").asText();
			assertThat(principle.path("name").asText())
				.isEqualTo(FRENCH.knowledge().framework().principle(id).orElseThrow().name())
				.isNotEqualTo(english.path("principles").get(i).path("name").asText());
		}
	}

	private static List<String> fieldNames(JsonNode node) {
		List<String> names = new ArrayList<>();
		node.fieldNames().forEachRemaining(names::add);
		return names;
	}

	private JsonNode api(String path, String language) throws Exception {
		HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest
			.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Authorization", "Basic " + Base64.getEncoder()
				.encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
			.header("Accept", "application/json").header("Accept-Language", language).GET().build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return JsonFiles.mapper().readTree(response.body());
	}

	/** A text as Thymeleaf writes it in a page. */
	private static String html(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
			.replace("'", "&#39;");
	}

}
