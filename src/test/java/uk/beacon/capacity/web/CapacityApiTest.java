package uk.beacon.capacity.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static uk.beacon.testsupport.Requests.as;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import uk.beacon.platform.Role;
import uk.beacon.platform.SignedInUser;
import uk.beacon.testsupport.WebTest;

/**
 * Standards, workload and staffing through the API: private to the force, changed by its planners.
 * Each test that changes something uses a force of its own, so that the tests do not meet.
 */
@WebTest
class CapacityApiTest {

    @Autowired
    MockMvc mvc;

    private static RequestPostProcessor planner(String force) {
        return withCsrf(user(SignedInUser.of("planner." + force, force, Role.PLANNER)));
    }

    /** Sign-in without HTTP Basic is a session's, so a change needs a CSRF token like a form. */
    private static RequestPostProcessor withCsrf(RequestPostProcessor user) {
        return request -> csrf().postProcessRequest(user.postProcessRequest(request));
    }

    @Test
    void standardsArePrivateToTheForce() throws Exception {
        mvc.perform(get("/api/v1/forces/metropolitan/capacity/standards")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/forces/metropolitan/capacity/standards").with(as("analyst.city-of-london")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/forces/metropolitan/capacity/standards").with(as("analyst.metropolitan")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.defaults").value(true))
                .andExpect(jsonPath("$.standards[0].code").value("999-answer"))
                .andExpect(jsonPath("$.standards[0].targetSeconds").value(10))
                .andExpect(jsonPath("$.standards[0].share").value(0.9))
                .andExpect(jsonPath("$.standards[1].targetSeconds").value(900))
                .andExpect(jsonPath("$.standards[2].targetSeconds").value(1200))
                .andExpect(jsonPath("$.standards[2].active").value(false))
                .andExpect(jsonPath("$.standards[3].priority").value(2))
                .andExpect(jsonPath("$.standards[3].targetSeconds").value(3600));
        mvc.perform(get("/api/v1/forces/no-such-force/capacity/standards").with(as("analyst.metropolitan")))
                .andExpect(status().isNotFound());
    }

    @Test
    void onlyTheForcesPlannersChangeItsStandards() throws Exception {
        String body = """
                {"standards": [
                  {"code": "999-answer", "label": "999 calls answered within 15 seconds", "service": "CALL_HANDLING",
                   "priority": null, "targetSeconds": 15, "share": 0.85, "active": true},
                  {"code": "p1-rural", "label": "Emergencies attended within 20 minutes", "service": "RESPONSE",
                   "priority": 1, "targetSeconds": 1200, "share": 0.8, "active": true}]}""";
        mvc.perform(put("/api/v1/forces/metropolitan/capacity/standards").contentType(MediaType.APPLICATION_JSON)
                .content(body).with(as("analyst.metropolitan"))).andExpect(status().isForbidden());
        mvc.perform(put("/api/v1/forces/metropolitan/capacity/standards").contentType(MediaType.APPLICATION_JSON)
                .content(body).with(as("planner.city-of-london"))).andExpect(status().isForbidden());
        mvc.perform(put("/api/v1/forces/metropolitan/capacity/standards").contentType(MediaType.APPLICATION_JSON)
                .content(body).with(csrf())).andExpect(status().isUnauthorized());

        mvc.perform(put("/api/v1/forces/essex/capacity/standards").contentType(MediaType.APPLICATION_JSON)
                        .content(body.replace("0.85", "1.5")).with(planner("essex")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("share")));
        mvc.perform(put("/api/v1/forces/essex/capacity/standards").contentType(MediaType.APPLICATION_JSON)
                .content(body).with(planner("essex"))).andExpect(status().isOk());

        mvc.perform(get("/api/v1/forces/essex/capacity/standards").with(planner("essex")))
                .andExpect(jsonPath("$.defaults").value(false))
                .andExpect(jsonPath("$.standards.length()").value(2))
                .andExpect(jsonPath("$.standards[0].targetSeconds").value(15))
                .andExpect(jsonPath("$.standards[0].share").value(0.85))
                .andExpect(jsonPath("$.standards[1].code").value("p1-rural"));
    }

    private static String workload(int hours, double perHour) {
        return """
                {"source": "By hand", "callsPerIncident": 1.5, "callHandlingSeconds": 240,
                 "items": [{"workType": "CONCERN_FOR_SAFETY", "priority": 1, "incidentsPerHour": %s,
                            "minutesOnTask": 120, "officersSent": 2, "deployed": true}],
                 "travel": [{"priority": 1, "minutes": 6}],
                 "shrinkage": {"leave": 0.12, "training": 0.04, "sickness": 0.04, "court": 0.01, "other": 0.02}}"""
                .formatted(Collections.nCopies(hours, String.valueOf(perHour)).toString());
    }

    @Test
    void aPlannerSavesAWorkloadAndTheStaffingFollowsFromIt() throws Exception {
        mvc.perform(put("/api/v1/forces/kent/capacity/workload").contentType(MediaType.APPLICATION_JSON)
                        .content(workload(10, 3)).with(planner("kent")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("168")));
        mvc.perform(put("/api/v1/forces/kent/capacity/workload").contentType(MediaType.APPLICATION_JSON)
                .content(workload(168, 3)).with(withCsrf(user(SignedInUser.of("analyst.kent", "kent", Role.ANALYST)))))
                .andExpect(status().isForbidden());
        mvc.perform(put("/api/v1/forces/kent/capacity/workload").contentType(MediaType.APPLICATION_JSON)
                .content("{\"items\": 7").with(planner("kent"))).andExpect(status().isBadRequest());
        mvc.perform(put("/api/v1/forces/kent/capacity/workload").contentType(MediaType.APPLICATION_JSON)
                        .content(workload(168, 3).replace("\"shrinkage\"", "\"ignored\"")).with(planner("kent")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("shrinkage")));
        mvc.perform(put("/api/v1/forces/kent/capacity/workload").contentType(MediaType.APPLICATION_JSON)
                .content(workload(168, 3)).with(planner("kent"))).andExpect(status().isOk());

        mvc.perform(get("/api/v1/forces/kent/capacity/workload").with(planner("kent")))
                .andExpect(jsonPath("$.origin").value("saved"))
                .andExpect(jsonPath("$.workload.items[0].incidentsPerHour.length()").value(168))
                .andExpect(jsonPath("$.workload.callHandlingSeconds").value(240.0));

        String staffing = mvc.perform(get("/api/v1/forces/kent/capacity/staffing").with(planner("kent")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        List<Integer> calls = JsonPath.read(staffing, "$.callHandling.onDuty");
        List<Integer> response = JsonPath.read(staffing, "$.response.onDuty");
        assertThat(calls).hasSize(168);
        assertThat(response).hasSize(168);
        // 4.5 calls an hour of 240 s is 0.3 erlangs; response is 3 × 120 / 60 = 6 officer erlangs.
        assertThat(JsonPath.<Double>read(staffing, "$.callHandling.trafficErlangs[0]")).isEqualTo(0.3);
        assertThat(JsonPath.<Double>read(staffing, "$.response.trafficErlangs[100]")).isEqualTo(6.0);
        assertThat(response).allSatisfy(people -> assertThat(people).isGreaterThan(6));
        List<Double> levels = JsonPath.read(staffing, "$.response.serviceLevel");
        assertThat(levels).allSatisfy(level -> assertThat(level).isGreaterThanOrEqualTo(0.9));
        List<Double> rostered = JsonPath.read(staffing, "$.response.rostered");
        assertThat(rostered.get(0)).isCloseTo(response.get(0) / (1 - 0.23), org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void workloadAndStaffingArePrivateToTheForce() throws Exception {
        for (String path : List.of("workload", "staffing")) {
            mvc.perform(get("/api/v1/forces/metropolitan/capacity/" + path)).andExpect(status().isUnauthorized());
            mvc.perform(get("/api/v1/forces/metropolitan/capacity/" + path).with(as("planner.city-of-london")))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(put("/api/v1/forces/metropolitan/capacity/workload").contentType(MediaType.APPLICATION_JSON)
                .content(workload(168, 1)).with(as("planner.city-of-london"))).andExpect(status().isForbidden());
    }

    @Test
    void aForceWithDemandDataGetsItsWorkloadFromIt() throws Exception {
        RequestPostProcessor dorset = planner("dorset");
        // Two emergencies on Monday 2 June 2031 at 09:xx UK time (08:xx UTC), with units and officer time.
        String rows = """
                d1,2031-06-02T08:10:00Z,2031-06,Assault,1,,,,,,,2,90,
                d2,2031-06-02T08:40:00Z,2031-06,Assault,1,,,,,,,1,30,
                """;
        MockMultipartFile file = new MockMultipartFile("file", "dorset.csv", "text/csv",
                ("incident_id,created_at,month,raw_type,priority,latitude,longitude,lsoa,beat,first_arrival_at,"
                        + "cleared_at,units,officer_minutes,outcome\n" + rows).getBytes(StandardCharsets.UTF_8));
        String job = mvc.perform(multipart("/api/v1/forces/dorset/demand/imports").file(file).param("format", "cad")
                        .param("mapping", "beacon-canonical").with(dorset))
                .andExpect(status().isAccepted()).andReturn().getResponse().getContentAsString();
        awaitSucceeded(dorset, JsonPath.read(job, "$.id"));

        String body = mvc.perform(get("/api/v1/forces/dorset/capacity/workload").with(dorset))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<String>read(body, "$.origin")).isEqualTo("demand");
        List<Map<String, Object>> items = JsonPath.read(body, "$.workload.items");
        assertThat(items).hasSize(1);
        Map<String, Object> item = items.get(0);
        assertThat(item.get("workType")).isEqualTo("VIOLENT_CRIME");
        assertThat(item.get("priority")).isEqualTo(1);
        assertThat(((Number) item.get("minutesOnTask")).doubleValue()).isEqualTo(60.0);
        assertThat(((Number) item.get("officersSent")).doubleValue()).isEqualTo(1.5);
        List<Number> perHour = JsonPath.read(body, "$.workload.items[0].incidentsPerHour");
        double weeks = 30 / 7.0;
        assertThat(perHour.get(9).doubleValue()).isCloseTo(2 / weeks, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(perHour.get(10).doubleValue()).isZero();

        String staffing = mvc.perform(get("/api/v1/forces/dorset/capacity/staffing").with(dorset))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<String>read(staffing, "$.workloadOrigin")).isEqualTo("demand");
        assertThat(JsonPath.<Double>read(staffing, "$.response.trafficErlangs[9]")).isGreaterThan(0);
        assertThat(JsonPath.<Integer>read(staffing, "$.response.onDuty[10]")).isEqualTo(1);
    }

    private void awaitSucceeded(RequestPostProcessor user, String jobId) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(deadline)) {
            String body = mvc.perform(get("/api/v1/jobs/" + jobId).with(user)).andReturn().getResponse()
                    .getContentAsString();
            String state = JsonPath.read(body, "$.state");
            if (!state.equals("queued") && !state.equals("running")) {
                assertThat(state).as(body).isEqualTo("succeeded");
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("Import job did not finish");
    }
}
