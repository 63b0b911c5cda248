package uk.beacon.portfolio.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static uk.beacon.testsupport.Requests.as;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import uk.beacon.testsupport.WebTest;

@WebTest
class OptimisationApiTest {

    private static final String PATH = "/api/v1/portfolio/optimisations";

    /**
     * Year 0's £150,000 pays for one of A and B; year 1's £99,000 for neither. A may start in year 0 or 1, B only
     * in year 0: the best is A in year 0, worth £200,000 (undiscounted in year 0). With £7,000 more in year 1 (the
     * step: 5% of the mean budget, up to whole £1,000), A moves to year 1 and B takes year 0.
     */
    private static final String SMALL = """
            {"horizonYears": 2, "budgetByYear": [150000, 99000], "maxConcurrent": 2, "objective": "npsv",
             "initiatives": [
               {"id": "A", "costsByYear": [100000], "benefitsByYear": [300000], "earliestStart": 0, "latestStart": 1,
                "dependsOn": [], "excludes": []},
               {"id": "B", "costsByYear": [100000], "benefitsByYear": [200000], "earliestStart": 0, "latestStart": 0,
                "dependsOn": [], "excludes": []}]}
            """;

    @Autowired
    MockMvc mvc;

    private String startJob(String user, String json) throws Exception {
        String response = mvc.perform(post(PATH).with(as(user)).contentType(MediaType.APPLICATION_JSON).content(json))
                .andExpect(status().isAccepted())
                .andExpect(header().string("Location", startsWith("/api/v1/jobs/")))
                .andReturn().getResponse().getContentAsString();
        return JsonPath.read(response, "$.id");
    }

    private static double number(String json, String path) {
        return ((Number) JsonPath.read(json, path)).doubleValue();
    }

    @Test
    @DisplayName("POST /portfolio/optimisations answers with the job, whose result has the contracted fields")
    void optimisesAsAJobWithTheContractedResult() throws Exception {
        String job = uk.beacon.testsupport.Requests.awaitJob(mvc, "planner.city-of-london", startJob("planner.city-of-london", SMALL));

        assertThat((String) JsonPath.read(job, "$.state")).isEqualTo("succeeded");
        assertThat(number(job, "$.result.objectiveValue")).isCloseTo(200_000, within(1e-6));
        assertThat((Boolean) JsonPath.read(job, "$.result.optimal")).isTrue();
        assertThat(number(job, "$.result.gap")).isZero();
        List<Map<String, Object>> selected = JsonPath.read(job, "$.result.selected");
        assertThat(selected).containsExactly(Map.of("id", "A", "startYear", 0));
        List<Number> spend = JsonPath.read(job, "$.result.spendByYear");
        assertThat(spend).extracting(Number::doubleValue).containsExactly(100_000.0, 0.0);
        List<Number> marginal = JsonPath.read(job, "$.result.marginalValueByYear");
        assertThat(marginal).hasSize(2);
        assertThat(marginal.get(0).doubleValue()).isZero();
        assertThat(marginal.get(1).doubleValue()).isCloseTo((100_000 + 200_000 / 1.035 - 200_000) / 7_000,
                within(1e-6));
        assertThat(number(job, "$.result.marginalStep")).isEqualTo(7_000);
        assertThat((String) JsonPath.read(job, "$.result.objective")).isEqualTo("npsv");
    }

    @Test
    @DisplayName("Any signed-in member may optimise; the job is their organisation's, and nobody else can see it")
    void theJobIsPrivateToTheCallersOrganisation() throws Exception {
        String jobId = startJob("supplier.demo", SMALL);
        uk.beacon.testsupport.Requests.awaitJob(mvc, "supplier.demo", jobId);
        String cityJob = startJob("analyst.city-of-london", SMALL);
        String finished = uk.beacon.testsupport.Requests.awaitJob(mvc, "planner.city-of-london", cityJob);

        assertThat((String) JsonPath.read(finished, "$.organisationId")).isEqualTo("city-of-london");
        mvc.perform(get("/api/v1/jobs/" + cityJob).with(as("analyst.metropolitan")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/jobs/" + jobId).with(as("planner.city-of-london")))
                .andExpect(status().isNotFound());
        mvc.perform(post(PATH).contentType(MediaType.APPLICATION_JSON).content(SMALL))
                .andExpect(status().isUnauthorized());
    }

    @Test
    @DisplayName("A bad request is refused with 400 naming the field at fault")
    void refusesABadRequestNamingTheField() throws Exception {
        expectBadRequest(SMALL.replace("\"dependsOn\": [], \"excludes\": []}]", "\"dependsOn\": [\"Z\"], \"excludes\": []}]"),
                "initiatives[1].dependsOn[0] is 'Z', which is not the id of any initiative");
        expectBadRequest(SMALL.replace("[150000, 99000]", "[150000]"), "budgetByYear must have one budget for each");
        expectBadRequest(SMALL.replace("[150000, 99000]", "[150000, -1]"), "budgetByYear[1]");
        expectBadRequest(SMALL.replace("\"horizonYears\": 2", "\"horizonYears\": 31"), "horizonYears");
        expectBadRequest(SMALL.replace("\"npsv\"", "\"happiness\""), "objective must be npsv, officerHours or harm");
        expectBadRequest(SMALL.replace("\"npsv\"", "\"harm\""), "no initiative gives harmReductionByYear");
        expectBadRequest(SMALL.replace("\"maxConcurrent\": 2", "\"maxConcurrent\": 0"), "maxConcurrent");
        expectBadRequest(SMALL.replace("\"id\": \"B\"", "\"id\": \"A\""), "initiatives[1].id");
        expectBadRequest(SMALL.replace("\"excludes\": []}]", "\"excludes\": [\"B\"]}]"),
                "initiatives[1].excludes[0] names the initiative itself");
        expectBadRequest(SMALL.replace("\"costsByYear\": [100000], \"benefitsByYear\": [300000], \"earliestStart\": 0",
                "\"costsByYear\": [100000], \"benefitsByYear\": [300000], \"earliestStart\": 2"),
                "initiatives[0].earliestStart must be from 0 to 1");
        expectBadRequest(SMALL.replace("\"latestStart\": 0", "\"latestStart\": -1"), "initiatives[1].latestStart");
        expectBadRequest(SMALL.replace("\"costsByYear\": [100000], \"benefitsByYear\": [300000]",
                "\"costsByYear\": [100000, 1, 1], \"benefitsByYear\": [300000]"), "initiatives[0].costsByYear has 3");
        expectBadRequest(SMALL.replace("\"benefitsByYear\": [200000]", "\"benefitsByYear\": [200000, null]"),
                "initiatives[1].benefitsByYear[1]");
    }

    private void expectBadRequest(String json, String detail) throws Exception {
        mvc.perform(post(PATH).with(as("planner.city-of-london")).contentType(MediaType.APPLICATION_JSON).content(json))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString(detail)));
    }

    @Test
    @DisplayName("Objective officerHours maximises the hours released within the horizon")
    void maximisesOfficerHoursWhenAsked() throws Exception {
        String json = SMALL.replace("\"npsv\"", "\"officerHours\"")
                .replace("\"latestStart\": 0,", "\"latestStart\": 0, \"officerHoursByYear\": [800, 800],");
        String job = uk.beacon.testsupport.Requests.awaitJob(mvc, "planner.city-of-london", startJob("planner.city-of-london", json));

        List<Map<String, Object>> selected = JsonPath.read(job, "$.result.selected");
        assertThat(selected).containsExactly(Map.of("id", "B", "startYear", 0));
        assertThat(number(job, "$.result.objectiveValue")).isEqualTo(1_600);
        assertThat((String) JsonPath.read(job, "$.result.objective")).isEqualTo("officerHours");
    }
}
