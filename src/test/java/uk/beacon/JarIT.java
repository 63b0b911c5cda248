package uk.beacon;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.beacon.testsupport.Browserless;

/**
 * The packaged jar, run the way the README says: {@code java -jar target/beacon.jar --server.port=N}
 * with {@code BEACON_DATA_DIR} and {@code BEACON_DEMO_PASSWORD} set, in its own process.
 */
class JarIT {

    private static final String PASSWORD = "jar-test-password";

    @TempDir
    static Path dataDir;

    private static Process beacon;
    private static Browserless browser;
    private static Path log;

    @BeforeAll
    static void start() throws Exception {
        Path jar = Path.of("target", "beacon.jar");
        assertThat(jar).as("run 'package' first").exists();
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        log = dataDir.resolve("beacon.log");
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar.toString(), "--server.port=" + port,
                // A small synthetic year for the Metropolitan demo keeps this test quick.
                "--beacon.demand.demo-met-incidents=20000")
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("BEACON_DATA_DIR", dataDir.resolve("data").toString());
        builder.environment().put("BEACON_DEMO_PASSWORD", PASSWORD);
        builder.environment().remove("SPRING_PROFILES_ACTIVE");
        beacon = builder.start();
        browser = new Browserless(port);
        try {
            browser.awaitHealthy(Duration.ofSeconds(90), beacon);
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + "\n" + Files.readString(log), e);
        }
    }

    @AfterAll
    static void stop() throws Exception {
        if (beacon != null) {
            beacon.destroy();
            if (!beacon.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                beacon.destroyForcibly();
            }
        }
    }

    @Test
    void servesTheGovukStyledHomePage() throws Exception {
        HttpResponse<String> home = browser.get("/");

        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).contains("govuk-template", "govuk-header", "/webjars/govuk-frontend/dist/govuk/",
                "<h1 class=\"govuk-heading-xl\">Beacon</h1>");
        assertThat(browser.get("/webjars/govuk-frontend/dist/govuk/govuk-frontend.min.css").statusCode())
                .isEqualTo(200);
        assertThat(browser.get("/assets/rebrand/images/favicon.svg").statusCode()).isEqualTo(200);
    }

    @Test
    void printsTheDemoAccountsOnStartWithoutThePassword() throws IOException {
        String output = Files.readString(log);

        assertThat(output).contains("Beacon demo accounts", "analyst.metropolitan", "coordinator.national",
                "supplier.demo", "Password: the value of BEACON_DEMO_PASSWORD").doesNotContain(PASSWORD);
    }

    @Test
    void answersTheApiWithTheDemoPassword() throws Exception {
        assertThat(browser.get("/api/v1/me").statusCode()).isEqualTo(401);
        assertThat(browser.get("/api/v1/me", "analyst.metropolitan", PASSWORD).statusCode()).isEqualTo(200);
        assertThat(browser.get("/api/v1/organisations/city-of-london/members", "analyst.metropolitan", PASSWORD)
                .statusCode()).isEqualTo(403);
        assertThat(browser.get("/api/v1/organisations/metropolitan/members", "analyst.metropolitan", PASSWORD)
                .statusCode()).isEqualTo(200);
    }

    @Test
    void showsGovukErrorPagesWithoutInternals() throws Exception {
        HttpResponse<String> missing = browser.get("/forces/atlantis");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("Page not found", "govuk-header");

        Browserless analyst = new Browserless(browser.get("/").uri().getPort());
        assertThat(analyst.signIn("analyst.metropolitan", PASSWORD)).endsWith("/").doesNotContain("error");
        assertThat(analyst.get("/no-such-page").statusCode()).isEqualTo(404);
        HttpResponse<String> forbidden = analyst.get("/admin/audit");
        assertThat(forbidden.statusCode()).isEqualTo(403);
        assertThat(forbidden.body()).contains("You cannot see this page", "govuk-header")
                .doesNotContain("Exception", "at org.");
    }

    @Test
    void theDemoStartsWithCityOfLondonsRealStreetCrimeFor2021() throws Exception {
        String imports = "";
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            imports = browser.get("/api/v1/forces/city-of-london/demand/imports", "analyst.city-of-london", PASSWORD)
                    .body();
            if (imports.split("\"checksum\"", -1).length - 1 == 6) {
                break;
            }
            Thread.sleep(250);
        }
        assertThat(imports).contains("2021-01-city-of-london-street.csv", "2021-06-city-of-london-street.csv");
        String profile = browser.get("/api/v1/forces/city-of-london/demand/profile?from=2021-01&to=2021-06&by=month",
                "analyst.city-of-london", PASSWORD).body();
        // The six files hold 2,208 rows, one incident each (line counts less their headers).
        assertThat(profile).contains("\"incidents\":2208");
    }

    @Test
    void theDemoStartsWithAGeneratedCadYearForTheMetropolitanPoliceService() throws Exception {
        String profile = "";
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(90);
        while (System.nanoTime() < deadline) {
            profile = browser.get("/api/v1/forces/metropolitan/demand/profile?from=2025-01&to=2025-12&by=priority",
                    "analyst.metropolitan", PASSWORD).body();
            if (profile.contains("\"incidents\":20000")) {
                break;
            }
            Thread.sleep(250);
        }
        assertThat(profile).contains("\"incidents\":20000");
        String hours = browser.get("/api/v1/forces/metropolitan/demand/profile?from=2025-01&to=2025-12&by=hourOfWeek",
                "analyst.metropolitan", PASSWORD).body();
        assertThat(hours).contains("\"key\":\"1 Mon 00:00\"", "\"key\":\"7 Sun 23:00\"");
    }

    @Test
    void reportsHealthAndReadiness() throws Exception {
        assertThat(browser.get("/actuator/health").body()).contains("\"status\":\"UP\"");
        assertThat(browser.get("/actuator/health/readiness").statusCode()).isEqualTo(200);
        assertThat(browser.get("/actuator/health/liveness").statusCode()).isEqualTo(200);
    }
}
