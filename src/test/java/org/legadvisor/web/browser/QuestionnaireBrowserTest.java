package org.legadvisor.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.legadvisor.knowledge.JsonFiles;
import org.legadvisor.web.BundledExample;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A person answering in a real browser: clicking through the sections, conditional questions, validation messages
 * from the API, the draft kept across a reload, importing a file, and the report with its charts. Writes screenshots
 * to target/screenshots (docs/ with -Dleg-advisor.screenshots=docs).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class QuestionnaireBrowserTest {

	private static final String HOSTILE = "<script>window.injected = 1</script><b>bold</b>";

	@RegisterExtension
	static final Browser browser = Browser.perTestClass();

	@BeforeEach
	void startWithAnEmptyQuestionnaire() {
		browser.openEmptyQuestionnaire();
	}

	@Test
	void answersTheExampleByClickingShowsConditionalQuestionsAndReportsTheTopAction() throws Exception {
		JsonNode example = JsonFiles.mapper().readTree(BundledExample.RICHEST.toFile());
		browser.byId("leg-name").sendKeys(example.get("leg").get("name").asText());
		browser.byId("leg-country").sendKeys(example.get("leg").get("country").asText());

		WebElement covers = browser.byId("question-tor.covers");
		browser.goToSectionOf("tor.exists");
		assertThat(covers.isDisplayed()).as("tor.covers before tor.exists").isFalse();
		browser.byId("q-tor.exists-partly").click();
		assertThat(covers.isDisplayed()).as("tor.covers after 'partly'").isTrue();
		browser.byId("q-tor.exists-no").click();
		assertThat(covers.isDisplayed()).as("tor.covers after 'no'").isFalse();

		for (Iterator<Map.Entry<String, JsonNode>> answers = example.get("answers").fields(); answers.hasNext();) {
			Map.Entry<String, JsonNode> answer = answers.next();
			answer(answer.getKey(), answer.getValue());
		}
		assertThat(browser.byId("progress-text").getText()).startsWith(example.get("answers").size() + " of ");
		browser.goToSectionOf("finance.member");
		screenshot("questionnaire.png", 2000);
		browser.byId("submit").click();

		browser.waitFor(ExpectedConditions.urlMatches("/report/[A-Za-z0-9_-]+$"));
		JsonNode expected = JsonFiles.mapper().readTree(assessByApi(Files.readString(BundledExample.RICHEST)));
		JsonNode top = expected.get("actions").get(0);
		WebElement first = browser.find("#actions tbody tr");
		assertThat(first.getAttribute("id")).isEqualTo("action-" + top.get("id").asText());
		assertThat(first.findElement(By.cssSelector(".action-title")).getAttribute("textContent"))
			.isEqualTo(top.get("title").asText());
		assertThat(browser.byId("radar-chart").isDisplayed()).isTrue();
		assertThat(browser.driver().findElements(By.cssSelector("#radar-chart .axis"))).hasSize(7);
		assertThat(browser.driver().findElements(By.cssSelector("#radar-chart polygon.area"))).hasSize(1);
		assertThat(browser.driver().findElements(By.cssSelector("#challenge-chart rect.bar"))).isNotEmpty();
		screenshot("report.png", 2200);
	}

	@Test
	void showsTheApisProblemsNextToTheQuestions() {
		answer("meetings.per_year", JsonFiles.mapper().getNodeFactory().numberNode(99));
		browser.byId("submit").click();

		WebElement summary = browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("error-summary")));
		assertThat(summary.getText()).contains("Name of the LEG (required)",
				"How many times did the LEG core group meet in the last twelve months?").doesNotContain("meetings.per_year");
		assertThat(browser.byId("error-leg.name").isDisplayed()).isTrue();
		summary.findElement(By.linkText(
				browser.driver().findElements(By.cssSelector("#error-list a")).get(1).getText())).click();
		WebElement meetings = browser.byId("error-meetings.per_year");
		assertThat(meetings.isDisplayed()).isTrue();
		assertThat(meetings.getText()).isEqualTo("Expected a whole number from 0 to 52, got 99.");
		assertThat(browser.byId("q-meetings.per_year").getAttribute("aria-invalid")).isEqualTo("true");
	}

	@Test
	void keepsTheDraftAcrossAReload() {
		browser.byId("leg-name").sendKeys("Draft LEG");
		browser.goToSectionOf("tor.exists");
		browser.byId("q-tor.exists-yes").click();
		browser.byId("q-tor.covers-mandate").click();
		browser.byId("q-tor.years_since_review-dont_know").click();

		browser.driver().navigate().refresh();

		assertThat(browser.byId("leg-name").getAttribute("value")).isEqualTo("Draft LEG");
		assertThat(browser.byId("q-tor.exists-yes").isSelected()).isTrue();
		assertThat(browser.byId("q-tor.covers-mandate").isSelected()).isTrue();
		assertThat(browser.byId("q-tor.years_since_review-dont_know").isSelected()).isTrue();
		assertThat(browser.byId("q-tor.years_since_review").isEnabled()).isFalse();
	}

	@Test
	void answersWithTheKeyboardAlone() {
		WebElement name = browser.byId("leg-name");
		name.sendKeys("Keyboard LEG");
		tabUntil("[data-go='next']").sendKeys(Keys.ENTER);

		assertThat(browser.driver().switchTo().activeElement().getTagName()).isEqualTo("h2");
		WebElement choice = tabUntil("input[type=radio]");
		choice.sendKeys(Keys.SPACE);
		assertThat(choice.isSelected()).isTrue();
		assertThat(browser.byId("progress-text").getText()).startsWith("1 of ");
	}

	@Test
	void importsAnAnswersFile() throws Exception {
		JsonNode example = JsonFiles.mapper().readTree(BundledExample.RICHEST.toFile());
		browser.byId("import-file").sendKeys(BundledExample.RICHEST.toAbsolutePath().toString());

		browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "Imported"));
		assertThat(browser.byId("leg-name").getAttribute("value"))
			.isEqualTo(example.at("/leg/name").asText());
		assertThat(browser.byId("q-chair.who-" + example.at("/answers/chair.who").asText()).isSelected()).isTrue();
		assertThat(browser.byId("q-members.total").getAttribute("value"))
			.isEqualTo(example.at("/answers/members.total").asText());
	}

	@Test
	void showsMarkupTypedAsTheLegNameAsText() {
		browser.byId("leg-name").sendKeys(HOSTILE);
		browser.byId("leg-respondent").sendKeys("<img src=x onerror=\"window.injected = 2\">");
		answer("tor.exists", JsonFiles.mapper().getNodeFactory().textNode("no"));
		browser.byId("submit").click();

		browser.waitFor(ExpectedConditions.urlMatches("/report/[A-Za-z0-9_-]+$"));
		assertThat(browser.byId("leg-name").getText()).isEqualTo(HOSTILE);
		assertThat(browser.byId("leg-respondent").getText()).isEqualTo("<img src=x onerror=\"window.injected = 2\">");
		assertThat(browser.driver().findElements(By.cssSelector("#leg-name b, #leg-respondent img"))).isEmpty();
		assertThat(browser.script("return window.injected")).isNull();
		assertThat(browser.driver().getTitle()).contains(HOSTILE);
	}

	/** Answers one question as a person would: its section first, then a click per choice or typing a number. */
	private void answer(String question, JsonNode value) {
		browser.goToSectionOf(question);
		WebElement fieldset = browser.byId("question-" + question);
		String type = fieldset.getAttribute("data-type");
		if (value.isArray()) {
			value.forEach(choice -> browser.byId("q-" + question + "-" + choice.asText()).click());
		}
		else if (value.isNumber()) {
			WebElement input = browser.byId("q-" + question);
			input.clear();
			input.sendKeys(value.asText());
		}
		else if (type.equals("text")) {
			browser.byId("q-" + question).sendKeys(value.asText());
		}
		else {
			browser.byId("q-" + question + "-" + value.asText()).click();
		}
	}

	/** Presses Tab until an element matching the selector has the focus, as a keyboard user would. */
	private WebElement tabUntil(String selector) {
		for (int i = 0; i < 20; i++) {
			browser.driver().switchTo().activeElement().sendKeys(Keys.TAB);
			WebElement focused = browser.driver().switchTo().activeElement();
			if ((Boolean) browser.script("return arguments[0].matches(arguments[1])", focused, selector)) {
				return focused;
			}
		}
		throw new AssertionError("Tab never reached " + selector);
	}

	private String assessByApi(String answers) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create(browser.address("/api/assessments")))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(answers))
			.build();
		return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()).body();
	}

	private static void screenshot(String name, int maxHeight) throws Exception {
		String folder = System.getProperty("leg-advisor.screenshots", "target/screenshots");
		browser.screenshot(Path.of(folder, name), maxHeight);
	}

}
