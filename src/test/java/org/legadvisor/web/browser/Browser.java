package org.legadvisor.web.browser;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * A real headless Chromium, driven through chromedriver: Debian's {@code chromium} and {@code chromium-driver}
 * packages, which {@code .ci/run} installs. Each browser gets a fresh profile, and loads nothing from outside.
 * <p>
 * A JUnit extension: {@code @RegisterExtension static final Browser browser = Browser.perTestClass();} in a
 * {@code @SpringBootTest(webEnvironment = RANDOM_PORT)} class starts one browser before its tests, pointed at the
 * test's server ({@link #open}), and closes it after them.
 */
final class Browser implements AutoCloseable, BeforeAllCallback, AfterAllCallback {

	private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	/** Selenium warns that it has no DevTools protocol for this Chromium; the tests do not use it. Held so it stays. */
	private static final Logger SELENIUM_LOG = Logger.getLogger("org.openqa.selenium");

	private ChromeDriver driver;

	private Path profile;

	/** The address of the server under test, {@code http://localhost:PORT}. */
	private String server;

	private Browser() {
	}

	/** A browser for the tests of one class, started before them and closed after them. */
	static Browser perTestClass() {
		return new Browser();
	}

	/** A browser started now, for a test that starts and restarts its own server; the caller closes it. */
	static Browser started() throws IOException {
		Browser browser = new Browser();
		browser.start();
		return browser;
	}

	@Override
	public void beforeAll(ExtensionContext context) throws IOException {
		start();
		server = "http://localhost:" + SpringExtension.getApplicationContext(context).getEnvironment()
			.getProperty("local.server.port");
	}

	@Override
	public void afterAll(ExtensionContext context) throws IOException {
		if (driver != null) {
			close();
		}
	}

	/** Skips the calling tests on a machine without Chromium, except on CI, where a missing browser is a failure. */
	private void start() throws IOException {
		SELENIUM_LOG.setLevel(Level.SEVERE);
		boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
		assumeTrue(installed || System.getenv("CI") != null,
				"Browser tests need Chromium: apt-get install chromium chromium-driver");
		profile = Files.createTempDirectory("leg-advisor-chromium");
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--window-size=1280,900", "--user-data-dir=" + profile);
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.usingAnyFreePort()
			.withSilent(true)
			.build();
		driver = new ChromeDriver(service, options);
	}

	/** The address of {@code path} on the server under test. */
	String address(String path) {
		return server + path;
	}

	/** Opens {@code path} of the server under test. */
	void open(String path) {
		driver.get(address(path));
	}

	/** The questionnaire with no answer kept in the browser, in a window {@code width} pixels wide. */
	void openEmptyQuestionnaire(int width) {
		driver.manage().window().setSize(new Dimension(width, width < 700 ? 844 : 900));
		openEmptyQuestionnaire();
	}

	/** The questionnaire with no answer kept in the browser. */
	void openEmptyQuestionnaire() {
		open("/");
		script("localStorage.clear()");
		open("/");
	}

	/** Opens the section of the questionnaire that holds {@code question}. */
	void goToSectionOf(String question) {
		WebElement section = byId("question-" + question).findElement(By.xpath("ancestor::section"));
		find(".step-link[data-step='" + section.getAttribute("data-step") + "']").click();
	}

	WebDriver driver() {
		return driver;
	}

	WebElement find(String css) {
		return driver.findElement(By.cssSelector(css));
	}

	WebElement byId(String id) {
		return driver.findElement(By.id(id));
	}

	Object script(String script, Object... args) {
		return ((JavascriptExecutor) driver).executeScript(script, args);
	}

	<T> T waitFor(ExpectedCondition<T> condition) {
		return new WebDriverWait(driver, Duration.ofSeconds(10)).until(condition);
	}

	/** The page from its top, up to {@code maxHeight} pixels: the window grows to the page's height for the shot. */
	void screenshot(Path file, int maxHeight) throws IOException {
		Dimension before = driver.manage().window().getSize();
		long height = ((Number) script("return document.documentElement.scrollHeight")).longValue();
		driver.manage().window().setSize(new Dimension(before.getWidth(), (int) Math.min(height + 140, maxHeight)));
		Files.createDirectories(file.toAbsolutePath().getParent());
		Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
		driver.manage().window().setSize(before);
	}

	@Override
	public void close() throws IOException {
		driver.quit();
		try (Stream<Path> files = Files.walk(profile)) {
			files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
		}
	}

}
