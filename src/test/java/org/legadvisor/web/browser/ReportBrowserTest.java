package org.legadvisor.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.legadvisor.knowledge.JsonFiles;
import org.legadvisor.web.BundledExample;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The report of the donor-led example in a real Chromium, on a laptop screen (1366 x 768) and on a phone (390 x 844):
 * the summary first with the top five actions on the first screen, the details closed, stacked cards and no sideways
 * scrolling on the phone, for the page the questionnaire leads to and for {@code POST /api/reports?format=html}, and
 * the short print without the details. Writes report.png and report-phone.png to target/screenshots (docs/ with
 * -Dleg-advisor.screenshots=docs).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ReportBrowserTest {

	private static final int LAPTOP_WIDTH = 1366;

	private static final int LAPTOP_HEIGHT = 768;

	private static final int PHONE_WIDTH = 390;

	private static final int PHONE_HEIGHT = 844;

	@RegisterExtension
	static final Browser browser = Browser.perTestClass();

	@Test
	void showsTheSummaryFirstWithTheTopFiveActionsOnTheFirstScreenOfALaptop() throws Exception {
		viewport(LAPTOP_WIDTH, LAPTOP_HEIGHT);
		openWebReport();

		JsonNode expected = JsonFiles.mapper().readTree(post("/api/assessments"));
		List<WebElement> top = browser.driver().findElements(By.cssSelector("#top-actions .action-title"));
		assertThat(top).extracting(WebElement::getText).containsExactly(titles(expected.get("actions"), 5));
		long screen = number("return window.innerHeight");
		for (WebElement title : top) {
			assertThat(bottom(title)).as(title.getText()).isLessThanOrEqualTo(screen);
		}
		assertThat(browser.byId("reading").getText()).isEqualTo(expected.at("/summary/reading").asText());
		assertThat(browser.driver().findElements(By.cssSelector("#principle-lines li"))).hasSize(7);
		assertThat(browser.find("#principle-lines li[data-principle=P1]").getText()).contains("Mandate",
				expected.at("/profile/0/levelLabel").asText(), expected.at("/profile/0/mainFinding").asText());
		assertThat(browser.byId("part-findings").getAttribute("open")).isNull();
		assertThat(browser.byId("part-actions").getAttribute("open")).isNull();
		assertThat(top(browser.byId("part-findings"))).isGreaterThan(bottom(top.get(4)));
		assertHeadingsDescendOneLevelAtATime();

		browser.find("#part-findings > summary").click();
		assertThat(browser.find("#part-findings .finding").isDisplayed()).isTrue();
		browser.find("#part-findings > summary").click();
		System.out.printf("Report of the donor-led example at %d px: %d px tall, details closed%n", LAPTOP_WIDTH,
				number("return document.documentElement.scrollHeight"));
		screenshot("report.png", LAPTOP_WIDTH, 2400);
	}

	@Test
	void stacksActionsAndFindingsAsCardsWithoutSidewaysScrollingOnAPhone() throws Exception {
		viewport(PHONE_WIDTH, PHONE_HEIGHT);
		openWebReport();
		screenshot("report-phone.png", PHONE_WIDTH, 2400);

		assertNoSidewaysScrolling();
		openEveryPart();
		assertNoSidewaysScrolling();
		assertThat(browser.script("return getComputedStyle(document.querySelector('#actions tbody tr')).display"))
			.as("an action is a card, not a table row").isEqualTo("block");
		assertThat(browser.script("return getComputedStyle(document.querySelector('#actions thead')).position"))
			.isEqualTo("absolute");
		WebElement card = browser.find("#actions tbody tr");
		assertThat(card.getSize().getWidth()).isLessThanOrEqualTo(PHONE_WIDTH);
		assertThat(card.findElement(By.cssSelector(".horizon")).getLocation().getY())
			.as("when comes below the action, not off screen")
			.isGreaterThan(card.findElement(By.cssSelector(".action-title")).getLocation().getY());
		assertRadarReadableAt(PHONE_WIDTH);
	}

	@Test
	void rendersTheApisHtmlReportWithoutSidewaysScrollingOnAPhone() throws Exception {
		Path page = Files.createTempFile("leg-advisor-report", ".html");
		try {
			Files.writeString(page, post("/api/reports?format=html"));
			viewport(PHONE_WIDTH, PHONE_HEIGHT);
			browser.driver().get(page.toUri().toString());
			browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("top-actions")));

			assertNoSidewaysScrolling();
			openEveryPart();
			assertNoSidewaysScrolling();
			assertRadarReadableAt(PHONE_WIDTH);
		}
		finally {
			Files.deleteIfExists(page);
		}
	}

	@Test
	void printsTheSummaryAloneOrEverySectionOpened() throws Exception {
		viewport(LAPTOP_WIDTH, LAPTOP_HEIGHT);
		openWebReport();
		browser.script("window.print = function () {}");
		browser.byId("print-short").click();
		media("print");
		try {
			assertThat(browser.byId("summary").isDisplayed()).isTrue();
			assertThat(browser.byId("top-actions").isDisplayed()).isTrue();
			for (String part : List.of("part-findings", "part-actions", "part-answers", "part-profile")) {
				assertThat(browser.byId(part).isDisplayed()).as(part).isFalse();
			}

			browser.script("window.dispatchEvent(new Event('afterprint'))");
			media("");
			browser.byId("print").click();
			browser.script("window.dispatchEvent(new Event('beforeprint'))");
			media("print");
			assertThat(browser.find("#part-findings .finding").isDisplayed()).isTrue();
			assertThat(browser.find("#part-answers table").isDisplayed()).isTrue();
			browser.script("window.dispatchEvent(new Event('afterprint'))");
			assertThat(browser.byId("part-findings").getAttribute("open")).as("closed again after printing").isNull();
		}
		finally {
			media("");
		}
	}

	private void openWebReport() throws Exception {
		browser.open("/");
		browser.script("localStorage.clear()");
		browser.driver().navigate().refresh();
		browser.byId("import-file").sendKeys(BundledExample.RICHEST.toAbsolutePath().toString());
		browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "Imported"));
		browser.byId("submit").click();
		browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("top-actions")));
	}

	private String post(String path) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create(browser.address(path)))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(Files.readString(BundledExample.RICHEST)))
			.build();
		HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(200);
		return response.body();
	}

	private static String[] titles(JsonNode actions, int count) {
		String[] titles = new String[count];
		for (int i = 0; i < count; i++) {
			titles[i] = actions.get(i).get("title").asText();
		}
		return titles;
	}

	private static void openEveryPart() {
		browser.script("document.querySelectorAll('details').forEach(function (d) { d.open = true; })");
	}

	private static void assertNoSidewaysScrolling() {
		assertThat(number("return document.documentElement.scrollWidth"))
			.isLessThanOrEqualTo(number("return document.documentElement.clientWidth"));
	}

	/** Every principle on the radar, its short name drawn at least 11 px high and inside the screen. */
	private static void assertRadarReadableAt(int width) {
		List<WebElement> names = browser.driver().findElements(By.cssSelector("#radar-chart .axis-short"));
		assertThat(browser.driver().findElements(By.cssSelector("#radar-chart .axis"))).hasSize(7);
		assertThat(names).extracting(e -> e.getAttribute("textContent")).contains("Mandate", "Governance", "Leadership");
		for (WebElement name : names) {
			Map<?, ?> box = (Map<?, ?>) browser.script(
					"var r = arguments[0].getBoundingClientRect(); return {h: r.height, l: r.left, r: r.right};", name);
			assertThat(((Number) box.get("h")).doubleValue()).as(name.getAttribute("textContent")).isGreaterThanOrEqualTo(11);
			assertThat(((Number) box.get("l")).doubleValue()).isGreaterThanOrEqualTo(0);
			assertThat(((Number) box.get("r")).doubleValue()).isLessThanOrEqualTo(width);
		}
	}

	/** Headings go down one level at a time (h1, h2, h3...), as a screen reader's outline expects. */
	private static void assertHeadingsDescendOneLevelAtATime() {
		@SuppressWarnings("unchecked")
		List<Number> levels = (List<Number>) browser.script(
				"return Array.from(document.querySelectorAll('h1,h2,h3,h4,h5,h6')).map(function (h) { return +h.tagName[1]; })");
		assertThat(levels.get(0).intValue()).isEqualTo(1);
		for (int i = 1; i < levels.size(); i++) {
			assertThat(levels.get(i).intValue()).as("heading " + i).isLessThanOrEqualTo(levels.get(i - 1).intValue() + 1);
		}
	}

	private static long top(WebElement element) {
		return number("return Math.round(arguments[0].getBoundingClientRect().top)", element);
	}

	private static long bottom(WebElement element) {
		return number("return Math.round(arguments[0].getBoundingClientRect().bottom)", element);
	}

	private static long number(String script, Object... args) {
		return ((Number) browser.script(script, args)).longValue();
	}

	private static ChromeDriver chrome() {
		return (ChromeDriver) browser.driver();
	}

	/** The page's viewport as a device of that size would give it, whatever the window's own limits. */
	private static void viewport(int width, int height) {
		chrome().executeCdpCommand("Emulation.setDeviceMetricsOverride",
				Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", width < 700));
	}

	private static void media(String media) {
		chrome().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", media));
	}

	/** The page from its top at {@code width}, up to {@code maxHeight} pixels tall. */
	private static void screenshot(String name, int width, int maxHeight) throws Exception {
		long height = Math.min(number("return document.documentElement.scrollHeight"), maxHeight);
		viewport(width, (int) height);
		Path file = Path.of(System.getProperty("leg-advisor.screenshots", "target/screenshots"), name);
		Files.createDirectories(file.toAbsolutePath().getParent());
		Files.write(file, chrome().getScreenshotAs(OutputType.BYTES));
		viewport(width, width < 700 ? PHONE_HEIGHT : LAPTOP_HEIGHT);
	}

}
