package org.legadvisor.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The questionnaire's checks between answers, in a real browser at desktop and phone width: shown next to the
 * question as the officer types, before anything is sent; letters in a number kept and refused; an invalid answer
 * not counted as answered; the section marked.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LiveAnswerChecksBrowserTest {

	private static final String MEMBERS = "How many organizations are members of the LEG core group?";

	@RegisterExtension
	static final Browser browser = Browser.perTestClass();

	@ParameterizedTest(name = "{0} px wide")
	@ValueSource(ints = { 1366, 390 })
	void showsMoreActiveMembersThanMembersNextToTheQuestionAsTheOfficerTypes(int width) throws Exception {
		browser.openEmptyQuestionnaire(width);
		goToSectionOf("members.total");
		type("members.total", "5");
		type("members.active", "9");

		WebElement error = browser.byId("error-members.active");
		assertThat(error.isDisplayed()).isTrue();
		assertThat(error.getText())
			.isEqualTo("9 is more than the 5 given for question " + number("members.total") + ", \"" + MEMBERS + "\".");
		assertThat(error.findElement(By.xpath("ancestor::fieldset")).getAttribute("id"))
			.isEqualTo("question-members.active");
		assertThat(browser.byId("q-members.active").getAttribute("aria-invalid")).isEqualTo("true");
		WebElement beside = browser.byId("error-members.total");
		assertThat(beside.isDisplayed()).as("the clash is said beside both questions").isTrue();
		assertThat(beside.getText()).isEqualTo("The 9 given for question " + number("members.active") + ", \""
				+ "How many of these member organizations took an active part in the last twelve months?\", is more "
				+ "than this answer.");
		assertThat(browser.byId("q-members.total").getAttribute("aria-describedby")).isEqualTo("error-members.total");
		assertThat(browser.byId("error-summary").isDisplayed()).as("nothing was submitted").isFalse();
		assertThat(browser.driver().getCurrentUrl()).doesNotContain("/report");
		assertThat(inViewAfterScrollingTo(error)).as("message readable beside the question at " + width).isTrue();
		assertThat(browser.byId("progress-text").getText()).as("invalid answer not counted").startsWith("1 of ");
		WebElement section = sectionLinkOf("members.active");
		assertThat(section.getAttribute("class")).contains("has-problems");
		assertThat(section.getText()).contains("1 to check");
		browser.screenshot(Path.of(System.getProperty("leg-advisor.screenshots", "target/screenshots"),
				"answer-check-" + width + ".png"), 2400);

		type("members.active", "4");

		assertThat(error.isDisplayed()).isFalse();
		assertThat(beside.isDisplayed()).isFalse();
		assertThat(browser.byId("q-members.active").getAttribute("aria-invalid")).isNull();
		assertThat(browser.byId("progress-text").getText()).startsWith("2 of ");
		assertThat(sectionLinkOf("members.active").getAttribute("class")).doesNotContain("has-problems");
	}

	@ParameterizedTest(name = "{0} px wide")
	@ValueSource(ints = { 1366, 390 })
	void keepsLettersTypedIntoANumberAndSaysAWholeNumberIsExpected(int width) {
		browser.openEmptyQuestionnaire(width);
		goToSectionOf("meetings.per_year");
		type("meetings.per_year", "six");

		assertThat(browser.byId("q-meetings.per_year").getAttribute("value")).isEqualTo("six");
		assertThat(browser.byId("error-meetings.per_year").getText()).isEqualTo("Expected a whole number, got \"six\".");
		assertThat(browser.byId("progress-text").getText()).startsWith("0 of ");

		type("meetings.per_year", "2.5");

		assertThat(browser.byId("error-meetings.per_year").getText()).isEqualTo("Expected a whole number, got \"2.5\".");

		type("meetings.per_year", "60");

		assertThat(browser.byId("error-meetings.per_year").getText())
			.isEqualTo("Expected a whole number from 0 to 52, got 60.");

		type("meetings.per_year", "6");

		assertThat(browser.byId("error-meetings.per_year").isDisplayed()).isFalse();
		assertThat(browser.byId("progress-text").getText()).startsWith("1 of ");
	}

	@ParameterizedTest(name = "{0} px wide")
	@ValueSource(ints = { 1366 })
	void refusesToSendContradictoryAnswersAndListsThemByQuestionNumberAndText(int width) {
		browser.openEmptyQuestionnaire(width);
		browser.byId("leg-name").sendKeys("Checked LEG");
		goToSectionOf("members.total");
		type("members.total", "5");
		type("members.cso", "12");
		browser.byId("submit").click();

		WebElement summary = browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("error-summary")));
		assertThat(summary.getText()).contains("Question " + number("members.cso") + ", \"How many of them are "
				+ "civil-society organizations, coalitions or teachers' organizations?\": 12 is more than the 5 given "
				+ "for question " + number("members.total") + ", \"" + MEMBERS + "\".")
			.doesNotContain("members.cso");
		assertThat(browser.driver().getCurrentUrl()).doesNotContain("/report");

		// Survives a reload: the draft keeps the answers, and the check runs again on them.
		browser.driver().navigate().refresh();
		goToSectionOf("members.cso");
		assertThat(browser.byId("q-members.cso").getAttribute("value")).isEqualTo("12");
		assertThat(browser.byId("error-members.cso").isDisplayed()).isTrue();
	}

	private void type(String question, String text) {
		WebElement input = browser.byId("q-" + question);
		input.clear();
		input.sendKeys(text);
	}

	private String number(String question) {
		return browser.find("#question-" + question.replace(".", "\\.") + " legend .number").getAttribute("data-number");
	}

	private boolean inViewAfterScrollingTo(WebElement element) {
		return (Boolean) browser.script("""
				arguments[0].scrollIntoView({block: 'center'});
				const r = arguments[0].getBoundingClientRect();
				return r.left >= 0 && r.right <= window.innerWidth && r.width > 0;""", element);
	}

	private WebElement sectionLinkOf(String question) {
		WebElement section = browser.byId("question-" + question).findElement(By.xpath("ancestor::section"));
		return browser.find(".step-link[data-step='" + section.getAttribute("data-step") + "']");
	}

	private void goToSectionOf(String question) {
		sectionLinkOf(question).click();
	}

}
