package uk.beacon.governance.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import uk.beacon.governance.service.Technology;
import uk.beacon.governance.service.TechnologyService;
import uk.beacon.governance.service.TechnologyWorkflow;
import uk.beacon.governance.domain.TechnologyRecord;
import uk.beacon.governance.domain.dpia.DpiaExamples;
import uk.beacon.governance.domain.ethics.EthicsExamples;
import uk.beacon.platform.Role;
import uk.beacon.platform.SignedInUser;
import uk.beacon.testsupport.BrowserTest;

/**
 * The governance pages in a real browser: the public register (list, search, a record, the problem form)
 * without signing in, and a force's record pages for its planner. Every page is checked with axe-core and
 * for console errors, among them Content-Security-Policy violations.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:governance-browser;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
        "beacon.demo.password=" + GovernanceBrowserIT.DEMO_PASSWORD,
        "beacon.demand.demo-data=false",
        "beacon.data-dir=target/governance-browser-it/data-${random.uuid}"})
@DisplayName("The governance pages in a browser")
class GovernanceBrowserIT extends BrowserTest {

    @Override
    protected String demoPassword() {
        return DEMO_PASSWORD;
    }

    static final String DEMO_PASSWORD = "governance-browser-test-password";

    private static String publishedId;

    @Autowired
    private TechnologyService technologies;

    @Autowired
    private TechnologyWorkflow workflow;

    /** Each test starts signed out; one published record of the City of London exists for them to find. */
    @BeforeEach
    void signOutAndPublish() {
        if (publishedId == null) {
            String force = "city-of-london";
            SignedInUser planner = SignedInUser.of("planner." + force, force, Role.PLANNER);
            Technology created = technologies.create(force, planner, new TechnologyRecord("Riverside drone patrol",
                    "A drone that films the riverside during large events.", "To find people in the water quickly",
                    "drones@example.police.uk", "https://example.police.uk/drones",
                    new TechnologyRecord.Owner("Marine unit", "Superintendent, Operations", List.of(
                            new TechnologyRecord.Supplier("Skyward Ltd", "01234567", "Drones and pilots training",
                                    "Framework agreement", "No access to footage"))),
                    new TechnologyRecord.Rationale("Faster searches", "Boats only", "Helicopter support"),
                    new TechnologyRecord.DecisionMaking("Video to the control room", "An officer decides",
                            "Pilot licence", "Complaints process"),
                    new TechnologyRecord.Specification("Drone and ground station", null, "Camera", "Faces",
                            "None", "31 days"),
                    new TechnologyRecord.Risks("Collateral intrusion", "Flights only during events", "DPIA 2026"),
                    "biometrics-surveillance", "pilot",
                    List.of(new TechnologyRecord.LegalBasis("Data Protection Act 2018 Part 3",
                            "https://www.legislation.gov.uk/ukpga/2018/12/part/3")),
                    List.of("PUBLIC_ORDER"), "drones"));
            technologies.saveDpia(created.id(), planner, DpiaExamples.complete());
            technologies.saveEthicsReview(created.id(), planner, EthicsExamples.complete());
            workflow.transition(created.id(), planner, "submit", null);
            workflow.transition(created.id(), SignedInUser.of("reviewer." + force, force, Role.REVIEWER),
                    "start-review", null);
            SignedInUser approver = SignedInUser.of("approver." + force, force, Role.APPROVER);
            workflow.transition(created.id(), approver, "approve", "Fly only during events");
            workflow.transition(created.id(), planner, "publish", null);
            publishedId = created.id();
        }
    }

    @Test
    @DisplayName("anyone searches the register, opens a record with its history and reports a problem")
    void anyoneUsesTheRegister() {
        pages.open("/register");
        chromium.assertNoSeriousAccessibilityFailures();
        chromium.assertNoConsoleErrors();
        fill("q", "riverside");
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("category")))
                .selectByValue("biometrics-surveillance");
        driver.findElement(By.id("apply")).click();
        pages.waitUntil(ExpectedConditions.urlContains("q=riverside"));
        assertThat(driver.findElement(By.id("result-count")).getText()).isEqualTo("1 record");
        chromium.assertNoSeriousAccessibilityFailures();

        driver.findElement(By.linkText("Riverside drone patrol")).click();
        pages.waitUntil(ExpectedConditions.urlToBe(pages.url("/register/" + publishedId)));
        assertThat(driver.findElement(By.id("record-name")).getText()).isEqualTo("Riverside drone patrol");
        assertThat(driver.findElements(By.cssSelector("#history tbody tr"))).hasSize(1);
        assertThat(driver.findElements(By.cssSelector("section[aria-labelledby=dpia-heading] svg"))).hasSize(1);
        assertThat(driver.findElement(By.id("ethics-heading")).getText()).isEqualTo("Ethics review");
        chromium.assertNoSeriousAccessibilityFailures();
        chromium.assertNoConsoleErrors();

        chromium.console(); // the re-shown form's 400 is logged as a failed load; nothing else may be
        driver.findElement(By.cssSelector("form[action$='/problems'] button[type=submit]")).click();
        pages.waitUntil(ExpectedConditions.titleContains("Error:"));
        assertThat(driver.findElement(By.cssSelector(".govuk-error-summary__list a")).getDomAttribute("href"))
                .isEqualTo("#message");
        chromium.assertNoSeriousAccessibilityFailures();

        fill("message", "The supplier's name is spelt wrongly.");
        driver.findElement(By.cssSelector("form[action$='/problems'] button[type=submit]")).click();
        pages.waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("reported-title")));
        chromium.assertNoSeriousAccessibilityFailures();
    }

    @Test
    @DisplayName("a planner reads the force's records, a record with its trail, and the editor")
    void plannerReadsTheForcesRecords() {
        pages.signIn("planner.city-of-london");
        driver.findElement(By.cssSelector(".govuk-service-navigation__list")).findElement(By.linkText("Governance"))
                .click();
        pages.waitUntil(ExpectedConditions.urlToBe(pages.url("/forces/city-of-london/governance")));
        chromium.assertNoSeriousAccessibilityFailures();
        chromium.assertNoConsoleErrors();

        driver.findElement(By.linkText("Riverside drone patrol")).click();
        pages.waitUntil(ExpectedConditions.urlToBe(pages.url("/governance/technologies/" + publishedId)));
        assertThat(driver.findElement(By.id("trail-status")).getText()).contains("Verified");
        assertThat(driver.findElements(By.cssSelector("#trail tbody tr"))).hasSize(7);
        assertThat(driver.findElement(By.id("dpia-highest-residual-risk")).getText()).isEqualTo("4");
        assertThat(driver.findElements(By.cssSelector("section[aria-labelledby=dpia-heading] svg"))).hasSize(1);
        assertThat(driver.findElement(By.id("technology-type-link")).getDomAttribute("href"))
                .isEqualTo("/horizon/types/drones");
        chromium.assertNoSeriousAccessibilityFailures();
        chromium.assertNoConsoleErrors();

        driver.findElement(By.id("edit-dpia")).click();
        pages.waitUntil(ExpectedConditions.urlToBe(pages.url("/governance/technologies/" + publishedId + "/dpia")));
        assertThat(driver.findElement(By.id("context.controller")).getDomProperty("value"))
                .isEqualTo("Chief Constable of City of London Police");
        chromium.assertNoSeriousAccessibilityFailures();
        chromium.assertNoConsoleErrors();

        pages.open("/governance/technologies/" + publishedId + "/ethics-review");
        chromium.assertNoSeriousAccessibilityFailures();
        chromium.assertNoConsoleErrors();
        pages.open("/governance/technologies/" + publishedId);

        driver.findElement(By.id("edit")).click();
        pages.waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("new-version-note")));
        chromium.assertNoSeriousAccessibilityFailures();
        chromium.assertNoConsoleErrors();

        pages.open("/forces/city-of-london/governance/reports");
        chromium.assertNoSeriousAccessibilityFailures();
    }

    private void fill(String id, String value) {
        WebElement field = driver.findElement(By.id(id));
        field.clear();
        field.sendKeys(value);
    }
}
