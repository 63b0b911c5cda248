package uk.beacon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import uk.beacon.platform.Role;
import uk.beacon.platform.SignedInUser;
import uk.beacon.testsupport.Html;
import uk.beacon.testsupport.Requests;
import uk.beacon.testsupport.WebTest;

/**
 * Synthetic data says so wherever it is shown: the demo's Metropolitan CAD year is made by Beacon's generator and
 * imported as synthetic; City of London Police's street crime is data.police.uk's own files. The demo loads both,
 * as on a fresh start (with a small Metropolitan year).
 */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:synthetic;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;"
                + "DB_CLOSE_DELAY=-1",
        "beacon.demo.password=" + WebTest.PASSWORD,
        "beacon.data-dir=target/test-data/synthetic-${random.uuid}",
        "beacon.demand.demo-data=true",
        "beacon.demand.demo-met-incidents=3000"
})
@AutoConfigureMockMvc
class SyntheticDataTest {

    private static final String NOTICE = "Synthetic data: made by Beacon's generator for the demo, not a force's "
            + "records.";

    @Autowired
    MockMvc mvc;

    private static RequestPostProcessor member(String force, Role role) {
        RequestPostProcessor user = user(SignedInUser.of(role.name().toLowerCase() + "." + force, force, role));
        return request -> csrf().postProcessRequest(user.postProcessRequest(request));
    }

    private String body(String path, RequestPostProcessor as) throws Exception {
        return mvc.perform(get(path).with(as)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    /** The synthetic-data notice's text, as a browser shows it. */
    private static String notice(String page) {
        return Html.text(page, "synthetic-data", "div").replace("&#39;", "'");
    }

    /** Waits for the demo's imports of both forces, which start once Beacon is ready. */
    @BeforeEach
    void demoDataIsImported() throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
        for (String force : List.of("metropolitan", "city-of-london")) {
            while (JsonPath.<List<Object>>read(body("/api/v1/forces/" + force + "/demand/imports",
                    Requests.as("analyst." + force)), "$").isEmpty()) {
                assertThat(Instant.now()).as("the demo's import for " + force).isBefore(deadline);
                Thread.sleep(200);
            }
        }
    }

    @Test
    @DisplayName("The Metropolitan demand profile says its data is synthetic, on the page and in the API")
    void theMetropolitanProfileSaysItIsSynthetic() throws Exception {
        String page = body("/forces/metropolitan/demand", member("metropolitan", Role.ANALYST));
        assertThat(notice(page)).isEqualTo(NOTICE);

        RequestPostProcessor analyst = Requests.as("analyst.metropolitan");
        String profile = body("/api/v1/forces/metropolitan/demand/profile?from=2025-01&to=2025-12", analyst);
        assertThat(JsonPath.<Boolean>read(profile, "$.synthetic")).isTrue();
        assertThat(JsonPath.<Integer>read(profile, "$.totals.incidents")).isPositive();
        String compare = body("/api/v1/forces/metropolitan/demand/compare?from=2025-01&to=2025-12", analyst);
        assertThat(JsonPath.<Boolean>read(compare, "$.synthetic")).isTrue();
        String imports = body("/api/v1/forces/metropolitan/demand/imports", analyst);
        assertThat(JsonPath.<List<Boolean>>read(imports, "$[*].synthetic")).containsExactly(true);
        // Months with no synthetic incidents are not synthetic.
        String before = body("/api/v1/forces/metropolitan/demand/profile?from=2020-01&to=2020-12", analyst);
        assertThat(JsonPath.<Boolean>read(before, "$.synthetic")).isFalse();
    }

    @Test
    @DisplayName("City of London Police's profile, from data.police.uk's own files, does not say synthetic")
    void theCityOfLondonProfileDoesNotSaySynthetic() throws Exception {
        String page = body("/forces/city-of-london/demand", member("city-of-london", Role.ANALYST));
        assertThat(page).doesNotContain("id=\"synthetic-data\"").doesNotContain("Synthetic data:");
        assertThat(page).contains("Beacon holds your force");

        RequestPostProcessor analyst = Requests.as("analyst.city-of-london");
        String profile = body("/api/v1/forces/city-of-london/demand/profile?from=2021-01&to=2021-06", analyst);
        assertThat(JsonPath.<Boolean>read(profile, "$.synthetic")).isFalse();
        assertThat(JsonPath.<Integer>read(profile, "$.totals.incidents")).isPositive();
        String imports = body("/api/v1/forces/city-of-london/demand/imports", analyst);
        assertThat(JsonPath.<List<Boolean>>read(imports, "$[*].synthetic")).isNotEmpty().containsOnly(false);
    }

    @Test
    @DisplayName("Staffing and the workload drawn from synthetic demand say so; drawn from real demand, they do not")
    void staffingDrawnFromSyntheticDemandSaysSo() throws Exception {
        String met = body("/forces/metropolitan/capacity/staffing", member("metropolitan", Role.PLANNER));
        assertThat(notice(met)).isEqualTo(NOTICE);
        String metWorkload = body("/forces/metropolitan/capacity/workload", member("metropolitan", Role.PLANNER));
        assertThat(metWorkload).contains("id=\"synthetic-data\"");
        String staffing = body("/api/v1/forces/metropolitan/capacity/staffing", Requests.as("planner.metropolitan"));
        assertThat(JsonPath.<String>read(staffing, "$.workloadOrigin")).isEqualTo("demand");
        assertThat(JsonPath.<Boolean>read(staffing, "$.synthetic")).isTrue();
        String workload = body("/api/v1/forces/metropolitan/capacity/workload", Requests.as("planner.metropolitan"));
        assertThat(JsonPath.<Boolean>read(workload, "$.workload.synthetic")).isTrue();

        String city = body("/forces/city-of-london/capacity/staffing", member("city-of-london", Role.PLANNER));
        assertThat(city).doesNotContain("id=\"synthetic-data\"").doesNotContain("Synthetic data:");
        String cityStaffing = body("/api/v1/forces/city-of-london/capacity/staffing",
                Requests.as("planner.city-of-london"));
        assertThat(JsonPath.<String>read(cityStaffing, "$.workloadOrigin")).isEqualTo("demand");
        assertThat(JsonPath.<Boolean>read(cityStaffing, "$.synthetic")).isFalse();
    }

    @Test
    @DisplayName("An import said to be synthetic through the API makes its force's profile say so")
    void anImportSaidToBeSyntheticIsMarked() throws Exception {
        // Dorset has no demo accounts and no other test touches its data.
        RequestPostProcessor dorset = member("dorset", Role.ANALYST);
        MockMultipartFile file = new MockMultipartFile("file", "generated.csv", "text/csv",
                ("incident_id,created_at,month,raw_type,priority,latitude,longitude,lsoa,beat,first_arrival_at,"
                        + "cleared_at,units,officer_minutes,outcome\nSYN-1,,2024-03,Theft,,,,,,,,,,\n")
                        .getBytes(StandardCharsets.UTF_8));
        String job = mvc.perform(multipart("/api/v1/forces/dorset/demand/imports").file(file).param("format", "cad")
                        .param("mapping", "beacon-canonical").param("synthetic", "true").with(dorset))
                .andExpect(status().isAccepted()).andReturn().getResponse().getContentAsString();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        String state = "queued";
        while (!List.of("succeeded", "failed").contains(state) && Instant.now().isBefore(deadline)) {
            Thread.sleep(50);
            state = JsonPath.read(body("/api/v1/jobs/" + JsonPath.read(job, "$.id"), dorset), "$.state");
        }
        assertThat(state).isEqualTo("succeeded");

        String profile = body("/api/v1/forces/dorset/demand/profile?from=2024-01&to=2024-12", dorset);
        assertThat(JsonPath.<Boolean>read(profile, "$.synthetic")).isTrue();
        assertThat(body("/forces/dorset/demand?from=2024-01&to=2024-12", dorset)).contains("id=\"synthetic-data\"");
    }

    @Test
    @DisplayName("The banner no longer says that every figure comes from published sources")
    void theBannerDoesNotClaimEveryFigureIsPublished() throws Exception {
        String home = mvc.perform(get("/")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        String banner = Html.text(home, "phase-banner-text", "span").replaceAll("\\s+", " ");
        assertThat(banner).doesNotContainIgnoringCase("published sources").contains("Synthetic data");
    }
}
