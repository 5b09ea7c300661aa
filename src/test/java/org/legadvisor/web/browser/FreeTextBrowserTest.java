package org.legadvisor.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.legadvisor.questionnaire.QuestionType;
import org.legadvisor.questionnaire.Questionnaire;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Free text typed by a person is shown as text, never run as markup: in the form after a reload, and in the report,
 * which is served under its Content-Security-Policy and still gets its inline style and its print button.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public class FreeTextBrowserTest {

	public static final String HOSTILE = "</textarea><script>window.injected = 1</script>"
			+ "<img src=x onerror=\"window.injected = 2\">\"quotes' & ampersands";

	@RegisterExtension
	static final Browser browser = Browser.perTestClass();

	@Autowired
	Questionnaire questionnaire;

	@Test
	void showsMarkupTypedInEveryFreeTextAnswerAndAboutTheLegAsText() {
		List<String> freeText = freeTextQuestions();
		assertThat(freeText).as("free-text questions of the questionnaire").isNotEmpty();
		browser.openEmptyQuestionnaire();
		for (String field : List.of("leg-name", "leg-country", "leg-respondent")) {
			browser.byId(field).sendKeys(HOSTILE);
		}
		for (String question : freeText) {
			browser.goToSectionOf(question);
			browser.byId("q-" + question).sendKeys(HOSTILE);
		}

		browser.driver().navigate().refresh();
		for (String question : freeText) {
			assertThat(browser.byId("q-" + question).getAttribute("value")).as(question).isEqualTo(HOSTILE);
		}
		assertThat(browser.byId("leg-name").getAttribute("value")).isEqualTo(HOSTILE);
		browser.byId("submit").click();

		browser.waitFor(ExpectedConditions.urlMatches("/report/[A-Za-z0-9_-]+$"));
		for (String question : freeText) {
			assertThat(browser.find("#note-" + question.replace(".", "\\.") + " .note-text").getText()).as(question)
				.isEqualTo(HOSTILE);
		}
		for (String field : List.of("leg-name", "leg-country", "leg-respondent")) {
			assertThat(browser.byId(field).getText()).as(field).isEqualTo(HOSTILE);
		}
		assertThat(browser.driver().findElements(By.cssSelector("main img, header img"))).isEmpty();
		assertThat(browser.script("return window.injected")).isNull();
	}

	@Test
	void appliesTheReportsInlineStyleAndScriptUnderItsContentSecurityPolicy() {
		browser.openEmptyQuestionnaire();
		browser.byId("leg-name").sendKeys("Styled LEG");
		browser.byId("submit").click();
		browser.waitFor(ExpectedConditions.urlMatches("/report/[A-Za-z0-9_-]+$"));

		// --wash of report-style.html: the inline style sheet was applied, not blocked.
		assertThat(browser.script("return getComputedStyle(document.querySelector('.report-header')).backgroundColor"))
			.isEqualTo("rgb(243, 245, 248)");
		browser.script("window.print = function () { window.printed = true; }");
		browser.byId("print").click();
		assertThat(browser.script("return window.printed")).isEqualTo(true);
	}

	private List<String> freeTextQuestions() {
		return questionnaire.questions().stream().filter(q -> q.type() == QuestionType.TEXT)
			.map(Questionnaire.Question::id)
			.toList();
	}

}
