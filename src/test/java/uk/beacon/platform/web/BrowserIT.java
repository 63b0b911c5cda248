package uk.beacon.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Beacon in a real browser: headless Chromium, driven by the system chromedriver, against the whole
 * application with its demo accounts. Every page visited is also checked with axe-core for serious
 * and critical WCAG 2.2 AA failures, and the home page is photographed for the README.
 *
 * <p>Skipped, with a message, on machines without {@code /usr/bin/chromium} and {@code
 * /usr/bin/chromedriver} (Debian's {@code chromium} and {@code chromium-driver} packages).
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:browser;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
        "beacon.demo.password=" + BrowserIT.DEMO_PASSWORD,
        "beacon.data-dir=target/browser-it/data"})
@DisplayName("Beacon in a browser")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BrowserIT {

    static final String DEMO_PASSWORD = "browser-test-demo-password";

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    /** WCAG 2.2 AA, the level UK public sector websites must meet. */
    private static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");
    private static final Set<String> FAILING_IMPACTS = Set.of("serious", "critical");

    private static final Path SCREENSHOT = Path.of("target/screenshots/home.png");
    /** Committed, so that the README shows the home page as it is now. */
    private static final Path README_SCREENSHOT = Path.of("docs/images/home.png");

    private static Path profile;
    private static ChromeDriverService service;
    private static ChromeDriver driver;

    @LocalServerPort
    private int port;

    @BeforeAll
    static void startBrowser() throws IOException {
        List<String> missing = Stream.of(CHROMIUM, CHROMEDRIVER)
                .filter(path -> !Files.isExecutable(path))
                .map(Path::toString)
                .toList();
        String skipped = "Browser tests skipped: " + String.join(" and ", missing) + " not found";
        if (!missing.isEmpty()) {
            // Printed too: Failsafe reports a class skipped here as "Tests run: 0", which is easy to miss.
            System.out.println(skipped);
        }
        assumeTrue(missing.isEmpty(), skipped);

        // A fresh profile each run: no cookies, cache or settings carried over from an earlier run.
        profile = Files.createTempDirectory("beacon-browser-it-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--user-data-dir=" + profile, "--hide-scrollbars");
        LoggingPreferences logging = new LoggingPreferences();
        logging.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logging);

        // With the driver's path given, Selenium Manager is never asked to find or download one.
        service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        setViewport(1280, 1000);
    }

    /** Sizes the page area, not the window: headless Chromium still reserves room for a toolbar. */
    private static void setViewport(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
        Number innerWidth = (Number) driver.executeScript("return window.innerWidth");
        Number innerHeight = (Number) driver.executeScript("return window.innerHeight");
        driver.manage().window().setSize(new Dimension(2 * width - innerWidth.intValue(),
                2 * height - innerHeight.intValue()));
    }

    @AfterAll
    static void stopBrowser() throws IOException {
        if (driver != null) {
            driver.quit();
        }
        if (service != null) {
            service.stop();
        }
        if (profile != null) {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }

    /** Each test starts signed out, whatever the one before it did. */
    @BeforeEach
    void signOut() {
        open("/");
        driver.manage().deleteAllCookies();
    }

    @Test
    @Order(1) // before any other test visits a page, so that no link on the home page shows as visited
    @DisplayName("a screenshot of the signed-out home page is saved for the README")
    void savesHomePageScreenshot() throws IOException {
        open("/");
        // The GOV.UK font comes from /assets; wait for it so that the picture shows the real typeface.
        waitUntil(browser -> "loaded".equals(driver.executeScript("return document.fonts.status")));

        byte[] png = driver.getScreenshotAs(OutputType.BYTES);

        Files.createDirectories(SCREENSHOT.getParent());
        Files.write(SCREENSHOT, png);
        Files.createDirectories(README_SCREENSHOT.getParent());
        Files.copy(SCREENSHOT, README_SCREENSHOT, StandardCopyOption.REPLACE_EXISTING);
        assertThat(png).startsWith(0x89, 'P', 'N', 'G');
    }

    @Test
    @DisplayName("the home page has the GOV.UK header and service navigation, and no serious accessibility failures")
    void homePageHasGovUkHeaderAndNavigation() {
        open("/");

        assertThat(driver.getTitle()).isEqualTo("Home – Beacon");
        assertThat(driver.findElement(By.cssSelector("header.govuk-header")).isDisplayed()).isTrue();
        assertThat(driver.findElement(By.cssSelector(".govuk-header .beacon-header-product")).getText())
                .isEqualTo("Beacon");
        assertThat(navigationLabels()).containsExactly("Police forces", "Register", "Sign in");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Beacon");
        assertNoSeriousAccessibilityFailures();
    }

    @Test
    @DisplayName("the home page's scripts run under the Content-Security-Policy, with no errors in the console")
    void homePageScriptsRunWithoutContentSecurityPolicyViolations() {
        browserLog(); // reading the log empties it, so what follows is this page's alone
        open("/");

        // beacon-body.js, a script file since the policy allows no inline script, ran ...
        assertThat(driver.executeScript("return document.body.classList.contains('govuk-frontend-supported')"))
                .isEqualTo(true);
        // ... and so did the beacon.mjs module, which starts GOV.UK Frontend's components.
        WebElement navigation = driver.findElement(By.cssSelector(".govuk-service-navigation"));
        waitUntil(browser -> navigation.getDomAttribute("data-govuk-service-navigation-init") != null);
        List<LogEntry> errors = browserLog().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .toList();
        assertThat(errors)
                .filteredOn(entry -> entry.getMessage().contains("Content Security Policy"))
                .as("Content-Security-Policy violations in the browser console")
                .isEmpty();
        assertThat(errors).as("errors in the browser console").isEmpty();
    }

    @Test
    @DisplayName("a demo analyst signs in through the form, sees their own organisation and signs out")
    void signsInAndSeesOwnOrganisationThenSignsOut() {
        open("/");
        navigationLink("Sign in").click();
        waitUntil(ExpectedConditions.urlToBe(url("/sign-in")));

        signIn("analyst.metropolitan", DEMO_PASSWORD);

        waitUntil(ExpectedConditions.urlToBe(url("/")));
        assertThat(signOutButton().getText()).isEqualTo("Sign out analyst.metropolitan");
        assertThat(navigationLabels()).contains("Your organisation", "Jobs").doesNotContain("Sign in", "Audit log");

        navigationLink("Your organisation").click();
        waitUntil(ExpectedConditions.urlToBe(url("/organisation")));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Metropolitan Police Service");
        List<String> usernames = driver.findElements(By.cssSelector("table tbody tr td:nth-child(2)")).stream()
                .map(WebElement::getText)
                .toList();
        assertThat(usernames).containsExactlyInAnyOrder("analyst.metropolitan", "planner.metropolitan",
                "reviewer.metropolitan", "approver.metropolitan");
        assertNoSeriousAccessibilityFailures();

        signOutButton().click();

        waitUntil(ExpectedConditions.urlToBe(url("/?signed-out")));
        assertThat(driver.findElement(By.cssSelector(".govuk-notification-banner--success")).getText())
                .contains("You have signed out.");
        assertThat(navigationLabels()).contains("Sign in").doesNotContain("Your organisation");
        assertNoSeriousAccessibilityFailures();

        // Signed out means signed out: the private page asks for a sign-in again.
        open("/organisation");
        assertThat(driver.getCurrentUrl()).isEqualTo(url("/sign-in"));
    }

    @Test
    @DisplayName("a force's page shows its figures, with no serious accessibility failures")
    void forcePageShowsItsFigures() {
        open("/forces/metropolitan");

        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Metropolitan Police Service");
        assertThat(summaryValue("Police officers (full-time equivalent)")).isEqualTo("33,293.04");
        assertThat(summaryValue("Officers per 1,000 residents")).isEqualTo("3.67");
        assertNoSeriousAccessibilityFailures();
    }

    @Test
    @DisplayName("the list of forces and the sign-in page have no serious accessibility failures")
    void forceListAndSignInPagesAreAccessible() {
        open("/forces");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Police forces of England and Wales");
        assertThat(driver.findElements(By.cssSelector("table tbody tr"))).hasSize(44);
        assertNoSeriousAccessibilityFailures();

        open("/sign-in");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Sign in");
        assertNoSeriousAccessibilityFailures();
    }

    @Test
    @DisplayName("a wrong password shows the GOV.UK error summary, linked to the username field")
    void wrongPasswordShowsErrorSummaryLinkedToUsername() {
        open("/sign-in");
        // An account no other test signs in with, so that this failure cannot lock anyone out.
        signIn("planner.city-of-london", "not-the-password");

        waitUntil(ExpectedConditions.urlToBe(url("/sign-in?error")));
        assertThat(driver.getTitle()).isEqualTo("Error: Sign in – Beacon");
        WebElement summary = driver.findElement(By.cssSelector(".govuk-error-summary"));
        assertThat(summary.findElement(By.cssSelector(".govuk-error-summary__title")).getText())
                .isEqualTo("There is a problem");
        WebElement link = summary.findElement(By.cssSelector(".govuk-error-summary__list a"));
        assertThat(link.getDomAttribute("href")).isEqualTo("#username");
        assertThat(driver.findElement(By.cssSelector("#username-error")).getText())
                .contains("Enter a correct username and password");
        assertNoSeriousAccessibilityFailures();

        // GOV.UK Frontend moves focus to the field the message is about.
        link.click();
        waitUntil(browser -> "username".equals(browser.switchTo().activeElement().getDomAttribute("id")));
    }

    private void open(String path) {
        driver.get(url(path));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private static void signIn(String username, String password) {
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.cssSelector("main form button[type=submit]")).click();
    }

    private static List<String> navigationLabels() {
        return driver.findElements(By.cssSelector(".govuk-service-navigation__list > li")).stream()
                .map(WebElement::getText)
                .toList();
    }

    private static WebElement navigationLink(String label) {
        return driver.findElement(By.cssSelector(".govuk-service-navigation__list"))
                .findElement(By.linkText(label));
    }

    private static WebElement signOutButton() {
        return driver.findElement(By.cssSelector(".govuk-service-navigation form.beacon-sign-out button"));
    }

    private static String summaryValue(String key) {
        return driver.findElement(By.xpath("//div[contains(@class,'govuk-summary-list__row')]"
                + "[dt[normalize-space()='" + key + "']]/dd")).getText();
    }

    private static List<LogEntry> browserLog() {
        return driver.manage().logs().get(LogType.BROWSER).getAll();
    }

    private static <T> T waitUntil(ExpectedCondition<T> condition) {
        return new WebDriverWait(driver, Duration.ofSeconds(10)).until(condition);
    }

    /**
     * Runs axe-core on the current page and fails on serious or critical WCAG 2.2 AA violations,
     * naming each rule and the elements that break it. Minor and moderate ones are printed only.
     * AxeBuilder injects axe-core with executeScript, to which the page's Content-Security-Policy does
     * not apply, so the policy needs no exception for testing.
     */
    private static void assertNoSeriousAccessibilityFailures() {
        Results results = new AxeBuilder().withTags(WCAG_TAGS).analyze(driver);

        assertThat(results.isErrored()).as("axe-core could not run: %s", results.getErrorMessage()).isFalse();
        // No passes at all would mean axe checked nothing, not that the page is fine.
        assertThat(results.getPasses()).as("rules axe-core passed").isNotEmpty();
        List<String> failures = results.getViolations().stream()
                .filter(rule -> FAILING_IMPACTS.contains(rule.getImpact()))
                .map(BrowserIT::describe)
                .toList();
        results.getViolations().stream()
                .filter(rule -> !FAILING_IMPACTS.contains(rule.getImpact()))
                .forEach(rule -> System.out.println("Accessibility (not failing) on " + driver.getCurrentUrl()
                        + ": " + describe(rule)));
        assertThat(failures)
                .as("serious or critical accessibility violations on %s", driver.getCurrentUrl())
                .isEmpty();
    }

    private static String describe(Rule rule) {
        String targets = rule.getNodes().stream()
                .map(node -> String.valueOf(node.getTarget()))
                .collect(Collectors.joining(", "));
        return rule.getImpact() + " " + rule.getId() + ": " + rule.getDescription() + " (" + targets + ")";
    }
}
