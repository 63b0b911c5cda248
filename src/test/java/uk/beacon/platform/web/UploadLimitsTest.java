package uk.beacon.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.beacon.testsupport.Browserless;
import uk.beacon.testsupport.RawHttp;
import uk.beacon.testsupport.ServerTest;
import uk.beacon.testsupport.WebTest;

/**
 * Bodies are refused before they are read: a large body anywhere but an import is refused at once (413), one of
 * unknown length where a length is needed likewise (411), and a large upload to an import is refused before it is
 * read when the caller may not send it there (no sign-in, another force, no CSRF token). Over real HTTP, as the
 * server's own reading of the body is what is tested: each refusal must come while the client has sent only a
 * small part of a 300 MB body.
 */
@ServerTest
class UploadLimitsTest {

    private static final long DECLARED = 300L * 1024 * 1024;
    private static final long SEND_AT_MOST = 96L * 1024 * 1024;
    /** Far less than the body, and more than the kernel's socket buffers can hold between client and server. */
    private static final long READ_BEFORE_ANSWER_AT_MOST = 24L * 1024 * 1024;
    private static final String BOUNDARY = "beacon-test-boundary";
    private static final byte[] MULTIPART_START = ("--" + BOUNDARY + "\r\n"
            + "Content-Disposition: form-data; name=\"file\"; filename=\"big.csv\"\r\n"
            + "Content-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8);

    @LocalServerPort
    int port;

    @Test
    void aLargeAnonymousUploadToSignInIsRefusedBeforeItIsRead() throws Exception {
        RawHttp.Answer answer = upload("POST /sign-in", "");

        assertThat(answer.status()).isEqualTo(413);
        assertThat(answer.body()).contains("What you sent is too large");
        assertThat(answer.bodyBytesSentBeforeAnswer()).isLessThan(READ_BEFORE_ANSWER_AT_MOST);
    }

    @Test
    void aLargeAnonymousProblemReportIsRefusedBeforeItIsRead() throws Exception {
        RawHttp.Answer answer = upload("POST /register/any-technology/problems", "");

        assertThat(answer.status()).isEqualTo(413);
        assertThat(answer.bodyBytesSentBeforeAnswer()).isLessThan(READ_BEFORE_ANSWER_AT_MOST);
    }

    @Test
    void aLargeApiBodyThatIsNotAnImportIsRefusedAsProblemJson() throws Exception {
        RawHttp.Answer answer = RawHttp.send(port, "POST /api/v1/appraisal HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                + "Content-Type: application/json\r\nContent-Length: " + DECLARED, "{".getBytes(), SEND_AT_MOST, false);

        assertThat(answer.status()).isEqualTo(413);
        assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
        assertThat(answer.bodyBytesSentBeforeAnswer()).isLessThan(READ_BEFORE_ANSWER_AT_MOST);
    }

    @Test
    void aBodyOfUnknownLengthIsRefusedWhereALengthIsNeeded() throws Exception {
        RawHttp.Answer answer = RawHttp.send(port, "POST /sign-in HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                + "Content-Type: application/x-www-form-urlencoded\r\nTransfer-Encoding: chunked",
                "username=a&password=b".getBytes(), SEND_AT_MOST, true);

        assertThat(answer.status()).isEqualTo(411);
        assertThat(answer.bodyBytesSentBeforeAnswer()).isLessThan(READ_BEFORE_ANSWER_AT_MOST);
    }

    @Test
    void anAnonymousUploadToAnImportIsRefusedBeforeItIsRead() throws Exception {
        RawHttp.Answer answer = upload("POST /api/v1/forces/city-of-london/demand/imports?format=police-uk-street", "");

        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.bodyBytesSentBeforeAnswer()).isLessThan(READ_BEFORE_ANSWER_AT_MOST);
    }

    @Test
    void anotherForcesAnalystsUploadToAnImportIsRefusedBeforeItIsRead() throws Exception {
        RawHttp.Answer answer = upload("POST /api/v1/forces/city-of-london/demand/imports?format=police-uk-street",
                "Authorization: Basic " + basic("analyst.metropolitan") + "\r\n");

        assertThat(answer.status()).isEqualTo(403);
        assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
        assertThat(answer.bodyBytesSentBeforeAnswer()).isLessThan(READ_BEFORE_ANSWER_AT_MOST);
    }

    @Test
    void anotherForcesAnalystsUploadSentAsTheBodyIsRefusedBeforeItIsRead() throws Exception {
        RawHttp.Answer answer = RawHttp.send(port,
                "POST /api/v1/forces/city-of-london/demand/imports?format=police-uk-street HTTP/1.1\r\n"
                        + "Host: 127.0.0.1\r\nAuthorization: Basic " + basic("analyst.metropolitan") + "\r\n"
                        + "Content-Type: text/csv\r\nContent-Length: " + DECLARED,
                "Crime ID,Month\r\n".getBytes(), SEND_AT_MOST, false);

        assertThat(answer.status()).isEqualTo(403);
        assertThat(answer.bodyBytesSentBeforeAnswer()).isLessThan(READ_BEFORE_ANSWER_AT_MOST);
    }

    @Test
    void anotherForcesAnalystsUploadOnTheImportPageIsRefusedBeforeItIsRead() throws Exception {
        Browserless browser = new Browserless(port);
        browser.signIn("analyst.metropolitan", WebTest.PASSWORD);
        String token = browser.csrfToken("/forces/metropolitan/demand/imports");

        RawHttp.Answer answer = upload("POST /forces/city-of-london/demand/imports?_csrf=" + token,
                "Cookie: " + browser.cookieHeader() + "\r\n");

        assertThat(answer.status()).isEqualTo(403);
        assertThat(answer.body()).doesNotContain("This form has expired");
        assertThat(answer.bodyBytesSentBeforeAnswer()).isLessThan(READ_BEFORE_ANSWER_AT_MOST);
    }

    @Test
    void anUploadOnTheImportPageWithoutItsCsrfTokenIsRefusedBeforeItIsRead() throws Exception {
        Browserless browser = new Browserless(port);
        browser.signIn("analyst.city-of-london", WebTest.PASSWORD);

        RawHttp.Answer answer = upload("POST /forces/city-of-london/demand/imports",
                "Cookie: " + browser.cookieHeader() + "\r\n");

        assertThat(answer.status()).isEqualTo(403);
        assertThat(answer.bodyBytesSentBeforeAnswer()).isLessThan(READ_BEFORE_ANSWER_AT_MOST);
    }

    @Test
    void theForcesOwnAnalystMayStillUploadMoreThanTheSmallLimitToAnImport() throws Exception {
        byte[] csv = streetCsvOfAtLeast(3 * 1024 * 1024);
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                        "http://127.0.0.1:" + port + "/api/v1/forces/city-of-london/demand/imports?format=police-uk-street"))
                .header("Authorization", "Basic " + basic("analyst.city-of-london"))
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .POST(HttpRequest.BodyPublishers.ofByteArray(multipart(csv))).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        String job = response.headers().firstValue("Location").orElseThrow();
        awaitJob(job);
    }

    @Test
    void theForcesOwnAnalystMayUploadOnTheImportPageWithTheCsrfTokenInItsAddress() throws Exception {
        Browserless browser = new Browserless(port);
        browser.signIn("analyst.city-of-london", WebTest.PASSWORD);
        String page = browser.get("/forces/city-of-london/demand/imports").body();
        assertThat(page).containsPattern("action=\"/forces/city-of-london/demand/imports\\?_csrf=[^\"]+\"");
        String token = browser.csrfToken("/forces/city-of-london/demand/imports");
        byte[] csv = streetCsvOfAtLeast(1);
        byte[] body = multipartWithFormat(csv);

        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                        "http://127.0.0.1:" + port + "/forces/city-of-london/demand/imports?_csrf=" + token))
                .header("Cookie", browser.cookieHeader())
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).as(response.body()).isBetween(300, 399);
        assertThat(response.headers().firstValue("Location").orElseThrow()).contains("/jobs/");
        awaitJob(response.headers().firstValue("Location").orElseThrow().replaceFirst(".*/jobs/", "/api/v1/jobs/"));
    }

    @Test
    void everyMultipartFormCarriesItsCsrfTokenInItsAddress() throws IOException {
        java.util.regex.Pattern form = java.util.regex.Pattern.compile("<form[^>]*multipart/form-data[^>]*>");
        List<Path> templates;
        try (var files = Files.walk(Path.of("src/main/resources/templates"))) {
            templates = files.filter(file -> file.toString().endsWith(".html")).toList();
        }
        int forms = 0;
        for (Path template : templates) {
            var found = form.matcher(Files.readString(template));
            while (found.find()) {
                forms++;
                assertThat(found.group()).as(template.toString()).contains("_csrf=${_csrf.token}");
            }
        }
        assertThat(forms).isGreaterThanOrEqualTo(4);
    }

    private RawHttp.Answer upload(String requestLine, String extraHeaders) throws IOException, InterruptedException {
        return RawHttp.send(port, requestLine + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/html\r\n" + extraHeaders
                        + "Content-Type: multipart/form-data; boundary=" + BOUNDARY + "\r\nContent-Length: " + DECLARED,
                MULTIPART_START, SEND_AT_MOST, false);
    }

    private void awaitJob(String location) throws Exception {
        String path = URI.create(location).getPath();
        for (int i = 0; i < 600; i++) {
            String body = new Browserless(port).get(path, "analyst.city-of-london", WebTest.PASSWORD).body();
            if (!body.contains("\"running\"") && !body.contains("\"queued\"")) {
                return;
            }
            Thread.sleep(100);
        }
    }

    private static String basic(String username) {
        return Base64.getEncoder().encodeToString((username + ":" + WebTest.PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] multipart(byte[] file) {
        return concat(MULTIPART_START, file, ("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] multipartWithFormat(byte[] file) {
        byte[] format = ("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"format\"\r\n\r\n"
                + "police-uk-street\r\n").getBytes(StandardCharsets.UTF_8);
        return concat(format, multipart(file));
    }

    private static byte[] concat(byte[]... parts) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    /** City of London's June 2021 street crime, its rows repeated until the file is at least the size. */
    private static byte[] streetCsvOfAtLeast(int size) throws IOException {
        String file;
        try (InputStream in = UploadLimitsTest.class.getResourceAsStream(
                "/demo/police-uk/city-of-london/2021-06-city-of-london-street.csv")) {
            file = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String header = file.substring(0, file.indexOf('\n') + 1);
        String rows = file.substring(header.length());
        StringBuilder csv = new StringBuilder(header);
        do {
            csv.append(rows);
        } while (csv.length() < size);
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }
}
