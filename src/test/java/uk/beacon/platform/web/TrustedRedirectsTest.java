package uk.beacon.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.beacon.testsupport.RawHttp;
import uk.beacon.testsupport.ServerTest;
import uk.beacon.testsupport.WebTest;

/**
 * Beacon never sends anyone to the host a request names: redirects are relative, forwarded headers are ignored
 * unless BEACON_FORWARD_HEADERS says otherwise, and the API description names no host it was told. Over real HTTP
 * with {@code Host: evil.example}, as a browser behind a careless proxy or a poisoned cache would send it.
 */
@ServerTest
class TrustedRedirectsTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern SESSION = Pattern.compile("JSESSIONID=([^;]+)");

    @LocalServerPort
    int port;

    @Test
    void aPrivatePageSendsAnAnonymousVisitorToSignInOnBeaconItself() throws Exception {
        RawHttp.Answer answer = RawHttp.exchange(port, "GET /forces/city-of-london/demand/imports HTTP/1.1\r\n"
                + "Host: evil.example\r\nAccept: text/html");

        assertThat(answer.status()).isEqualTo(302);
        assertThat(answer.header("Location")).isEqualTo("/sign-in");
    }

    @Test
    void forwardedHostAndProtocolAreIgnoredByDefault() throws Exception {
        RawHttp.Answer answer = RawHttp.exchange(port, "GET /forces/city-of-london/demand/imports HTTP/1.1\r\n"
                + "Host: 127.0.0.1\r\nX-Forwarded-Host: evil.example\r\nX-Forwarded-Proto: https\r\n"
                + "X-Forwarded-Port: 8443\r\nForwarded: host=evil.example;proto=https\r\nAccept: text/html");

        assertThat(answer.status()).isEqualTo(302);
        assertThat(answer.header("Location")).isEqualTo("/sign-in");
    }

    @Test
    void signingInAfterAskingForAPrivatePageReturnsToItOnBeaconItself() throws Exception {
        RawHttp.Answer asked = RawHttp.exchange(port, "GET /forces/city-of-london/demand/imports HTTP/1.1\r\n"
                + "Host: evil.example\r\nAccept: text/html");
        String session = cookie(asked);
        RawHttp.Answer signInPage = RawHttp.exchange(port, "GET /sign-in HTTP/1.1\r\nHost: evil.example\r\n"
                + "Accept: text/html\r\nCookie: JSESSIONID=" + session);
        Matcher token = CSRF.matcher(signInPage.body());
        assertThat(token.find()).as(signInPage.body()).isTrue();

        RawHttp.Answer signedIn = RawHttp.exchange(port, "POST /sign-in HTTP/1.1\r\nHost: evil.example\r\n"
                        + "Accept: text/html\r\nCookie: JSESSIONID=" + session + "\r\n"
                        + "Content-Type: application/x-www-form-urlencoded",
                "username=analyst.city-of-london&password=" + URLEncoder.encode(WebTest.PASSWORD, StandardCharsets.UTF_8)
                        + "&_csrf=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8));

        assertThat(signedIn.status()).isEqualTo(302);
        assertThat(signedIn.header("Location")).startsWith("/forces/city-of-london/demand/imports")
                .doesNotContain("evil.example");

        String signedInSession = cookie(signedIn);
        Matcher signOutToken = CSRF.matcher(RawHttp.exchange(port, "GET /account/api-tokens HTTP/1.1\r\n"
                + "Host: evil.example\r\nAccept: text/html\r\nCookie: JSESSIONID=" + signedInSession).body());
        assertThat(signOutToken.find()).isTrue();
        RawHttp.Answer signedOut = RawHttp.exchange(port, "POST /sign-out HTTP/1.1\r\nHost: evil.example\r\n"
                        + "Accept: text/html\r\nCookie: JSESSIONID=" + signedInSession + "\r\n"
                        + "Content-Type: application/x-www-form-urlencoded",
                "_csrf=" + URLEncoder.encode(signOutToken.group(1), StandardCharsets.UTF_8));
        assertThat(signedOut.status()).isEqualTo(302);
        assertThat(signedOut.header("Location")).isEqualTo("/?signed-out");
    }

    @Test
    void theApiDescriptionNamesNoHostItWasTold() throws Exception {
        RawHttp.Answer answer = RawHttp.exchange(port, "GET /api/v1/openapi HTTP/1.1\r\nHost: evil.example\r\n"
                + "X-Forwarded-Host: evil.example\r\nAccept: application/json");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body()).contains("\"servers\"").doesNotContain("evil.example");
    }

    private static String cookie(RawHttp.Answer answer) {
        Matcher session = SESSION.matcher(String.valueOf(answer.header("Set-Cookie")));
        assertThat(session.find()).as("a session cookie in " + answer.headers()).isTrue();
        return session.group(1);
    }
}
