package uk.beacon.portfolio.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.SpringBootTest;
import uk.beacon.platform.Role;
import uk.beacon.platform.SignedInUser;
import uk.beacon.portfolio.domain.initiatives.InitiativeDefinition;
import uk.beacon.portfolio.service.InitiativeService;
import uk.beacon.testsupport.BrowserTest;

/**
 * The portfolio pages in a real browser: the public Green Book calculator, and a planner's
 * initiatives, portfolio optimisation form and funding-regime comparison run as a job. Every page
 * is checked with axe-core and for console errors, among them Content-Security-Policy violations.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:portfolio-browser;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
        "beacon.demo.password=" + PortfolioBrowserIT.DEMO_PASSWORD,
        "beacon.demand.demo-data=false",
        "beacon.data-dir=target/portfolio-browser-it/data-${random.uuid}"})
@DisplayName("The portfolio pages in a browser")
class PortfolioBrowserIT extends BrowserTest {

    @Override
    protected String demoPassword() {
        return DEMO_PASSWORD;
    }

    static final String DEMO_PASSWORD = "portfolio-browser-test-password";

    @Test
    @DisplayName("anyone appraises costs and benefits with the Green Book calculator, without signing in")
    void anyoneUsesTheGreenBookCalculator() {
        pages.open("/portfolio");
        chromium.assertNoSeriousAccessibilityFailures();
        pages.open("/portfolio/appraisal");
        chromium.assertNoSeriousAccessibilityFailures();
        fill("costs", "1000000 200000 200000");
        fill("benefits", "0 600000 600000 600000 600000");
        driver.findElement(By.cssSelector("main form button[type=submit]")).click();
        pages.waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("summary")));
        assertThat(driver.findElement(By.id("years")).findElements(By.cssSelector("tbody tr"))).hasSizeGreaterThan(4);
        chromium.assertNoSeriousAccessibilityFailures();
        chromium.assertNoConsoleErrors();
    }

    @Test
    @DisplayName("a planner opens the force's initiatives, GDP deflator and optimisation form, and compares funding regimes")
    void plannerComparesFundingRegimes() {
        pages.signIn("planner.metropolitan");
        pages.open("/forces/metropolitan/initiatives");
        chromium.assertNoSeriousAccessibilityFailures();
        chromium.assertNoConsoleErrors();
        pages.open("/forces/metropolitan/portfolio/deflator");
        chromium.assertNoSeriousAccessibilityFailures();
        chromium.assertNoConsoleErrors();
        fill("source", "A test series");
        fill("csv", "year,index\n2024-25,x\n");
        driver.findElement(By.cssSelector("main form button[type=submit]")).click();
        pages.waitUntil(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".govuk-error-summary")));
        assertThat(driver.findElement(By.cssSelector(".govuk-error-summary a[href='#csv']")).getText())
                .startsWith("Line 2:");
        chromium.assertNoSeriousAccessibilityFailures();
        // The refused form comes back as 400, which the console reports as a failed load: not an error here.
        assertThat(chromium.console()).extracting(LogEntry::getMessage)
                .noneMatch(message -> message.contains("Content Security Policy"));
        pages.open("/forces/metropolitan/portfolio/optimisation");
        chromium.assertNoSeriousAccessibilityFailures();

        chromium.console();
        pages.open("/portfolio/funding-regimes");
        chromium.assertNoSeriousAccessibilityFailures();
        driver.findElement(By.cssSelector("main form button[type=submit]")).click();
        new WebDriverWait(driver, Duration.ofSeconds(120)).ignoring(StaleElementReferenceException.class)
                .until(ExpectedConditions.presenceOfElementLocated(By.id("figures")));
        WebElement chart = driver.findElement(By.cssSelector("main svg[role=img]"));
        assertThat(chart.getSize().getHeight()).isGreaterThan(20);
        assertThat(driver.findElement(By.id("headline")).getText()).isNotBlank();
        chromium.assertNoSeriousAccessibilityFailures();
        chromium.assertNoConsoleErrors();
    }

    @Autowired
    InitiativeService initiatives;

    @Test
    @DisplayName("a member force's planner accepts a consortium invitation, and the initiative appears")
    void aPlannerAcceptsAConsortiumInvitation() {
        InitiativeDefinition definition = new InitiativeDefinition("Joint firearms licensing", "Licensing",
                List.of("city-of-london"), 2027, 2026, "REAL", List.of(new InitiativeDefinition.Phase("Build", 12)),
                List.of(new InitiativeDefinition.YearFigures(2027, new BigDecimal("300000"), null, null, null, null)),
                null, null, List.of(), List.of(), "EQUIPMENT_AND_DEVELOPMENT", List.of(), "Shared licensing team",
                null, null);
        String id = initiatives.create("metropolitan", SignedInUser.of("planner.metropolitan", "metropolitan",
                Role.PLANNER), definition).id();

        pages.signIn("planner.city-of-london");
        pages.open("/forces/city-of-london/initiatives");
        driver.findElement(By.cssSelector("#invitations a")).click();
        pages.waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("invitation-" + id)));
        chromium.assertNoSeriousAccessibilityFailures();
        driver.findElement(By.cssSelector("#invitation-" + id + " button")).click();
        pages.waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("decided-title")));
        assertThat(driver.findElement(By.cssSelector(".govuk-notification-banner--success")).getText())
                .contains("Joint firearms licensing");
        chromium.assertNoSeriousAccessibilityFailures();
        pages.open("/forces/city-of-london/initiatives/" + id);
        assertThat(driver.findElement(By.id("members")).getText()).contains("city-of-london", "Accepted");
        chromium.assertNoSeriousAccessibilityFailures();
        chromium.assertNoConsoleErrors();
    }

    private void fill(String id, String value) {
        WebElement field = driver.findElement(By.id(id));
        field.clear();
        field.sendKeys(value);
    }
}
