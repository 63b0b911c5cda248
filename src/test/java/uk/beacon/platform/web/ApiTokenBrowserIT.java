package uk.beacon.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import uk.beacon.testsupport.BrowserTest;

/** The API tokens page in a real browser: make a token, use it over HTTP, revoke it; checked with axe-core. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:tokens-browser;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
        "beacon.demo.password=" + ApiTokenBrowserIT.DEMO_PASSWORD,
        "beacon.demand.demo-data=false",
        "beacon.data-dir=target/tokens-browser-it/data-${random.uuid}"})
@DisplayName("The API tokens page in a browser")
class ApiTokenBrowserIT extends BrowserTest {

    static final String DEMO_PASSWORD = "tokens-browser-test-password";

    @Override
    protected String demoPassword() {
        return DEMO_PASSWORD;
    }

    private int me(String token) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(pages.url("/api/v1/me")))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    @Test
    @DisplayName("an analyst makes a token from Your organisation, uses it for the API and revokes it")
    void anAnalystMakesUsesAndRevokesAToken() throws Exception {
        pages.signIn("analyst.city-of-london");
        pages.open("/organisation");
        driver.findElement(By.id("api-tokens")).click();
        pages.waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("none")));
        chromium.assertNoSeriousAccessibilityFailures();

        driver.findElement(By.cssSelector("main form button[type=submit]")).click();
        pages.waitUntil(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".govuk-error-summary a[href='#name']")));
        chromium.assertNoSeriousAccessibilityFailures();

        driver.findElement(By.id("name")).sendKeys("Browser test");
        driver.findElement(By.cssSelector("label[for='expiresInDays-none']")).click();
        driver.findElement(By.cssSelector("main form[action='/account/api-tokens'] button[type=submit]")).click();
        pages.waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("new-token")));
        String token = driver.findElement(By.cssSelector("#new-token code")).getText();
        assertThat(token).matches("bcn_[0-9a-f]{16}_[A-Za-z0-9_-]{43}");
        assertThat(driver.findElement(By.id("tokens")).getText()).contains("Browser test", "No expiry");
        chromium.assertNoSeriousAccessibilityFailures();
        assertThat(me(token)).isEqualTo(200);

        driver.findElement(By.cssSelector("#tokens button")).click();
        pages.waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("revoked-title")));
        assertThat(driver.findElements(By.id("new-token"))).isEmpty();
        chromium.assertNoSeriousAccessibilityFailures();
        chromium.assertNoConsoleErrors();
        assertThat(me(token)).isEqualTo(401);
    }
}
