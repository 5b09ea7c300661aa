package org.legadvisor.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.legadvisor.knowledge.JsonFiles;
import org.legadvisor.web.LegAdvisorApplication;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The LEG's memory in a real Chromium, on a laptop (1366 px) and a phone (390 px): log in, create a LEG, save a
 * donor-led round then a well-functioning one from the report page, see the findings resolved, the trend of each
 * principle, adopt and update actions (a concurrent change is said, the typed input kept), then restart the service
 * on the same data folder: everything is still there.
 */
class LegMemoryBrowserTest {

	private static final String PASSWORD = "the browser administrator's passphrase";

	private static final Path DONOR_LED = Path.of("knowledge-base/examples/donor-chaired-no-tor.json");

	private static final Path WELL_FUNCTIONING = Path.of("knowledge-base/examples/established-leg.json");

	private static final int LAPTOP = 1366;

	private static final int PHONE = 390;

	@TempDir
	Path data;

	private Browser browser;

	private String base;

	@Test
	void savesTwoRoundsShowsProgressTracksThePlanAndKeepsEverythingAcrossARestart() throws Exception {
		ConfigurableApplicationContext service = start();
		try (Browser opened = Browser.started()) {
			browser = opened;
			viewport(LAPTOP);
			browser.driver().get(base + "/legs");
			logIn();
			browser.byId("leg-name").sendKeys("Freedonia LEG");
			browser.byId("leg-country").sendKeys("Freedonia");
			browser.byId("create-leg").click();
			browser.waitFor(ExpectedConditions.textToBe(By.id("page-title"), "Freedonia LEG"));
			String legPage = browser.driver().getCurrentUrl();
			long leg = Long.parseLong(legPage.replaceAll(".*/legs/", ""));

			saveRound(DONOR_LED);
			assertThat(browser.driver().findElements(By.id("since-last"))).as("a first round has no previous").isEmpty();
			// The donor-led round's plan: adopt its first action, update it.
			browser.driver().get(legPage + "/plan");
			WebElement first = browser.find("#plan .plan-item");
			String action = first.getAttribute("id").replace("action-", "");
			String title = first.findElement(By.cssSelector(".plan-title")).getText();
			adopt(action, "Ministry of Education", "2020-01-31", "planned", null);
			assertThat(item(action).getText()).contains("Ministry of Education", "Overdue", "Planned");
			adopt(action, "Ministry of Education", "2099-06-30", "in_progress", "First meeting held");
			assertThat(item(action).getText()).contains("In progress", "First meeting held").doesNotContain("Overdue");

			// Someone else changes the action while this page is open: the save is refused in words, the input kept.
			int version = version(service, leg, action);
			api(service, "PUT", "/api/legs/" + leg + "/plan/" + action,
					"{\"owner\":\"Planning directorate\",\"status\":\"done\",\"version\":" + version + "}");
			adopt(action, "Ministry of Education", "2099-06-30", "in_progress", "Typed while someone else saved");
			WebElement conflicted = item(action);
			assertThat(conflicted.findElement(By.cssSelector(".problem")).getText()).contains("admin",
					"changed this action", "nothing of yours was saved");
			assertThat(conflicted.getText()).contains("Planning directorate", "Done");
			assertThat(conflicted.findElement(By.name("notes")).getAttribute("value")).isEqualTo("Typed while someone else saved");
			conflicted.findElement(By.cssSelector("button.save")).click();
			browser.waitFor(ExpectedConditions.stalenessOf(conflicted));
			assertThat(item(action).getText()).contains("Typed while someone else saved", "In progress");
			assertThat(browser.driver().getPageSource()).doesNotContain(action + "<", ">" + action);
			assertThat(browser.byId("plan-csv").getAttribute("href")).endsWith("/plan.csv");

			browser.driver().get(legPage);
			saveRound(WELL_FUNCTIONING);
			List<String> resolved = titles(api(service, "GET", "/api/legs/" + leg + "/progress", null).get("resolved"));
			assertThat(resolved).contains("Without written terms of reference the mandate is not agreed");
			assertThat(texts("#since-last #resolved li")).containsExactlyElementsOf(resolved);

			browser.driver().get(legPage);
			assertThat(browser.driver().findElements(By.cssSelector("#rounds tbody tr"))).hasSize(2);
			assertThat(browser.find("#rounds tbody").getText()).contains("admin");
			browser.byId("progress-link").click();
			assertThat(texts("#resolved li")).containsExactlyElementsOf(resolved);
			assertThat(texts("#principle-changes tbody th")).hasSize(7).anyMatch(p -> p.startsWith("P1 A clear and agreed mandate"));
			assertThat(browser.driver().findElements(By.cssSelector("#trends svg[role=img]"))).hasSize(7);
			assertThat(browser.find("#trend-P1 title").getAttribute("textContent")).contains("Mandate");
			assertThat(browser.find("#trend-P1 desc").getAttribute("textContent")).contains("round 1", "round 2");
			assertThat(browser.driver().findElements(By.cssSelector("#trend-table tbody tr"))).hasSize(2);
			assertTextAtLeast11PixelsHigh("#trends text");
			browser.driver().get(legPage + "/plan");
			assertThat(item(action).getText()).as("its finding resolved").contains(title, "No longer recommended");

			viewport(PHONE);
			for (String page : List.of("/legs", "/legs/" + leg, "/legs/" + leg + "/progress", "/legs/" + leg + "/plan",
					"/legs/" + leg + "/rounds/" + lastRound(service, leg))) {
				browser.driver().get(base + page);
				assertNoSidewaysScrolling(page);
			}
			browser.driver().get(base + "/legs/" + leg + "/progress");
			assertTextAtLeast11PixelsHigh("#trends text");

			service.close();
			service = start();
			viewport(LAPTOP);
			browser.driver().get(base + "/legs/" + leg);
			logIn();
			assertThat(URI.create(browser.driver().getCurrentUrl()).getPath()).isEqualTo("/legs/" + leg);
			assertThat(browser.driver().findElements(By.cssSelector("#rounds tbody tr"))).hasSize(2);
			browser.byId("progress-link").click();
			assertThat(texts("#resolved li")).containsExactlyElementsOf(resolved);
			browser.driver().get(base + "/legs/" + leg + "/plan");
			assertThat(item(action).getText()).contains(title, "Typed while someone else saved", "In progress");
		}
		finally {
			service.close();
		}
	}

	/** The service on the test's data folder, on a free port; started again on the same folder, it finds its data. */
	private ConfigurableApplicationContext start() {
		ConfigurableApplicationContext context = new SpringApplicationBuilder(LegAdvisorApplication.class)
			.run("--server.port=" + (base == null ? 0 : URI.create(base).getPort()), "--leg-advisor.data=" + data,
					"--leg-advisor.admin.password=" + PASSWORD);
		base = "http://localhost:" + context.getEnvironment().getProperty("local.server.port");
		return context;
	}

	private void logIn() {
		browser.waitFor(ExpectedConditions.urlContains("/login"));
		browser.byId("username").sendKeys("admin");
		browser.byId("password").sendKeys(PASSWORD);
		browser.byId("login-submit").click();
		browser.waitFor(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
	}

	/**
	 * From the LEG's page: a new round, the answers file imported, the report, saved as a round of the LEG; ends on the
	 * stored round's report.
	 */
	private void saveRound(Path answers) {
		browser.byId("new-round").click();
		browser.waitFor(ExpectedConditions.urlToBe(base + "/"));
		browser.script("localStorage.clear()");
		browser.driver().navigate().refresh();
		browser.byId("import-file").sendKeys(answers.toAbsolutePath().toString());
		browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "Imported"));
		browser.byId("submit").click();
		WebElement save = browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("save-round-button")));
		assertThat(save.getText()).isEqualTo("Save as a round of Freedonia LEG");
		save.click();
		browser.waitFor(ExpectedConditions.urlMatches(".*/legs/\\d+/rounds/\\d+$"));
		assertThat(browser.byId("back-to-leg").getText()).contains("Freedonia LEG");
		assertThat(browser.driver().findElements(By.id("save-round"))).isEmpty();
	}

	private void adopt(String action, String owner, String due, String status, String notes) {
		WebElement item = item(action);
		WebElement edit = item.findElement(By.cssSelector(".plan-edit"));
		if (edit.getAttribute("open") == null) {
			edit.findElement(By.tagName("summary")).click();
		}
		WebElement field = item.findElement(By.name("owner"));
		field.clear();
		field.sendKeys(owner);
		browser.script("arguments[0].value = arguments[1]", item.findElement(By.name("dueOn")), due);
		new Select(item.findElement(By.name("status"))).selectByValue(status);
		WebElement text = item.findElement(By.name("notes"));
		text.clear();
		if (notes != null) {
			text.sendKeys(notes);
		}
		item.findElement(By.cssSelector("button.save")).click();
		browser.waitFor(ExpectedConditions.stalenessOf(item));
	}

	private WebElement item(String action) {
		return browser.byId("action-" + action);
	}

	private List<String> texts(String css) {
		return browser.driver().findElements(By.cssSelector(css)).stream().map(e -> e.getAttribute("textContent").strip())
			.toList();
	}

	private void assertNoSidewaysScrolling(String page) {
		long scroll = ((Number) browser.script("return document.documentElement.scrollWidth")).longValue();
		long width = ((Number) browser.script("return document.documentElement.clientWidth")).longValue();
		Object wide = browser.script("return Array.from(document.querySelectorAll('body *')).filter(function (e) {"
				+ " return e.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5; })"
				+ ".slice(0, 5).map(function (e) { return e.tagName + '.' + e.className + '#' + e.id; }).join(', ')");
		assertThat(scroll).as(page + " at " + PHONE + " px, too wide: " + wide).isLessThanOrEqualTo(width);
	}

	private void assertTextAtLeast11PixelsHigh(String css) {
		List<WebElement> labels = browser.driver().findElements(By.cssSelector(css));
		assertThat(labels).isNotEmpty();
		for (WebElement label : labels) {
			Number height = (Number) browser.script("return arguments[0].getBoundingClientRect().height", label);
			assertThat(height.doubleValue()).as(label.getAttribute("textContent")).isGreaterThanOrEqualTo(11);
		}
	}

	private void viewport(int width) {
		((ChromeDriver) browser.driver()).executeCdpCommand("Emulation.setDeviceMetricsOverride",
				Map.of("width", width, "height", 900, "deviceScaleFactor", 1, "mobile", width < 700));
	}

	private int version(ConfigurableApplicationContext service, long leg, String action) throws Exception {
		for (JsonNode row : api(service, "GET", "/api/legs/" + leg + "/plan", null).get("actions")) {
			if (row.get("actionId").asText().equals(action)) {
				return row.get("version").asInt();
			}
		}
		throw new AssertionError("no action " + action + " in the plan");
	}

	private long lastRound(ConfigurableApplicationContext service, long leg) throws Exception {
		return api(service, "GET", "/api/legs/" + leg + "/rounds", null).get(0).get("id").asLong();
	}

	private JsonNode api(ConfigurableApplicationContext service, String method, String path, String json)
			throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
			.header("Authorization", "Basic " + Base64.getEncoder()
				.encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
			.header("Accept", "application/json");
		if (json != null) {
			request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
		}
		HttpResponse<String> response = HttpClient.newHttpClient().send(request.build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(method + " " + path + ": " + response.body()).isBetween(200, 299);
		return JsonFiles.mapper().readTree(response.body());
	}

	private static List<String> titles(JsonNode findings) {
		List<String> titles = new ArrayList<>();
		findings.forEach(f -> titles.add(f.get("title").asText()));
		return titles;
	}

}
