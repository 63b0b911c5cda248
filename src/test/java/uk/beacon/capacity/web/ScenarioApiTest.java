package uk.beacon.capacity.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static uk.beacon.testsupport.Requests.as;

import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import uk.beacon.platform.Role;
import uk.beacon.platform.SignedInUser;
import uk.beacon.testsupport.WebTest;

/**
 * Scenarios through the API. Each test that saves something uses a force of its own, so that the
 * tests do not meet.
 */
@WebTest
class ScenarioApiTest {

    /** 30% of concern-for-safety work moved to a partner agency (Right Care, Right Person). */
    static final String RCRP = """
            {"name": "Right Care, Right Person", "description": "30% of concern for safety to health partners",
             "changes": [{"kind": "MOVE_WORK", "workType": "CONCERN_FOR_SAFETY", "sharePercent": 30,
                          "toRole": "PARTNER_AGENCY"}]}""";

    @Autowired
    MockMvc mvc;

    static RequestPostProcessor planner(String force) {
        return withCsrf(user(SignedInUser.of("planner." + force, force, Role.PLANNER)));
    }

    static RequestPostProcessor analyst(String force) {
        return withCsrf(user(SignedInUser.of("analyst." + force, force, Role.ANALYST)));
    }

    private static RequestPostProcessor withCsrf(RequestPostProcessor user) {
        return request -> csrf().postProcessRequest(user.postProcessRequest(request));
    }

    /** Concern for safety, violent crime and acquisitive crime around the clock, 1 officer each. */
    static String workload() {
        String hours = "[" + String.join(",", Collections.nCopies(168, "%s")) + "]";
        return """
                {"source": "Test workload", "callsPerIncident": 1, "callHandlingSeconds": 300,
                 "items": [
                   {"workType": "CONCERN_FOR_SAFETY", "priority": 2, "incidentsPerHour": %s,
                    "minutesOnTask": 120, "officersSent": 1, "deployed": true},
                   {"workType": "VIOLENT_CRIME", "priority": 1, "incidentsPerHour": %s,
                    "minutesOnTask": 90, "officersSent": 2, "deployed": true},
                   {"workType": "ACQUISITIVE_CRIME", "priority": 3, "incidentsPerHour": %s,
                    "minutesOnTask": 60, "officersSent": 1, "deployed": true}],
                 "travel": [{"priority": null, "minutes": 8}],
                 "shrinkage": {"leave": 0.127, "training": 0.038, "sickness": 0.04, "court": 0.01, "other": 0.02}}"""
                .formatted(hours.formatted(Collections.nCopies(168, "3").toArray()),
                        hours.formatted(Collections.nCopies(168, "1.5").toArray()),
                        hours.formatted(Collections.nCopies(168, "2").toArray()));
    }

    void putWorkload(String force) throws Exception {
        mvc.perform(put("/api/v1/forces/" + force + "/capacity/workload").contentType(MediaType.APPLICATION_JSON)
                .content(workload()).with(planner(force))).andExpect(status().isOk());
    }

    String create(String force, String body) throws Exception {
        String created = mvc.perform(post("/api/v1/forces/" + force + "/capacity/scenarios")
                        .contentType(MediaType.APPLICATION_JSON).content(body).with(planner(force)))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", Matchers.startsWith("/api/v1/forces/" + force
                        + "/capacity/scenarios/")))
                .andReturn().getResponse().getContentAsString();
        return JsonPath.read(created, "$.id");
    }

    String runToEnd(String force, String id, RequestPostProcessor who) throws Exception {
        String job = mvc.perform(post("/api/v1/forces/" + force + "/capacity/scenarios/" + id + "/runs").with(who))
                .andExpect(status().isAccepted())
                .andExpect(header().string("Location", Matchers.startsWith("/api/v1/jobs/")))
                .andExpect(jsonPath("$.kind").value("Capacity scenario"))
                .andReturn().getResponse().getContentAsString();
        String jobId = JsonPath.read(job, "$.id");
        Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
        while (Instant.now().isBefore(deadline)) {
            String body = mvc.perform(get("/api/v1/jobs/" + jobId).with(who)).andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsString();
            String state = JsonPath.read(body, "$.state");
            if (!state.equals("queued") && !state.equals("running")) {
                assertThat(state).as(body).isEqualTo("succeeded");
                return body;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("Scenario run did not finish");
    }

    @Test
    void movingThirtyPercentOfConcernForSafetyToAPartnerAgencyNeedsFewerResponseOfficerHours() throws Exception {
        putWorkload("surrey");
        String id = create("surrey", RCRP);
        String job = runToEnd("surrey", id, analyst("surrey"));

        long before = JsonPath.<Number>read(job, "$.result.baseline.responseOfficerHoursPerWeek").longValue();
        long after = JsonPath.<Number>read(job, "$.result.scenario.responseOfficerHoursPerWeek").longValue();
        assertThat(after).isLessThan(before);
        assertThat(JsonPath.<Number>read(job, "$.result.difference.responseOfficerHoursPerWeek").longValue())
                .isEqualTo(after - before);
        assertThat(JsonPath.<Number>read(job, "$.result.scenario.responseRosteredHoursPerWeek").doubleValue())
                .isLessThan(JsonPath.<Number>read(job, "$.result.baseline.responseRosteredHoursPerWeek")
                        .doubleValue());
        // Hours by role: 3 an hour × 168 × 30% × 120 minutes = 302.4 hours a week move to the partner.
        assertThat(JsonPath.<Number>read(job, "$.result.scenario.hoursByRole[4].hoursPerWeek").doubleValue())
                .isEqualTo(302.4);
        assertThat(JsonPath.<String>read(job, "$.result.scenario.hoursByRole[4].role")).isEqualTo("PARTNER_AGENCY");
        assertThat(JsonPath.<Number>read(job, "$.result.baseline.hoursByRole[4].hoursPerWeek").doubleValue())
                .isZero();
        assertThat(JsonPath.<Number>read(job, "$.result.difference.hoursByRole[0].hoursPerWeek").doubleValue())
                .isEqualTo(-302.4);
        // The partner's work still comes in by phone, so the call handlers' load is unchanged.
        assertThat(JsonPath.<Number>read(job, "$.result.scenario.callHandlerHoursPerWeek").longValue())
                .isEqualTo(JsonPath.<Number>read(job, "$.result.baseline.callHandlerHoursPerWeek").longValue());
        assertThat(JsonPath.<List<Object>>read(job, "$.result.scenario.responseOnDuty")).hasSize(168);
        // A shift plan covers each requirement: at least the hours on duty, and proven optimal on so small a case.
        long paidBefore = JsonPath.<Number>read(job, "$.result.baseline.shiftPlan.paidHours").longValue();
        long paidAfter = JsonPath.<Number>read(job, "$.result.scenario.shiftPlan.paidHours").longValue();
        assertThat(paidBefore).isGreaterThanOrEqualTo(before);
        assertThat(paidAfter).isGreaterThanOrEqualTo(after).isLessThan(paidBefore);
        assertThat(JsonPath.<Boolean>read(job, "$.result.scenario.shiftPlan.optimal")).isTrue();
        assertThat(JsonPath.<Number>read(job, "$.result.difference.shiftPaidHours").longValue())
                .isEqualTo(paidAfter - paidBefore);
        // Both rosters are simulated; the most urgent priority is reported.
        assertThat(JsonPath.<String>read(job, "$.result.baseline.simulation.mostUrgent")).isEqualTo("Priority 1");
        assertThat(JsonPath.<Number>read(job, "$.result.scenario.simulation.incidents").longValue())
                .isLessThan(JsonPath.<Number>read(job, "$.result.baseline.simulation.incidents").longValue());
        assertThat(JsonPath.<Number>read(job, "$.result.scenario.simulation.shareWithinTarget").doubleValue())
                .isBetween(0.0, 1.0);

        mvc.perform(get("/api/v1/forces/surrey/capacity/scenarios/" + id).with(analyst("surrey")))
                .andExpect(jsonPath("$.lastRunJobId").value(JsonPath.<String>read(job, "$.id")));
    }

    @Test
    void scenariosArePrivateToTheForce() throws Exception {
        String id = create("sussex", RCRP);
        String base = "/api/v1/forces/sussex/capacity/scenarios";
        mvc.perform(get(base)).andExpect(status().isUnauthorized());
        mvc.perform(get(base + "/" + id)).andExpect(status().isUnauthorized());
        mvc.perform(get(base).with(as("analyst.metropolitan"))).andExpect(status().isForbidden());
        mvc.perform(get(base + "/" + id).with(as("planner.city-of-london"))).andExpect(status().isForbidden());
        mvc.perform(post(base + "/" + id + "/runs").with(as("planner.city-of-london")))
                .andExpect(status().isForbidden());
        mvc.perform(put(base + "/" + id).contentType(MediaType.APPLICATION_JSON).content(RCRP)
                .with(as("planner.city-of-london"))).andExpect(status().isForbidden());
        mvc.perform(delete(base + "/" + id).with(as("planner.city-of-london"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/forces/sussex/capacity/scenario-roles")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/forces/sussex/capacity/scenario-roles").with(as("analyst.metropolitan")))
                .andExpect(status().isForbidden());
        // Another force's scenario is not found in one's own force.
        mvc.perform(get("/api/v1/forces/metropolitan/capacity/scenarios/" + id).with(as("analyst.metropolitan")))
                .andExpect(status().isNotFound());

        mvc.perform(get(base).with(analyst("sussex"))).andExpect(status().isOk())
                .andExpect(jsonPath("$[0].name").value("Right Care, Right Person"))
                .andExpect(jsonPath("$[0].changes[0].sharePercent").value(30.0));
    }

    @Test
    void analystsReadAndRunButOnlyPlannersWrite() throws Exception {
        String id = create("norfolk", RCRP);
        String base = "/api/v1/forces/norfolk/capacity/scenarios";
        mvc.perform(post(base).contentType(MediaType.APPLICATION_JSON).content(RCRP).with(analyst("norfolk")))
                .andExpect(status().isForbidden());
        mvc.perform(put(base + "/" + id).contentType(MediaType.APPLICATION_JSON).content(RCRP)
                .with(analyst("norfolk"))).andExpect(status().isForbidden());
        mvc.perform(delete(base + "/" + id).with(analyst("norfolk"))).andExpect(status().isForbidden());
        mvc.perform(get(base + "/" + id).with(analyst("norfolk"))).andExpect(status().isOk());

        mvc.perform(put(base + "/" + id).contentType(MediaType.APPLICATION_JSON)
                        .content(RCRP.replace("\"sharePercent\": 30", "\"sharePercent\": 50")
                                .replace("Right Care, Right Person\"", "Half to partners\""))
                        .with(planner("norfolk")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("Half to partners"))
                .andExpect(jsonPath("$.changes[0].sharePercent").value(50.0))
                .andExpect(jsonPath("$.updatedBy").value("planner.norfolk"));
        mvc.perform(delete(base + "/" + id).with(planner("norfolk"))).andExpect(status().isNoContent());
        mvc.perform(get(base + "/" + id).with(planner("norfolk"))).andExpect(status().isNotFound());
    }

    @Test
    void aChangeThatCannotBeMadeIsRefusedNamingItsField() throws Exception {
        String base = "/api/v1/forces/suffolk/capacity/scenarios";
        String[][] cases = {
                {RCRP.replace("\"sharePercent\": 30", "\"sharePercent\": 130"), "changes[0].sharePercent"},
                {RCRP.replace("\"sharePercent\": 30", "\"sharePercent\": -1"), "changes[0].sharePercent"},
                // Right Care, Right Person is about health and care, not PCSOs.
                {RCRP.replace("PARTNER_AGENCY", "PCSO"), "changes[0].toRole"},
                {RCRP.replace("PARTNER_AGENCY", "SPACESHIP"), "changes[0].toRole"},
                {RCRP.replace("\"MOVE_WORK\"", "\"DOUBLE_IT\""), "changes[0].kind"},
                {RCRP.replace("\"CONCERN_FOR_SAFETY\"", "\"\""), "changes[0].workType"},
                {RCRP.replace("\"Right Care, Right Person\"", "\"\""), "name"},
                {"""
                 {"name": "Devices", "changes": [{"kind": "CUT_MINUTES", "workType": "ACQUISITIVE_CRIME",
                  "minutesSaved": 0}]}""", "changes[0].minutesSaved"},
                {"""
                 {"name": "Single crewing", "changes": [{"kind": "CHANGE_OFFICERS", "workType": "VIOLENT_CRIME",
                  "priority": 12, "officersSent": 1}]}""", "changes[0].priority"},
                {"""
                 {"name": "Single crewing", "changes": [{"kind": "CHANGE_OFFICERS", "workType": "VIOLENT_CRIME",
                  "officersSent": 0.5}]}""", "changes[0].officersSent"},
        };
        for (String[] example : cases) {
            mvc.perform(post(base).contentType(MediaType.APPLICATION_JSON).content(example[0])
                            .with(planner("suffolk")))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.detail").value(containsString("'" + example[1] + "'")));
        }
        mvc.perform(post(base).contentType(MediaType.APPLICATION_JSON).content("{\"name\": ").with(planner("suffolk")))
                .andExpect(status().isBadRequest());
        mvc.perform(get(base).with(planner("suffolk"))).andExpect(jsonPath("$.length()").value(0));
    }

    @Test
    void theRoleMatrixHasACitedDefaultAndEachForceCanChangeIt() throws Exception {
        String roles = "/api/v1/forces/cumbria/capacity/scenario-roles";
        mvc.perform(get(roles).with(analyst("cumbria")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.defaults").value(true))
                .andExpect(jsonPath("$.roles.CONCERN_FOR_SAFETY").value(Matchers.containsInAnyOrder(
                        "POLICE_OFFICER", "PARTNER_AGENCY")))
                .andExpect(jsonPath("$.roles.VIOLENT_CRIME").value(Matchers.contains("POLICE_OFFICER")))
                .andExpect(jsonPath("$.basis.CONCERN_FOR_SAFETY").value(containsString("Right Care, Right Person")))
                .andExpect(jsonPath("$.basis.VIOLENT_CRIME").value(containsString("Police Reform Act 2002")));
        mvc.perform(put(roles).contentType(MediaType.APPLICATION_JSON)
                .content("{\"roles\": {\"CONCERN_FOR_SAFETY\": [\"PCSO\"]}}").with(analyst("cumbria")))
                .andExpect(status().isForbidden());
        String scenarios = "/api/v1/forces/cumbria/capacity/scenarios";
        String toPcso = RCRP.replace("PARTNER_AGENCY", "PCSO");
        mvc.perform(post(scenarios).contentType(MediaType.APPLICATION_JSON).content(toPcso).with(planner("cumbria")))
                .andExpect(status().isBadRequest());
        mvc.perform(put(roles).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"roles\": {\"CONCERN_FOR_SAFETY\": [\"PCSO\"]}}").with(planner("cumbria")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.defaults").value(false))
                // Officers can always do the work.
                .andExpect(jsonPath("$.roles.CONCERN_FOR_SAFETY").value(Matchers.containsInAnyOrder(
                        "POLICE_OFFICER", "PCSO")));
        mvc.perform(post(scenarios).contentType(MediaType.APPLICATION_JSON).content(toPcso).with(planner("cumbria")))
                .andExpect(status().isCreated());
        mvc.perform(delete(roles).with(planner("cumbria"))).andExpect(jsonPath("$.defaults").value(true));
    }
}
