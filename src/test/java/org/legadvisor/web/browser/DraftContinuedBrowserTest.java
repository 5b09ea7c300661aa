package org.legadvisor.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.legadvisor.memory.web.MemoryApi;
import org.legadvisor.web.LegAdvisorApplication;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A draft continued by a colleague, in a real Chromium: coordinator A starts a round from the LEG's page on a laptop
 * (1366 px), answers a few questions and sees them saved on the server; coordinator B, in another session on a phone
 * (390 px), finds on the LEG's page that A saved a draft, continues it, has A's answers filled in, and is told that
 * the first change replaces A's draft.
 */
@SpringBootTest(classes = LegAdvisorApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DraftContinuedBrowserTest {

	private static final String PASSWORD = "the draft browser test's administrator passphrase";

	@RegisterExtension
	static final Browser browser = Browser.perTestClass();

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) throws IOException {
		MemoryApi.freshData(registry, PASSWORD);
	}

	@Test
	void aColleagueContinuesTheDraftAnotherCoordinatorTyped() throws Exception {
		MemoryApi administrator = new MemoryApi(browser.address(""), "admin", PASSWORD);
		long leg = administrator.createLeg("Freedonia LEG");
		for (String coordinator : new String[] { "amina", "bruno" }) {
			administrator.member(leg, coordinator, "coordinator");
		}

		viewport(1366);
		browser.open("/legs/" + leg);
		logIn("amina");
		browser.byId("new-round").click();
		browser.waitFor(ExpectedConditions.urlToBe(browser.address("/")));
		WebElement status = browser.byId("server-status");
		assertThat(status.getAttribute("aria-live")).isEqualTo("polite");
		browser.waitFor(ExpectedConditions.textToBePresentInElement(status, "also saved on the server"));
		browser.byId("leg-name").sendKeys("Freedonia LEG, 2026 review");
		browser.find("section.step.current [data-go=next]").click();
		WebElement answer = browser.find("section.step.current input[type=radio]");
		String answered = answer.getAttribute("id");
		browser.script("arguments[0].click()", answer);
		browser.waitFor(ExpectedConditions.attributeToBe(status, "data-state", "saved"));
		assertThat(status.getText()).startsWith("Saved on the server at");

		browser.driver().manage().deleteAllCookies();
		browser.script("localStorage.clear()");
		viewport(390);
		browser.open("/legs/" + leg);
		logIn("bruno");
		assertThat(browser.byId("draft-saved").getText()).startsWith("Draft answers saved by amina on");
		long scroll = ((Number) browser.script("return document.documentElement.scrollWidth")).longValue();
		long width = ((Number) browser.script("return document.documentElement.clientWidth")).longValue();
		assertThat(scroll).as("the LEG's page at 390 px").isLessThanOrEqualTo(width);
		browser.byId("continue-draft").click();
		browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("server-status"), "saved by amina"));
		assertThat(browser.byId("leg-name").getAttribute("value")).isEqualTo("Freedonia LEG, 2026 review");
		assertThat(browser.byId(answered).isSelected()).as(answered).isTrue();

		WebElement continuing = browser.byId("server-status");
		browser.byId("leg-name").sendKeys(", continued");
		browser.waitFor(ExpectedConditions.attributeToBe(continuing, "data-state", "saved"));
		assertThat(continuing.getText()).as("A's draft is not replaced without a word")
			.contains("in place of the draft amina saved on");
	}

	private void logIn(String user) {
		browser.waitFor(ExpectedConditions.urlContains("/login"));
		browser.byId("username").sendKeys(user);
		browser.byId("password").sendKeys(user + "'s passphrase");
		browser.byId("login-submit").click();
		browser.waitFor(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
	}

	private void viewport(int width) {
		((ChromeDriver) browser.driver()).executeCdpCommand("Emulation.setDeviceMetricsOverride",
				Map.of("width", width, "height", 900, "deviceScaleFactor", 1, "mobile", width < 700));
	}

}
