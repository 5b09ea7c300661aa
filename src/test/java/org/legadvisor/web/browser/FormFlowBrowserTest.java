package org.legadvisor.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.legadvisor.web.BundledExample;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The way through the questionnaire to the report, in a real browser at desktop and phone width: the report has an
 * address of its own that Back, Forward and Reload reopen; a reload returns to the section being worked on; an
 * imported file is held to the form's limits and every value not taken is listed; nothing scrolls sideways.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FormFlowBrowserTest {

	private static final String REPORT_ADDRESS = "/report/[A-Za-z0-9_-]{22}$";

	@RegisterExtension
	static final Browser browser = Browser.perTestClass();

	@ParameterizedTest(name = "{0} px wide")
	@ValueSource(ints = { 1366, 390 })
	void reopensTheReportAfterReloadBackAndForwardWithoutSendingTheFormAgain(int width) {
		browser.openEmptyQuestionnaire(width);
		browser.byId("import-file").sendKeys(BundledExample.RICHEST.toAbsolutePath().toString());
		browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "Imported"));
		browser.byId("submit").click();
		browser.waitFor(ExpectedConditions.urlMatches(REPORT_ADDRESS));
		String address = browser.driver().getCurrentUrl();
		String firstAction = browser.find("#actions .action-title").getText();

		browser.driver().navigate().refresh();
		assertThat(browser.driver().getCurrentUrl()).isEqualTo(address);
		assertThat(browser.find("#actions .action-title").getText()).isEqualTo(firstAction);

		browser.driver().navigate().back();
		browser.waitFor(ExpectedConditions.urlToBe(browser.address("/")));
		assertThat(browser.byId("leg-name").getAttribute("value")).isEqualTo("Education Development Partners Group of Belmora");

		browser.driver().navigate().forward();
		browser.waitFor(ExpectedConditions.urlToBe(address));
		assertThat(browser.find("#actions .action-title").getText()).isEqualTo(firstAction);
		assertThat(browser.driver().getPageSource()).doesNotContain("\"status\":");
	}

	@Test
	void offersToMakeAReportNoLongerKeptAgainFromTheAnswersInTheBrowser() {
		browser.openEmptyQuestionnaire(1366);
		browser.byId("leg-name").sendKeys("Kept LEG");

		browser.open("/report/not-kept-any-more");
		assertThat(browser.find("h1").getText()).isEqualTo("No report at this address");
		WebElement again = browser.byId("report-again");
		assertThat(again.isDisplayed()).isTrue();
		again.findElement(By.cssSelector("button")).click();

		browser.waitFor(ExpectedConditions.urlMatches(REPORT_ADDRESS));
		assertThat(browser.byId("leg-name").getText()).isEqualTo("Kept LEG");
	}

	@Test
	void showsABrowserAPageInWordsForAnAddressThatServesNothing() {
		browser.open("/no-such-page");

		assertThat(browser.find("h1").getText()).isEqualTo("Something went wrong");
		assertThat(browser.byId("problem-detail").getText()).startsWith("Nothing is served at this path.");
		assertThat(browser.driver().getPageSource()).doesNotContain("\"status\"");
	}

	@ParameterizedTest(name = "{0} px wide")
	@ValueSource(ints = { 1366, 390 })
	void returnsToTheSectionBeingWorkedOnAfterAReload(int width) {
		browser.openEmptyQuestionnaire(width);
		WebElement finance = browser.byId("question-finance.member").findElement(By.xpath("ancestor::section"));
		String section = finance.getAttribute("id");
		String step = finance.getAttribute("data-step");
		browser.find(".step-link[data-step='" + step + "']").click();

		browser.driver().navigate().refresh();

		assertThat(browser.find("section.step.current").getAttribute("id")).isEqualTo(section);
		assertThat(browser.find(".step-link[aria-current]").getAttribute("data-step")).isEqualTo(step);
		assertThat(browser.byId("question-finance.member").isDisplayed()).isTrue();
	}

	@ParameterizedTest(name = "{0} px wide")
	@ValueSource(ints = { 1366, 390 })
	void takesFromAnImportedFileOnlyWhatTheFormTakesAndListsTheRest(int width, @TempDir Path dir) throws Exception {
		browser.openEmptyQuestionnaire(width);
		Path file = Files.writeString(dir.resolve("too-much.json"), """
				{ "questionnaireVersion": "1.0",
				  "leg": { "name": "%s", "country": "Belmora" },
				  "answers": { "tor.exists": "maybe", "chair.who": "ministry_of_education", "members.total": 5,
				    "members.active": 9, "meetings.per_year": "six", "tor.covers": ["mandate"],
				    "cso.selection": ["open"], "no.such.question": "yes" } }""".formatted("N".repeat(10_000)));

		browser.byId("import-file").sendKeys(file.toString());

		WebElement report = browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("import-report")));
		List<String> refused = browser.driver().findElements(By.cssSelector("#import-list li")).stream()
			.map(WebElement::getText).toList();
		assertThat(browser.byId("import-title").getText()).isEqualTo("5 value(s) of too-much.json were not taken:");
		assertThat(refused).containsExactly(
				"Name of the LEG (required): not taken, 10000 characters; expected text of at most 300 characters.",
				"Question " + number("tor.exists") + ", \"" + text("tor.exists") + "\": not taken, \"maybe\"; expected "
						+ "one of: Yes; Partly; No; Don't know.",
				"Question " + number("cso.selection") + ", \"" + text("cso.selection") + "\": not taken, [\"open\"]; "
						+ "expected one of: " + choices("cso.selection") + ".",
				"Question " + number("tor.covers") + ", \"" + text("tor.covers") + "\": not taken, [\"mandate\"]; it is "
						+ "asked only after another answer to question " + number("tor.exists") + ".",
				"Not in this questionnaire, so not taken: no.such.question.");
		assertThat(browser.byId("leg-name").getAttribute("value")).isEmpty();
		assertThat(browser.byId("leg-country").getAttribute("value")).isEqualTo("Belmora");
		// Taken, as typing would take them, and marked as typing would mark them.
		assertThat(browser.byId("q-meetings.per_year").getAttribute("value")).isEqualTo("six");
		assertThat(browser.byId("error-meetings.per_year").getAttribute("textContent"))
			.isEqualTo("Expected a whole number, got \"six\".");
		assertThat(browser.byId("error-members.active").getAttribute("textContent")).startsWith("9 is more than the 5");
		assertThat(report.getRect().getWidth()).isLessThanOrEqualTo(width);
		assertNoSidewaysScroll(width);
	}

	@ParameterizedTest(name = "{0} px wide")
	@ValueSource(ints = { 1366, 390 })
	void neverScrollsTheQuestionnaireSideways(int width) {
		browser.openEmptyQuestionnaire(width);
		for (WebElement link : browser.driver().findElements(By.cssSelector(".step-link"))) {
			link.click();
			assertNoSidewaysScroll(width);
		}
	}

	@Test
	void servesTheFaviconThePagesLinkAndTheOneBrowsersAskForByThemselves() {
		browser.openEmptyQuestionnaire(1366);

		String linked = browser.find("link[rel=icon]").getAttribute("href");
		assertThat(status(linked)).isEqualTo(200L);
		assertThat(status("/favicon.ico")).isEqualTo(200L);
	}

	private long status(String path) {
		return (Long) browser.script("""
				const request = new XMLHttpRequest();
				request.open('GET', arguments[0], false);
				request.send();
				return request.status;""", path);
	}

	private void assertNoSidewaysScroll(int width) {
		Object overflow = browser.script("""
				const d = document.documentElement;
				return d.scrollWidth <= d.clientWidth;""");
		assertThat(overflow).as("scrollWidth <= clientWidth at " + width).isEqualTo(Boolean.TRUE);
	}

	private String number(String question) {
		return browser.find("#question-" + question.replace(".", "\\.") + " legend .number").getAttribute("data-number");
	}

	private String text(String question) {
		return browser.find("#question-" + question.replace(".", "\\.") + " legend .question-text")
			.getAttribute("textContent").strip();
	}

	private String choices(String question) {
		return String.join("; ", browser.driver().findElements(By.cssSelector("#question-" + question.replace(".", "\\.")
				+ " label.choice")).stream().map(label -> label.getAttribute("textContent").strip()).toList());
	}

}
