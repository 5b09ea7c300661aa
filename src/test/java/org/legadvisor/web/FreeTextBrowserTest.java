package org.legadvisor.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.legadvisor.knowledge.JsonFiles;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Free text typed by a person is shown as text, never run as markup: in the form after a reload, and in the report.
 * The bundled questionnaire may have no free-text question, so this test serves a copy of the knowledge base with one.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FreeTextBrowserTest {

	private static final String HOSTILE = "</textarea><script>window.injected = 1</script><img src=x onerror=\"window.injected = 2\">";

	private static Path knowledgeBase;

	private static Browser browser;

	@LocalServerPort
	int port;

	@DynamicPropertySource
	static void knowledgeBaseWithAFreeTextQuestion(DynamicPropertyRegistry registry) throws IOException {
		knowledgeBase = Files.createTempDirectory("leg-advisor-kb");
		try (Stream<Path> files = Files.list(Path.of("knowledge-base"))) {
			for (Path file : files.filter(f -> f.toString().endsWith(".json")).toList()) {
				Files.copy(file, knowledgeBase.resolve(file.getFileName()));
			}
		}
		Path questionnaire = knowledgeBase.resolve("questionnaire.json");
		ObjectNode document = (ObjectNode) JsonFiles.mapper().readTree(questionnaire.toFile());
		ObjectNode notes = ((ArrayNode) document.get("sections").get(0).get("questions")).addObject();
		notes.put("id", "context.notes").put("text", "Anything else the report should know?").put("type", "text");
		JsonFiles.mapper().writeValue(questionnaire.toFile(), document);
		registry.add("leg-advisor.knowledge-base", knowledgeBase::toString);
	}

	@BeforeAll
	static void startBrowser() throws Exception {
		browser = Browser.start();
	}

	@AfterAll
	static void stopBrowserAndRemoveTheCopy() throws Exception {
		if (browser != null) {
			browser.close();
		}
		try (Stream<Path> files = Files.walk(knowledgeBase)) {
			files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
		}
	}

	@Test
	void showsMarkupTypedInAFreeTextAnswerAsText() {
		browser.driver().get("http://localhost:" + port + "/");
		browser.script("localStorage.clear()");
		browser.driver().navigate().refresh();
		browser.byId("leg-name").sendKeys(HOSTILE);
		browser.find(".step-link[data-step='1']").click();
		WebElement notes = browser.byId("q-context.notes");
		notes.sendKeys(HOSTILE);

		browser.driver().navigate().refresh();
		assertThat(browser.byId("q-context.notes").getAttribute("value")).isEqualTo(HOSTILE);
		assertThat(browser.byId("leg-name").getAttribute("value")).isEqualTo(HOSTILE);
		browser.byId("submit").click();

		browser.waitFor(ExpectedConditions.urlMatches("/report$"));
		assertThat(browser.find("#answer-context\\.notes td").getText()).isEqualTo(HOSTILE);
		assertThat(browser.byId("leg-name").getText()).isEqualTo(HOSTILE);
		assertThat(browser.driver().findElements(By.cssSelector("main img, header img"))).isEmpty();
		assertThat(browser.script("return window.injected")).isNull();
	}

}
