package uk.beacon.demand.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.SpringBootTest;
import uk.beacon.testsupport.BrowserTest;
import uk.beacon.testsupport.TestData;

/**
 * The demand pages in a real browser: an analyst uploads the six City of London street files
 * through the form, follows the job and reads the profile, whose headline count must match the
 * files' rows; another maps an unmapped type in the taxonomy and builds a column mapping from a
 * Dallas export. Every page is checked with axe-core and for console errors, among them
 * Content-Security-Policy violations by the server-drawn charts.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:demand-browser;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
        "beacon.demo.password=" + DemandBrowserIT.DEMO_PASSWORD,
        // The tests import what they read; the demo's own demand data would be counted with it.
        "beacon.demand.demo-data=false",
        // A fresh demand store each run: a file imported on an earlier run would be refused as a repeat.
        "beacon.data-dir=target/demand-browser-it/data-${random.uuid}"})
@DisplayName("The demand pages in a browser")
class DemandBrowserIT extends BrowserTest {

    @Override
    protected String demoPassword() {
        return DEMO_PASSWORD;
    }

    static final String DEMO_PASSWORD = "demand-browser-test-password";

    private static final Path DALLAS = TestData.dallasActiveCalls();

    private static List<Path> streetFiles() throws IOException {
        try (Stream<Path> files = Files.list(TestData.cityOfLondonStreetFolder())) {
            return files.filter(file -> file.toString().endsWith("-street.csv")).sorted()
                    .map(file -> file.toAbsolutePath().normalize()).toList();
        }
    }

    private static long rows(List<Path> files) throws IOException {
        long rows = 0;
        for (Path file : files) {
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                rows += CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)
                        .stream().count();
            }
        }
        return rows;
    }

    @Test
    @DisplayName("an analyst uploads six months of street crime through the form and sees them all in the profile")
    void analystUploadsStreetFilesAndReadsTheProfile() throws IOException {
        List<Path> files = streetFiles();
        assertThat(files).hasSize(6);
        long rows = rows(files);
        assertThat(rows).isEqualTo(2_208);

        pages.signIn("analyst.city-of-london");

        driver.findElement(By.cssSelector(".govuk-service-navigation__list")).findElement(By.linkText("Demand"))
                .click();
        pages.waitUntil(ExpectedConditions.urlToBe(pages.url("/forces/city-of-london/demand")));
        assertThat(driver.findElement(By.tagName("main")).getText())
                .contains("Beacon holds no demand data for your force yet");
        chromium.assertNoSeriousAccessibilityFailures();

        // An upload with nothing chosen comes back with the error summary, linked to the file field.
        pages.open("/forces/city-of-london/demand/imports");
        chromium.assertNoSeriousAccessibilityFailures();
        driver.findElement(By.cssSelector("main form button[type=submit]")).click();
        pages.waitUntil(ExpectedConditions.titleContains("Error:"));
        assertThat(driver.findElement(By.cssSelector(".govuk-error-summary__list a")).getDomAttribute("href"))
                .isEqualTo("#file");
        chromium.assertNoSeriousAccessibilityFailures();

        driver.findElement(By.id("file")).sendKeys(files.stream().map(Path::toString)
                .collect(Collectors.joining("\n")));
        driver.findElement(By.cssSelector("input[name=format][value=police-uk-street]")).click();
        driver.findElement(By.cssSelector("main form button[type=submit]")).click();
        pages.waitUntil(ExpectedConditions.urlMatches("/jobs/[0-9a-f-]{36}$"));
        String state = awaitJobFinished();
        assertThat(state).as(driver.findElement(By.tagName("main")).getText()).isEqualTo("succeeded");

        chromium.console(); // from here on, the console is the profile page's alone
        pages.open("/forces/city-of-london/demand?from=2021-01&to=2021-06");
        assertThat(driver.findElement(By.id("headline-incidents")).getText())
                .isEqualTo(NumberFormat.getIntegerInstance(Locale.UK).format(rows)).isEqualTo("2,208");
        List<WebElement> charts = driver.findElements(By.cssSelector("svg.beacon-chart"));
        assertThat(charts).hasSize(5).allSatisfy(chart -> {
            assertThat(chart.getDomAttribute("role")).isEqualTo("img");
            assertThat(chart.getDomAttribute("aria-label")).startsWith("Bar chart of incidents by");
            // The bars were drawn at their sizes: SVG attributes, not styles the policy would block.
            assertThat(chart.getSize().getHeight()).isGreaterThan(20);
        });
        assertThat(driver.findElement(By.id("untimed-sources")).getText())
                .contains("data.police.uk street-level crime (published by month only): 2,208");
        chromium.assertNoConsoleErrors();
        chromium.assertNoSeriousAccessibilityFailures();

        pages.open("/forces/city-of-london/demand/imports");
        assertThat(driver.findElements(By.cssSelector("#imports tbody tr"))).hasSize(6);
        driver.findElement(By.cssSelector("#imports tbody tr:first-child a[href$='/delete']")).click();
        pages.waitUntil(ExpectedConditions.urlMatches("/imports/[0-9a-f-]{36}/delete$"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).startsWith("Are you sure you want to delete");
        chromium.assertNoSeriousAccessibilityFailures();
        driver.findElement(By.cssSelector("main form button.govuk-button--warning")).click();
        pages.waitUntil(ExpectedConditions.urlToBe(pages.url("/forces/city-of-london/demand/imports")));
        assertThat(driver.findElement(By.cssSelector(".govuk-notification-banner--success")).getText())
                .contains("has been deleted");
        assertThat(driver.findElements(By.cssSelector("#imports tbody tr"))).hasSize(5);
        chromium.assertNoSeriousAccessibilityFailures();
        chromium.assertNoConsoleErrors();
    }

    @Test
    @DisplayName("an analyst maps an unmapped type in the taxonomy, and builds a column mapping from a Dallas export")
    void analystMapsATypeAndBuildsAColumnMapping(@TempDir Path folder) throws IOException {
        Path calls = folder.resolve("browser-calls.csv");
        Files.writeString(calls, ApiImports.CANONICAL_HEADER
                + "b1,2015-06-01T10:00:00Z,2015-06,Swan on the towpath,3,,,,,,,,,\n"
                + "b2,2015-06-02T11:00:00Z,2015-06,Assault,1,,,,,,,,,\n");
        pages.signIn("analyst.metropolitan");

        pages.open("/forces/metropolitan/demand/imports");
        driver.findElement(By.id("file")).sendKeys(calls.toAbsolutePath().toString());
        driver.findElement(By.cssSelector("input[name=format][value=cad]")).click();
        new Select(driver.findElement(By.id("mapping"))).selectByValue("beacon-canonical");
        driver.findElement(By.cssSelector("main form button[type=submit]")).click();
        pages.waitUntil(ExpectedConditions.urlMatches("/jobs/[0-9a-f-]{36}$"));
        assertThat(awaitJobFinished()).as(driver.findElement(By.tagName("main")).getText()).isEqualTo("succeeded");

        // Timed incidents give a week chart: a column chart drawn at its size, beside its table.
        chromium.console();
        pages.open("/forces/metropolitan/demand?from=2015-06&to=2015-06");
        WebElement weeks = driver.findElement(By.cssSelector("svg.beacon-chart--wide"));
        assertThat(weeks.getDomAttribute("aria-label")).startsWith("Column chart of incidents by week");
        assertThat(weeks.getSize().getHeight()).isGreaterThan(100);
        assertThat(driver.findElement(By.id("weeks")).getText()).contains("Week beginning 1 Jun 2015");
        chromium.assertNoSeriousAccessibilityFailures();
        chromium.assertNoConsoleErrors();

        chromium.console(); // from here on, the console is the taxonomy pages' alone
        pages.open("/forces/metropolitan/demand/taxonomy");
        assertThat(driver.findElement(By.id("unmapped")).getText()).contains("Swan on the towpath");
        chromium.assertNoSeriousAccessibilityFailures();
        chromium.assertNoConsoleErrors();
        driver.findElement(By.cssSelector("#unmapped a")).click();
        pages.waitUntil(ExpectedConditions.urlContains("#classify"));
        assertThat(driver.findElement(By.id("rawType")).getDomProperty("value")).isEqualTo("Swan on the towpath");
        // Without a work type the form comes back with the error summary, linked to the radios.
        driver.findElement(By.cssSelector("#classify button[type=submit]")).click();
        pages.waitUntil(ExpectedConditions.titleContains("Error:"));
        assertThat(driver.findElement(By.cssSelector(".govuk-error-summary__list a")).getDomAttribute("href"))
                .isEqualTo("#workType");
        chromium.assertNoSeriousAccessibilityFailures();
        chromium.console(); // the re-shown form's status, 400, is logged as a failed load; nothing else may be
        driver.findElement(By.xpath("//label[normalize-space()='Anti-social behaviour']")).click();
        driver.findElement(By.cssSelector("#classify button[type=submit]")).click();
        pages.waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("classified-count")));
        assertThat(driver.findElement(By.id("classified-count")).getText())
                .isEqualTo("1 stored incident was reclassified.");
        assertThat(driver.findElements(By.id("unmapped"))).isEmpty();
        chromium.assertNoSeriousAccessibilityFailures();
        chromium.assertNoConsoleErrors();

        pages.open("/forces/metropolitan/demand/mappings");
        chromium.assertNoSeriousAccessibilityFailures();
        driver.findElement(By.id("new-mapping")).click();
        pages.waitUntil(ExpectedConditions.urlToBe(pages.url("/forces/metropolitan/demand/mappings/new")));
        chromium.assertNoSeriousAccessibilityFailures();
        driver.findElement(By.id("file")).sendKeys(DALLAS.toAbsolutePath().normalize().toString());
        driver.findElement(By.cssSelector("main form button[type=submit]")).click();
        pages.waitUntil(ExpectedConditions.urlMatches("/mappings/new/[0-9a-f]{32}$"));
        assertThat(new Select(driver.findElement(By.id("type"))).getFirstSelectedOption().getDomAttribute("value"))
                .isEqualTo("nature_of_call");
        chromium.assertNoSeriousAccessibilityFailures();
        chromium.assertNoConsoleErrors();

        WebElement zone = driver.findElement(By.id("timeZone"));
        zone.clear();
        zone.sendKeys("America/Chicago");
        driver.findElement(By.cssSelector("button[value=preview]")).click();
        pages.waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("as-read")));
        assertThat(driver.findElement(By.id("as-read")).getText()).contains("18-0052973", "2018-01-09 15:26:00");
        chromium.assertNoSeriousAccessibilityFailures();
        chromium.assertNoConsoleErrors();

        driver.findElement(By.id("name")).sendKeys("dallas-in-browser");
        driver.findElement(By.cssSelector("button[value=save]")).click();
        pages.waitUntil(ExpectedConditions.urlToBe(pages.url("/forces/metropolitan/demand/imports")));
        assertThat(driver.findElement(By.id("saved-mapping")).getText()).contains("dallas-in-browser");
        assertThat(new Select(driver.findElement(By.id("mapping"))).getFirstSelectedOption().getText())
                .isEqualTo("dallas-in-browser (saved by your force)");
        chromium.assertNoSeriousAccessibilityFailures();
        chromium.assertNoConsoleErrors();
    }

    /** The job page reloads itself when the job finishes; this waits for that and returns the state. */
    private String awaitJobFinished() {
        return new WebDriverWait(driver, Duration.ofSeconds(60))
                .ignoring(StaleElementReferenceException.class)
                .until(browser -> {
                    String state = browser.findElement(By.cssSelector("[data-job-id]"))
                            .getDomAttribute("data-job-state");
                    return List.of("succeeded", "failed", "cancelled").contains(state) ? state : null;
                });
    }
}
