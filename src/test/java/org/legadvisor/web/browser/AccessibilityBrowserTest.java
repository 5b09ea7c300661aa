package org.legadvisor.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.legadvisor.web.BundledExample;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * axe-core (Deque's accessibility engine, the one browsers' own audits use) finds no WCAG 2.1 A or AA violation on
 * every section of the questionnaire and on the report it leads to (closed and with every section open), on a
 * laptop (1366 px) and on a phone (390 px), in a real Chromium.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AccessibilityBrowserTest {

	private static final List<String> WCAG_A_AND_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

	@RegisterExtension
	static final Browser browser = Browser.perTestClass();

	private static String axe;

	@BeforeAll
	static void loadAxe() throws IOException {
		browser.driver().manage().timeouts().scriptTimeout(Duration.ofMinutes(3));
		try (InputStream script = AccessibilityBrowserTest.class.getResourceAsStream("/axe.min.js")) {
			axe = new String(script.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	@Test
	void everySectionOfTheQuestionnaireHasNoViolationOnALaptop() {
		openQuestionnaire(1366);
		List<WebElement> steps = browser.driver().findElements(By.cssSelector("button.step-link"));
		assertThat(steps).hasSizeGreaterThan(5);
		for (int step = 0; step < steps.size(); step++) {
			browser.script("arguments[0].click()", steps.get(step));
			assertThat(violations()).as("section %d", step).isEmpty();
		}
	}

	/** The phone layout differs in its frame (section list, toolbar), the same in every section: one is enough. */
	@Test
	void theQuestionnaireHasNoViolationOnAPhone() {
		openQuestionnaire(390);
		assertThat(violations()).isEmpty();
	}

	@ParameterizedTest(name = "at {0} px")
	@ValueSource(ints = { 1366, 390 })
	void theReportClosedAndWithEverySectionOpenHasNoViolation(int width) {
		openQuestionnaire(width);
		browser.byId("import-file").sendKeys(BundledExample.RICHEST.toAbsolutePath().toString());
		browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "Imported"));
		browser.byId("submit").click();
		browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("top-actions")));
		assertThat(violations()).as("report at %d px", width).isEmpty();

		browser.script("document.querySelectorAll('details').forEach(d => d.open = true)");
		assertThat(violations()).as("report with every section open at %d px", width).isEmpty();
	}

	private void openQuestionnaire(int width) {
		viewport(width);
		browser.openEmptyQuestionnaire();
	}

	/** Each violation as "rule (impact): help, at: elements", so a failure says what to fix and where. */
	@SuppressWarnings("unchecked")
	private static List<String> violations() {
		if (!Boolean.TRUE.equals(browser.script("return typeof window.axe === 'object'"))) {
			browser.script(axe);
		}
		Object found = ((ChromeDriver) browser.driver()).executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				axe.run(document, { runOnly: { type: 'tag', values: arguments[0] } })
				  .then(results => done(results.violations.map(v => v.id + ' (' + v.impact + '): ' + v.help
				    + ', at: ' + v.nodes.map(n => n.target.join(' ')).join('; '))))
				  .catch(error => done(['axe did not run: ' + error]));
				""", WCAG_A_AND_AA);
		return (List<String>) found;
	}

	private static void viewport(int width) {
		((ChromeDriver) browser.driver()).executeCdpCommand("Emulation.setDeviceMetricsOverride",
				Map.of("width", width, "height", 900, "deviceScaleFactor", 1, "mobile", width < 700));
	}

}
