package uk.beacon.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.beacon.testsupport.Browserless;
import uk.beacon.testsupport.RawHttp;
import uk.beacon.testsupport.ServerTest;
import uk.beacon.testsupport.WebTest;

/**
 * Every response carries a Permissions-Policy that turns off the browser features Beacon does not use, and a
 * request refused for its CSRF token says the form has expired, on a page with a way back to the form, or in the
 * API's problem JSON. Over real HTTP, as the error pages are the servlet container's.
 */
@ServerTest
class ResponseHeadersTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @ParameterizedTest
    @ValueSource(strings = {"/", "/sign-in", "/api/v1/forces", "/js/beacon-body.js", "/no-such-page", "/api/v1/me",
            "/forces/city-of-london/demand/imports", "/api/v1/openapi"})
    void everyResponseCarriesAPermissionsPolicy(String path) throws Exception {
        RawHttp.Answer answer = RawHttp.exchange(port, "GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                + "Accept: " + (path.startsWith("/api/") ? "application/json" : "text/html"));

        assertThat(answer.header("Permissions-Policy")).as(path + " answered " + answer.status())
                .contains("camera=()", "microphone=()", "geolocation=()", "payment=()", "usb=()");
    }

    @Test
    void aRefusedBodyCarriesAPermissionsPolicyToo() throws Exception {
        RawHttp.Answer answer = RawHttp.send(port, "POST /sign-in HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 10000000", "a=b".getBytes(),
                64 * 1024, false);

        assertThat(answer.status()).isEqualTo(413);
        assertThat(answer.header("Permissions-Policy")).contains("camera=()");
    }

    @Test
    void aSignInFormThatHasExpiredSaysSoWithAWayBack() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/sign-in"))
                .header("Accept", "text/html").header("Content-Type", "application/x-www-form-urlencoded")
                .header("Referer", "http://127.0.0.1:" + port + "/sign-in")
                .POST(HttpRequest.BodyPublishers.ofString("username=analyst.city-of-london&password=x&_csrf=stale"))
                .build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains("This form has expired", "govuk-header", "href=\"/sign-in\"")
                .doesNotContain("Your account may not do this", "You cannot see this page");
    }

    @Test
    void aSignedInFormThatHasExpiredSaysSoAndLeadsBackToThePageItCameFrom() throws Exception {
        Browserless browser = new Browserless(port);
        browser.signIn("planner.city-of-london", WebTest.PASSWORD);

        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/account/api-tokens"))
                .header("Accept", "text/html").header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", browser.cookieHeader())
                .header("Referer", "http://evil.example/account/api-tokens?from=menu")
                .POST(HttpRequest.BodyPublishers.ofString("name=laptop&_csrf=stale")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains("This form has expired", "href=\"/account/api-tokens?from=menu\"")
                .doesNotContain("evil.example", "Your account may not do this");
    }

    @Test
    void anApiCallFromAPageWithoutItsCsrfTokenSaysTheFormHasExpiredInProblemJson() throws Exception {
        Browserless browser = new Browserless(port);
        browser.signIn("planner.city-of-london", WebTest.PASSWORD);

        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/api/v1/me/api-tokens"))
                .header("Content-Type", "application/json").header("Cookie", browser.cookieHeader())
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"laptop\"}", StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(response.body()).contains("This form has expired").doesNotContain("Your account may not do this");
    }

    @Test
    void aPageRefusedForTheAccountsRolesStillSaysSo() throws Exception {
        Browserless browser = new Browserless(port);
        browser.signIn("analyst.city-of-london", WebTest.PASSWORD);

        HttpResponse<String> response = browser.get("/admin/audit");

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains("You cannot see this page").doesNotContain("This form has expired");
    }

    @Test
    void aSignedInFormWithItsTokenStillWorks() throws Exception {
        Browserless browser = new Browserless(port);
        browser.signIn("planner.city-of-london", WebTest.PASSWORD);
        String page = browser.get("/account/api-tokens").body();
        Matcher token = CSRF.matcher(page);
        assertThat(token.find()).isTrue();

        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/account/api-tokens"))
                .header("Accept", "text/html").header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", browser.cookieHeader())
                .POST(HttpRequest.BodyPublishers.ofString("name=laptop&_csrf=" + token.group(1))).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isNotEqualTo(403);
    }
}
