package org.legadvisor.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.legadvisor.knowledge.JsonFiles;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.context.SpringBootTest;

/** Switching language mid-questionnaire keeps the answers; the choice is remembered and the report follows it. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LanguageSwitchBrowserTest {

	@RegisterExtension
	static final Browser browser = Browser.perTestClass();

	private static String spaced(String text) {
		return text.replace('\u00a0', ' ').replace('\u202f', ' ');
	}

	@Test
	void switchingToFrenchMidQuestionnaireKeepsTheAnswersAndIsRemembered() throws Exception {
		JsonNode french = JsonFiles.mapper().readTree(Path.of("knowledge-base/translations/fr/questionnaire.json").toFile());
		browser.open("/?lang=en");
		browser.script("localStorage.clear()");
		browser.open("/?lang=en");
		browser.byId("leg-name").sendKeys("Switching LEG");
		browser.goToSectionOf("tor.exists");
		browser.byId("q-tor.exists-no").click();

		browser.find("nav.languages a[lang=fr]").click();
		browser.waitFor(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "fr"));

		assertThat(browser.byId("leg-name").getAttribute("value")).isEqualTo("Switching LEG");
		assertThat(browser.byId("q-tor.exists-no").isSelected()).isTrue();
		browser.goToSectionOf("tor.exists");
		assertThat(spaced(browser.find("#question-tor\\.exists legend").getText()))
			.contains(spaced(french.path("questions").path("tor.exists").path("text").asText()));

		browser.open("/");
		browser.waitFor(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "fr"));
		assertThat(browser.byId("q-tor.exists-no").isSelected()).isTrue();

		browser.byId("submit").click();
		browser.waitFor(ExpectedConditions.urlMatches("/report/[A-Za-z0-9_-]+\\?lang=fr$"));
		JsonNode titles = JsonFiles.mapper().readTree(Path.of("knowledge-base/translations/fr/findings.json").toFile());
		assertThat(spaced(browser.find("main").getText()))
			.contains(spaced(titles.path("P1-no-tor").path("title").asText()));
		browser.open("/?lang=en");
		browser.script("localStorage.clear()");
	}

}
