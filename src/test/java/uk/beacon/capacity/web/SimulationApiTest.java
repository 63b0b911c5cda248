package uk.beacon.capacity.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static uk.beacon.testsupport.Requests.as;

import com.jayway.jsonpath.JsonPath;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import uk.beacon.testsupport.WebTest;

@WebTest
class SimulationApiTest {

    static final String BODY = """
            {"arrivalsPerHour": 30, "meanServiceMinutes": 20, "serviceDistribution": "exponential",
             "servers": 12, "weeks": 2, "seed": 42, "targetMinutes": 15, "replications": 3}""";

    @Autowired
    MockMvc mvc;

    String startJob(String user, String body) throws Exception {
        String job = mvc.perform(post("/api/v1/capacity/simulations").contentType(MediaType.APPLICATION_JSON)
                        .content(body).with(as(user)))
                .andExpect(status().isAccepted())
                .andExpect(header().string("Location", Matchers.startsWith("/api/v1/jobs/")))
                .andExpect(jsonPath("$.kind").value("Capacity simulation"))
                .andReturn().getResponse().getContentAsString();
        return JsonPath.read(job, "$.id");
    }

    @Test
    void aSimulationRunsAsAJobWhoseResultHasTheContractsFields() throws Exception {
        String job = uk.beacon.testsupport.Requests.awaitJob(mvc, "planner.city-of-london", startJob("planner.city-of-london", BODY));
        assertThat(JsonPath.<String>read(job, "$.state")).isEqualTo("succeeded");
        assertThat(JsonPath.<Integer>read(job, "$.progress")).isEqualTo(100);
        // 30 an hour for 2 weeks, in 3 replications.
        assertThat(JsonPath.<Number>read(job, "$.result.incidents").doubleValue())
                .isBetween(0.95 * 30 * 336 * 3, 1.05 * 30 * 336 * 3);
        double meanWait = JsonPath.<Number>read(job, "$.result.meanWaitMinutes").doubleValue();
        assertThat(meanWait).isPositive();
        assertThat(JsonPath.<Number>read(job, "$.result.p90WaitMinutes").doubleValue()).isGreaterThanOrEqualTo(0);
        assertThat(JsonPath.<Number>read(job, "$.result.shareWithinTarget").doubleValue()).isBetween(0.5, 1.0);
        assertThat(JsonPath.<Number>read(job, "$.result.utilisation").doubleValue()).isBetween(0.78, 0.88);
        assertThat(JsonPath.<Number>read(job, "$.result.confidence95.meanWaitMinutes.low").doubleValue())
                .isLessThan(meanWait);
        assertThat(JsonPath.<Number>read(job, "$.result.confidence95.meanWaitMinutes.high").doubleValue())
                .isGreaterThan(meanWait);
        assertThat(JsonPath.<Map<String, Object>>read(job, "$.result.confidence95"))
                .containsKeys("p90WaitMinutes", "shareWithinTarget", "utilisation");
        assertThat(JsonPath.<String>read(job, "$.result.byPriority[0].name")).isEqualTo("All incidents");
        assertThat(JsonPath.<List<Object>>read(job, "$.result.queueByHour")).hasSize(168);
        assertThat(JsonPath.<List<Object>>read(job, "$.result.utilisationByHour")).hasSize(168);
        assertThat(JsonPath.<Integer>read(job, "$.result.replications")).isEqualTo(3);
    }

    @Test
    void theSameRequestGivesTheSameResultAndAnotherSeedAnotherOne() throws Exception {
        String first = uk.beacon.testsupport.Requests.awaitJob(mvc, "analyst.metropolitan", startJob("analyst.metropolitan", BODY));
        String again = uk.beacon.testsupport.Requests.awaitJob(mvc, "analyst.metropolitan", startJob("analyst.metropolitan", BODY));
        String other = uk.beacon.testsupport.Requests.awaitJob(mvc, "analyst.metropolitan",
                startJob("analyst.metropolitan", BODY.replace("\"seed\": 42", "\"seed\": 7")));
        Object result = JsonPath.read(first, "$.result");
        assertThat((Object) JsonPath.read(again, "$.result")).isEqualTo(result);
        assertThat((Object) JsonPath.read(other, "$.result.meanWaitMinutes"))
                .isNotEqualTo(JsonPath.read(first, "$.result.meanWaitMinutes"));
    }

    @Test
    void arrivalsAndServersByHourOfTheWeekAndPrioritiesAreAccepted() throws Exception {
        String arrivals = String.join(",", Collections.nCopies(84, "10, 40"));
        String servers = String.join(",", Collections.nCopies(168, "36"));
        String body = """
                {"arrivalsPerHour": [%s], "meanServiceMinutes": 30, "serviceDistribution": "lognormal",
                 "serviceCv": 0.9, "servers": [%s], "weeks": 1, "seed": 3, "targetMinutes": 60,
                 "priorities": [{"name": "Emergency", "share": 0.2, "targetMinutes": 15, "travelMinutes": 8},
                                {"name": "Priority", "share": 0.8, "travelMinutes": 12}]}"""
                .formatted(arrivals, servers);
        String job = uk.beacon.testsupport.Requests.awaitJob(mvc, "planner.city-of-london", startJob("planner.city-of-london", body));
        assertThat(JsonPath.<String>read(job, "$.state")).isEqualTo("succeeded");
        assertThat(JsonPath.<String>read(job, "$.result.byPriority[0].name")).isEqualTo("Emergency");
        assertThat(JsonPath.<Number>read(job, "$.result.byPriority[0].targetMinutes").doubleValue()).isEqualTo(15);
        assertThat(JsonPath.<Number>read(job, "$.result.byPriority[1].targetMinutes").doubleValue()).isEqualTo(60);
        assertThat(JsonPath.<Number>read(job, "$.result.byPriority[1].travelMinutes").doubleValue()).isEqualTo(12);
        // Attendance is the wait plus the priority's travel.
        assertThat(JsonPath.<Number>read(job, "$.result.byPriority[0].meanAttendanceMinutes").doubleValue())
                .isCloseTo(JsonPath.<Number>read(job, "$.result.byPriority[0].meanWaitMinutes").doubleValue() + 8,
                        org.assertj.core.api.Assertions.within(1e-9));
        // Quiet even hours and busy odd ones.
        List<Number> utilisation = JsonPath.read(job, "$.result.utilisationByHour");
        double even = 0;
        double odd = 0;
        for (int hour = 0; hour < 168; hour += 2) {
            even += utilisation.get(hour).doubleValue();
            odd += utilisation.get(hour + 1).doubleValue();
        }
        assertThat(even).isLessThan(0.8 * odd);
    }

    @Test
    void arrivalTimesCanBeReplayedWithObservedTimesOnTask() throws Exception {
        // One unit, 10 minutes a job, incidents at 0, 1 and 2 minutes: waits 0, 9 and 18 in every replication.
        String body = """
                {"arrivalMinutes": [2, 0, 1], "serviceDistribution": "empirical", "serviceSamplesMinutes": [10],
                 "servers": 1, "weeks": 1, "seed": 5, "targetMinutes": 15, "replications": 2}""";
        String job = uk.beacon.testsupport.Requests.awaitJob(mvc, "planner.city-of-london", startJob("planner.city-of-london", body));
        assertThat(JsonPath.<Number>read(job, "$.result.incidents").longValue()).isEqualTo(6);
        assertThat(JsonPath.<Number>read(job, "$.result.meanWaitMinutes").doubleValue()).isEqualTo(9.0);
        assertThat(JsonPath.<Number>read(job, "$.result.p90WaitMinutes").doubleValue()).isEqualTo(18.0);
        assertThat(JsonPath.<Number>read(job, "$.result.shareWithinTarget").doubleValue()).isCloseTo(2 / 3.0,
                org.assertj.core.api.Assertions.within(1e-12));
        assertThat(JsonPath.<Number>read(job, "$.result.warmUpHours").doubleValue()).isZero();
    }

    @Test
    void anotherOrganisationCannotSeeTheJob() throws Exception {
        String id = startJob("planner.city-of-london", BODY);
        uk.beacon.testsupport.Requests.awaitJob(mvc, "planner.city-of-london", id);
        mvc.perform(get("/api/v1/jobs/" + id).with(as("analyst.metropolitan"))).andExpect(status().isNotFound());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"[1, 2] | a JSON object", "{\"weeks\": | Failed to read request"})
    void aBodyThatIsNotAJsonObjectIsRefusedWith400(String body, String detail) throws Exception {
        mvc.perform(post("/api/v1/capacity/simulations").contentType(MediaType.APPLICATION_JSON).content(body)
                        .with(as("analyst.metropolitan")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", Matchers.containsString(detail)));
    }

    @Test
    void theOpenApiDocumentDescribesTheRequest() throws Exception {
        mvc.perform(get("/api/v1/openapi"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/capacity/simulations'].post").exists())
                .andExpect(jsonPath("$.components.schemas.SimulationRequest.properties.arrivalsPerHour").exists())
                .andExpect(jsonPath("$.components.schemas.SimulationRequest.properties.serviceDistribution").exists());
    }

    @Test
    void signingInIsNeeded() throws Exception {
        // Without credentials the API refuses the POST (403 here, before sign-in, as it has no CSRF token).
        mvc.perform(post("/api/v1/capacity/simulations").contentType(MediaType.APPLICATION_JSON).content(BODY))
                .andExpect(status().is4xxClientError());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "weeks missing                | \"weeks\": 2,                   |                                      | 'weeks'",
        "weeks not a number           | \"weeks\": 2                    | \"weeks\": \"two\"                   | 'weeks'",
        "weeks too many               | \"weeks\": 2                    | \"weeks\": 10000                     | 'weeks'",
        "arrivals of 5 hours          | \"arrivalsPerHour\": 30         | \"arrivalsPerHour\": [1,2,3,4,5]     | 'arrivalsPerHour'",
        "arrivals negative            | \"arrivalsPerHour\": 30         | \"arrivalsPerHour\": -1              | 'arrivalsPerHour'",
        "arrivals a word              | \"arrivalsPerHour\": 30         | \"arrivalsPerHour\": \"many\"        | 'arrivalsPerHour'",
        "servers not whole            | \"servers\": 12                 | \"servers\": 2.5                     | 'servers'",
        "distribution unknown         | \"exponential\"                 | \"gamma\"                            | 'serviceDistribution'",
        "lognormal without its cv     | \"exponential\"                 | \"lognormal\"                        | 'serviceCv'",
        "empirical without samples    | \"exponential\"                 | \"empirical\"                        | 'serviceSamplesMinutes'",
        "mean service zero            | \"meanServiceMinutes\": 20      | \"meanServiceMinutes\": 0            | 'meanServiceMinutes'",
        "target missing               | \"targetMinutes\": 15,          |                                      | 'targetMinutes'",
        "replications zero            | \"replications\": 3             | \"replications\": 0                  | 'replications'",
        "replay and hourly arrivals   | \"seed\": 42                    | \"seed\": 42, \"arrivalMinutes\": [1] | 'arrivalMinutes'",
        "replay outside the weeks     | \"arrivalsPerHour\": 30,        | \"arrivalMinutes\": [99999],        | 'arrivalMinutes'",
        "seed not whole               | \"seed\": 42                    | \"seed\": 4.2                        | 'seed'",
        "unknown field                | \"seed\": 42                    | \"seed\": 42, \"sed\": 1             | 'sed'",
        "priority without a name      | \"seed\": 42                    | \"seed\": 42, \"priorities\": [{\"share\": 1}] | 'priorities[0]'",
        "too much work                | \"arrivalsPerHour\": 30, \"meanServiceMinutes\": 20 | \"arrivalsPerHour\": 5000, \"meanServiceMinutes\": 1 | 'weeks'"})
    void aBadRequestIsRefusedWith400NamingTheField(String name, String from, String to, String field)
            throws Exception {
        String body = BODY.replace(from, to == null ? "" : to).replace("\"weeks\": 2,", to != null
                && to.contains("5000") ? "\"weeks\": 520," : "\"weeks\": 2,");
        mvc.perform(post("/api/v1/capacity/simulations").contentType(MediaType.APPLICATION_JSON).content(body)
                        .with(as("analyst.metropolitan")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", Matchers.containsString(field)));
    }
}
