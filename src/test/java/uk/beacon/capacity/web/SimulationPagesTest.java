package uk.beacon.capacity.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static uk.beacon.testsupport.Requests.as;
import static uk.beacon.testsupport.Requests.signIn;

import com.jayway.jsonpath.JsonPath;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import uk.beacon.testsupport.WebTest;

@WebTest
class SimulationPagesTest {

    static final String PAGE = "/forces/city-of-london/capacity/simulations";

    @Autowired
    MockMvc mvc;

    private static MockHttpServletRequestBuilder form(MockHttpSession session, String... overrides) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("arrivalsPerHour", "30");
        fields.put("meanServiceMinutes", "20");
        fields.put("serviceDistribution", "exponential");
        fields.put("servers", "12");
        fields.put("weeks", "1");
        fields.put("replications", "3");
        fields.put("seed", "9");
        fields.put("targetMinutes", "15");
        fields.put("priorities", "Emergency, 0.25, 15, 8\nPriority, 0.75, 60, 12");
        for (int i = 0; i < overrides.length; i += 2) {
            fields.put(overrides[i], overrides[i + 1]);
        }
        MockHttpServletRequestBuilder request = post(PAGE).session(session).with(csrf());
        fields.forEach(request::param);
        return request;
    }

    private String awaitFinished(String user, String id) throws Exception {
        return JsonPath.read(uk.beacon.testsupport.Requests.awaitJob(mvc, user, id), "$.state");
    }

    @Test
    void theFormIsShownFilledWithAWorkedExample() throws Exception {
        String body = mvc.perform(get(PAGE).session(signIn(mvc, "analyst.city-of-london")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(body).contains("<h1 class=\"govuk-heading-xl\">Simulate response</h1>", "City of London Police",
                "name=\"arrivalsPerHour\"", "name=\"servers\"", "name=\"weeks\"", "name=\"seed\"",
                "name=\"replications\"", "name=\"targetMinutes\"", "name=\"priorities\"", "value=\"lognormal\"",
                "name=\"_csrf\"");
    }

    @Test
    void signingInIsNeededAndTheForceMustExist() throws Exception {
        mvc.perform(get(PAGE)).andExpect(redirectedUrl("/sign-in"));
        mvc.perform(get("/forces/atlantis/capacity/simulations").session(signIn(mvc, "analyst.city-of-london")))
                .andExpect(status().isNotFound());
    }

    @Test
    void aFormWithMistakesIsShownAgainWithEachFieldsError() throws Exception {
        String body = mvc.perform(form(signIn(mvc, "analyst.city-of-london"), "weeks", "lots",
                        "arrivalsPerHour", "1 2 3", "serviceDistribution", "", "priorities", "Emergency; 0.2"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(body).contains("<title>Error: Simulate response", "There is a problem",
                "href=\"#weeks\"", "Weeks must be a whole number", "href=\"#arrivalsPerHour\"",
                "href=\"#serviceDistribution\"", "href=\"#priorities\"", "Priorities line 1",
                "govuk-textarea--error", "value=\"lots\"");
    }

    @Test
    void aSimulationRunsAsAJobAndItsPageShowsTheResultsWithChartsAndTables() throws Exception {
        MockHttpSession session = signIn(mvc, "planner.city-of-london");
        String location = mvc.perform(form(session))
                .andExpect(redirectedUrlPattern(PAGE + "/*")).andReturn().getResponse().getRedirectedUrl();
        String id = location.substring(location.lastIndexOf('/') + 1);
        assertThat(awaitFinished("planner.city-of-london", id)).isEqualTo("succeeded");
        String body = mvc.perform(get(location).session(session)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(body).contains("Simulation results", "Mean wait for a unit", "90th percentile wait",
                "95% confidence interval", "Emergency", "Priority", "id=\"queue-table\"", "id=\"utilisation-table\"",
                "role=\"img\"", "Incidents waiting, by hour of the week", "Unit utilisation, by hour of the week");
        assertThat(body).doesNotContain("data-job-id");
        // The hour tables have a row for each day and a cell for each hour.
        Matcher rows = Pattern.compile("<th scope=\"row\" class=\"govuk-table__header\">(Monday|Sunday)</th>")
                .matcher(body);
        int count = 0;
        while (rows.find()) {
            count++;
        }
        assertThat(count).isEqualTo(4);
    }

    @Test
    void aSimulationStillRunningShowsItsProgressAndAnotherOrganisationCannotSeeIt() throws Exception {
        MockHttpSession session = signIn(mvc, "planner.city-of-london");
        String location = mvc.perform(form(session, "weeks", "200", "replications", "10"))
                .andExpect(redirectedUrlPattern(PAGE + "/*")).andReturn().getResponse().getRedirectedUrl();
        String body = mvc.perform(get(location).session(session)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(body).contains("data-job-id", "Progress:", "Cancel this simulation");
        String id = location.substring(location.lastIndexOf('/') + 1);
        mvc.perform(get(location).session(signIn(mvc, "analyst.metropolitan"))).andExpect(status().isNotFound());
        mvc.perform(post("/jobs/" + id + "/cancel").session(session).with(csrf()));
        assertThat(awaitFinished("planner.city-of-london", id)).isEqualTo("cancelled");
    }
}
