package uk.beacon.capacity.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import uk.beacon.testsupport.BrowserTest;

/**
 * The capacity pages in a real browser: the public calculator without signing in, and a planner's
 * staffing heatmap (worked out from the demo demand data) and simulation. Every page is checked with
 * axe-core and for console errors, among them Content-Security-Policy violations by the charts.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:capacity-browser;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
        "beacon.demo.password=" + CapacityBrowserIT.DEMO_PASSWORD,
        // The demo's demand data gives the Metropolitan force a workload; a small generated year is enough.
        "beacon.demand.demo-data=true",
        "beacon.demand.demo-met-incidents=20000",
        "beacon.data-dir=target/capacity-browser-it/data-${random.uuid}"})
@DisplayName("The capacity pages in a browser")
class CapacityBrowserIT extends BrowserTest {

    @Override
    protected String demoPassword() {
        return DEMO_PASSWORD;
    }

    static final String DEMO_PASSWORD = "capacity-browser-test-password";

    @Test
    @DisplayName("anyone works out the call handlers a queue needs with the public calculator, without signing in")
    void anyoneUsesTheCalculator() {
        pages.open("/capacity/calculator");
        chromium.assertNoSeriousAccessibilityFailures();
        fill("callsPerInterval", "100");
        fill("intervalSeconds", "1800");
        fill("handlingSeconds", "180");
        fill("targetSeconds", "20");
        fill("serviceLevelTarget", "0.8");
        fill("agents", "");
        driver.findElement(By.cssSelector("main form button[type=submit]")).click();
        pages.waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("fewest")));
        assertThat(driver.findElement(By.id("fewest")).getText()).isEqualTo("14 call handlers");
        assertThat(driver.findElement(By.id("around")).getText()).contains("13", "14", "79.56%", "88.84%");
        chromium.assertNoSeriousAccessibilityFailures();
        chromium.assertNoConsoleErrors();

        chromium.console(); // the re-shown form's 400 is logged as a failed load; nothing else may be
        fill("callsPerInterval", "many");
        driver.findElement(By.cssSelector("main form button[type=submit]")).click();
        pages.waitUntil(ExpectedConditions.titleContains("Error:"));
        assertThat(driver.findElement(By.cssSelector(".govuk-error-summary__list a")).getDomAttribute("href"))
                .isEqualTo("#callsPerInterval");
        chromium.assertNoSeriousAccessibilityFailures();
    }

    @Test
    @DisplayName("a planner reads the staffing heatmap from the force's demand and runs a simulation as a job")
    void plannerReadsStaffingAndRunsASimulation() {
        pages.signIn("planner.metropolitan");
        driver.findElement(By.cssSelector(".govuk-service-navigation__list")).findElement(By.linkText("Capacity"))
                .click();
        pages.waitUntil(ExpectedConditions.urlToBe(pages.url("/forces/metropolitan/capacity")));
        chromium.assertNoSeriousAccessibilityFailures();
        chromium.assertNoConsoleErrors();

        // The generated demo year is loaded in the background; the staffing page waits for none of it,
        // so it is opened again until the workload has incidents.
        new WebDriverWait(driver, Duration.ofSeconds(120)).pollingEvery(Duration.ofSeconds(2)).until(browser -> {
            pages.open("/forces/metropolitan/capacity/staffing");
            return browser.findElements(By.id("no-work")).isEmpty()
                    && !browser.findElements(By.id("response-grid")).isEmpty();
        });
        WebElement grid = driver.findElement(By.id("response-grid"));
        assertThat(grid.findElements(By.cssSelector("tbody tr"))).hasSize(7);
        assertThat(driver.findElements(By.cssSelector("main svg[role=img]"))).isNotEmpty()
                .allSatisfy(chart -> assertThat(chart.getSize().getHeight()).isGreaterThan(20));
        chromium.assertNoSeriousAccessibilityFailures();
        chromium.assertNoConsoleErrors();

        pages.open("/forces/metropolitan/capacity/simulations");
        chromium.assertNoSeriousAccessibilityFailures();
        driver.findElement(By.cssSelector("main form button[type=submit]")).click();
        pages.waitUntil(ExpectedConditions.urlMatches("/capacity/simulations/[0-9a-f-]{36}$"));
        // The page follows the job and shows the results when it has finished.
        new WebDriverWait(driver, Duration.ofSeconds(120)).ignoring(StaleElementReferenceException.class)
                .until(ExpectedConditions.presenceOfElementLocated(By.id("figures")));
        assertThat(driver.findElement(By.id("priorities")).getText()).contains("Priority");
        List<WebElement> charts = driver.findElements(By.cssSelector("main svg[role=img]"));
        assertThat(charts).hasSizeGreaterThanOrEqualTo(2);
        chromium.assertNoSeriousAccessibilityFailures();
        chromium.assertNoConsoleErrors();
    }

    @Test
    @DisplayName("a planner designs a weekly shift plan and reads its coverage chart and table")
    void plannerDesignsAShiftPlan() {
        pages.signIn("planner.city-of-london");
        pages.open("/forces/city-of-london/capacity/shift-plans");
        chromium.assertNoSeriousAccessibilityFailures();
        // Four on duty at night and eight by day, every day: 7 lines of 24.
        String day = "4 4 4 4 4 4 4 8 8 8 8 8 8 8 8 8 8 8 8 8 8 8 4 4";
        fill("name", "Browser plan");
        fill("requirement", String.join("\n", java.util.Collections.nCopies(7, day)));
        fill("shiftLengthsHours", "8, 10, 12");
        fill("startHours", "");
        fill("minimumPerShift", "1");
        fill("briefingOverlapHours", "0");
        driver.findElement(By.cssSelector("main form button[type=submit]")).click();
        pages.waitUntil(ExpectedConditions.urlMatches("/capacity/shift-plans/[0-9a-f-]{36}$"));
        new WebDriverWait(driver, Duration.ofSeconds(120)).ignoring(StaleElementReferenceException.class)
                .until(ExpectedConditions.presenceOfElementLocated(By.id("paid-hours")));
        // 7 × (7 × 4 + 15 × 8 + 2 × 4) = 7 × 156 person-hours are needed; the plan pays at least that.
        long paid = Long.parseLong(driver.findElement(By.id("paid-hours")).getText().replace(",", ""));
        assertThat(paid).isGreaterThanOrEqualTo(7 * 156);
        assertThat(driver.findElement(By.id("coverage-chart")).getSize().getHeight()).isGreaterThan(20);
        assertThat(driver.findElements(By.cssSelector("#coverage tbody tr"))).hasSize(168);
        chromium.assertNoSeriousAccessibilityFailures();
        chromium.assertNoConsoleErrors();
    }

    private void fill(String id, String value) {
        WebElement field = driver.findElement(By.id(id));
        field.clear();
        field.sendKeys(value);
    }
}
