package uk.beacon.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Headless Chromium for browser tests, driven by the system chromedriver so that nothing is
 * downloaded, with axe-core checks of WCAG 2.2 AA and the browser console. A test class starts one
 * in {@code @BeforeAll} (skipped, with a message, where Chromium is not installed) and closes it in
 * {@code @AfterAll}.
 */
public final class Chromium implements AutoCloseable {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    /** WCAG 2.2 AA, the level UK public sector websites must meet. */
    private static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");
    private static final Set<String> FAILING_IMPACTS = Set.of("serious", "critical");

    private final Path profile;
    private final ChromeDriverService service;
    private final ChromeDriver driver;

    private Chromium(Path profile, ChromeDriverService service, ChromeDriver driver) {
        this.profile = profile;
        this.service = service;
        this.driver = driver;
    }

    /** Starts a browser with a fresh profile, or skips the test class where there is none. */
    public static Chromium start(int width, int height) throws IOException {
        List<String> missing = Stream.of(CHROMIUM, CHROMEDRIVER).filter(path -> !Files.isExecutable(path))
                .map(Path::toString).toList();
        String skipped = "Browser tests skipped: " + String.join(" and ", missing) + " not found";
        if (!missing.isEmpty()) {
            // Printed too: Failsafe reports a class skipped here as "Tests run: 0", which is easy to miss.
            System.out.println(skipped);
        }
        assumeTrue(missing.isEmpty(), skipped);

        Path profile = Files.createTempDirectory("beacon-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--user-data-dir=" + profile, "--hide-scrollbars",
                "--window-size=" + width + "," + height);
        LoggingPreferences logging = new LoggingPreferences();
        logging.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logging);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        driver.manage().window().setSize(new Dimension(width, height));
        return new Chromium(profile, service, driver);
    }

    public ChromeDriver driver() {
        return driver;
    }

    /** The console's entries since it was last read; reading empties it. */
    public List<LogEntry> console() {
        return driver.manage().logs().get(LogType.BROWSER).getAll();
    }

    /** Fails on errors in the console since it was last read, naming Content-Security-Policy violations first. */
    public void assertNoConsoleErrors() {
        List<LogEntry> errors = console().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue()).toList();
        assertThat(errors).filteredOn(entry -> entry.getMessage().contains("Content Security Policy"))
                .as("Content-Security-Policy violations in the browser console on %s", driver.getCurrentUrl())
                .isEmpty();
        assertThat(errors).as("errors in the browser console on %s", driver.getCurrentUrl()).isEmpty();
    }

    /**
     * Runs axe-core on the current page and fails on serious or critical WCAG 2.2 AA violations,
     * naming each rule and the elements that break it; lesser ones are printed. AxeBuilder injects
     * axe-core with executeScript, to which the page's Content-Security-Policy does not apply.
     */
    public void assertNoSeriousAccessibilityFailures() {
        Results results = new AxeBuilder().withTags(WCAG_TAGS).analyze(driver);

        assertThat(results.isErrored()).as("axe-core could not run: %s", results.getErrorMessage()).isFalse();
        // No passes at all would mean axe checked nothing, not that the page is fine.
        assertThat(results.getPasses()).as("rules axe-core passed").isNotEmpty();
        results.getViolations().stream().filter(rule -> !FAILING_IMPACTS.contains(rule.getImpact()))
                .forEach(rule -> System.out.println("Accessibility (not failing) on " + driver.getCurrentUrl()
                        + ": " + describe(rule)));
        assertThat(results.getViolations().stream().filter(rule -> FAILING_IMPACTS.contains(rule.getImpact()))
                .map(Chromium::describe).toList())
                .as("serious or critical accessibility violations on %s", driver.getCurrentUrl())
                .isEmpty();
    }

    private static String describe(Rule rule) {
        String targets = rule.getNodes().stream().map(node -> String.valueOf(node.getTarget()))
                .collect(Collectors.joining(", "));
        return rule.getImpact() + " " + rule.getId() + ": " + rule.getDescription() + " (" + targets + ")";
    }

    @Override
    public void close() throws IOException {
        driver.quit();
        service.stop();
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }
}
