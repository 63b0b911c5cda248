package uk.beacon.governance.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static uk.beacon.governance.web.GovernanceFixtures.completeReviews;
import static uk.beacon.governance.web.GovernanceFixtures.create;
import static uk.beacon.governance.web.GovernanceFixtures.publish;
import static uk.beacon.governance.web.GovernanceFixtures.record;
import static uk.beacon.governance.web.GovernanceFixtures.step;
import static uk.beacon.testsupport.Requests.as;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import uk.beacon.platform.Role;
import uk.beacon.platform.SignedInUser;
import uk.beacon.testsupport.WebTest;

/** Technology records through the API: the workflow, who may take each step, versions and the trail. */
@WebTest
class TechnologyApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    @DisplayName("a record goes from draft to published with one force's demo accounts, and anyone finds it in the "
            + "list, the search, the CSV and the JSON")
    void draftToPublishedAndOnTheRegister() throws Exception {
        String created = mvc.perform(post("/api/v1/forces/city-of-london/technologies")
                        .with(as("planner.city-of-london"))
                        .contentType(MediaType.APPLICATION_JSON).content(record("Harbour drone patrol")))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", containsString("/api/v1/technologies/")))
                .andExpect(jsonPath("$.id").isString())
                .andExpect(jsonPath("$.state").value("draft"))
                .andReturn().getResponse().getContentAsString();
        String id = JsonPath.read(created, "$.id");
        mvc.perform(get("/api/v1/register/" + id)).andExpect(status().isNotFound());
        completeReviews(mvc, "city-of-london", id);

        step(mvc, id, as("planner.city-of-london"), "submit", null)
                .andExpect(status().isOk()).andExpect(jsonPath("$.state").value("submitted"));
        step(mvc, id, as("reviewer.city-of-london"), "start-review", null)
                .andExpect(jsonPath("$.state").value("in-review"));
        step(mvc, id, as("approver.city-of-london"), "approve", "Review the drone's flight logs every quarter")
                .andExpect(jsonPath("$.state").value("approved"))
                .andExpect(jsonPath("$.conditions").value("Review the drone's flight logs every quarter"));
        mvc.perform(get("/api/v1/register").param("q", "harbour drone")).andExpect(jsonPath("$.count").value(0));
        step(mvc, id, as("planner.city-of-london"), "publish", null).andExpect(jsonPath("$.state").value("published"))
                .andExpect(jsonPath("$.publishedVersion").value(1));

        mvc.perform(get("/api/v1/register")).andExpect(status().isOk())
                .andExpect(jsonPath("$.records[*].id", hasItem(id)));
        mvc.perform(get("/api/v1/register").param("q", "HARBOUR drone").param("force", "city-of-london")
                        .param("category", "biometrics-surveillance").param("phase", "production"))
                .andExpect(jsonPath("$.count").value(1))
                .andExpect(jsonPath("$.records[0].name").value("Harbour drone patrol"))
                .andExpect(jsonPath("$.records[0].forceName").value("City of London Police"));
        mvc.perform(get("/api/v1/register").param("q", "harbour").param("force", "metropolitan"))
                .andExpect(jsonPath("$.count").value(0));
        mvc.perform(get("/api/v1/register").param("q", "harbour").param("phase", "pilot"))
                .andExpect(jsonPath("$.count").value(0));
        mvc.perform(get("/api/v1/register/" + id)).andExpect(status().isOk())
                .andExpect(jsonPath("$.atrs.tier_1.name").value("Harbour drone patrol"))
                .andExpect(jsonPath("$.atrs.tier_2.owner_and_responsibility.external_supplier").value("Camera Co Ltd"))
                .andExpect(jsonPath("$.history[0].version").value(1));
        mvc.perform(get("/api/v1/register.csv")).andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andExpect(content().string(containsString("\"tier_1.name\"")))
                .andExpect(content().string(containsString("\"Harbour drone patrol\"")));
        mvc.perform(get("/api/v1/register.json")).andExpect(status().isOk())
                .andExpect(jsonPath("$.records[*].tier_1.name", hasItem("Harbour drone patrol")))
                .andExpect(jsonPath("$.records[*].beacon.id", hasItem(id)));
    }

    @Test
    @DisplayName("the author cannot approve their own record, even holding the approver role")
    void authorCannotApproveOwnRecord() throws Exception {
        RequestPostProcessor both = withCsrf(user(SignedInUser.of("planner-approver.metropolitan", "metropolitan",
                Role.PLANNER, Role.APPROVER)));
        String body = mvc.perform(post("/api/v1/forces/metropolitan/technologies").with(both)
                        .contentType(MediaType.APPLICATION_JSON).content(record("Own work")))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String id = JsonPath.read(body, "$.id");
        completeReviews(mvc, "metropolitan", id);
        step(mvc, id, both, "submit", null).andExpect(status().isOk());
        step(mvc, id, as("reviewer.metropolitan"), "start-review", null).andExpect(status().isOk());

        step(mvc, id, both, "approve", null).andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail", containsString("You wrote part of this record")));
        step(mvc, id, both, "reject", "no").andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/technologies/" + id).with(as("analyst.metropolitan")))
                .andExpect(jsonPath("$.state").value("in-review"));
        step(mvc, id, as("approver.metropolitan"), "approve", null).andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("approved"));
    }

    @Test
    @DisplayName("another force's planner can neither read nor change a draft")
    void anotherForceCannotReadOrChangeADraft() throws Exception {
        String id = create(mvc, "metropolitan", "Private draft");
        mvc.perform(get("/api/v1/technologies/" + id).with(as("planner.city-of-london")))
                .andExpect(status().isForbidden());
        mvc.perform(put("/api/v1/technologies/" + id).with(as("planner.city-of-london"))
                .contentType(MediaType.APPLICATION_JSON).content(record("Taken over"))).andExpect(status().isForbidden());
        step(mvc, id, as("planner.city-of-london"), "submit", null).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/technologies/" + id + "/trail").with(as("planner.city-of-london")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/forces/metropolitan/technologies").with(as("planner.city-of-london")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/technologies/" + id)).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/register/" + id)).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/technologies/" + id).with(as("planner.metropolitan")))
                .andExpect(jsonPath("$.record.name").value("Private draft"));
    }

    @Test
    @DisplayName("steps the state does not allow are 409; steps the role may not take are 403; missing reasons 400")
    void wrongStateIsConflictAndWrongRoleIsForbidden() throws Exception {
        String id = create(mvc, "metropolitan", "Workflow rules");
        step(mvc, id, as("approver.metropolitan"), "approve", null).andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(409));
        step(mvc, id, as("planner.metropolitan"), "publish", null).andExpect(status().isConflict());
        step(mvc, id, as("reviewer.metropolitan"), "submit", null).andExpect(status().isForbidden());
        step(mvc, id, as("analyst.metropolitan"), "submit", null).andExpect(status().isForbidden());
        step(mvc, id, as("planner.metropolitan"), "submit", null).andExpect(status().isOk());
        step(mvc, id, as("planner.metropolitan"), "start-review", null).andExpect(status().isForbidden());
        step(mvc, id, as("reviewer.metropolitan"), "start-review", null).andExpect(status().isOk());
        mvc.perform(put("/api/v1/technologies/" + id).with(as("planner.metropolitan"))
                .contentType(MediaType.APPLICATION_JSON).content(record("Changed in review")))
                .andExpect(status().isConflict());
        step(mvc, id, as("reviewer.metropolitan"), "request-changes", null).andExpect(status().isBadRequest());
        step(mvc, id, as("reviewer.metropolitan"), "request-changes", "Say how long reads are kept")
                .andExpect(jsonPath("$.state").value("changes-requested"));
        mvc.perform(put("/api/v1/technologies/" + id).with(as("planner.metropolitan"))
                .contentType(MediaType.APPLICATION_JSON).content(record("Changed after review")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.record.name").value("Changed after review"));
        step(mvc, id, as("planner.metropolitan"), "submit", null).andExpect(jsonPath("$.state").value("submitted"));
        step(mvc, id, as("planner.metropolitan"), "dance", null).andExpect(status().isBadRequest());
    }

    @Test
    @DisplayName("a published record changes only through a new version that goes through review again, while the "
            + "published version stays on the register")
    void publishedRecordChangesThroughANewVersion() throws Exception {
        String id = create(mvc, "city-of-london", "Versioned record");
        publish(mvc, "city-of-london", id);

        mvc.perform(put("/api/v1/technologies/" + id).with(as("planner.city-of-london"))
                        .contentType(MediaType.APPLICATION_JSON).content(record("Versioned record, second version")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("draft"))
                .andExpect(jsonPath("$.version").value(2))
                .andExpect(jsonPath("$.publishedVersion").value(1));
        mvc.perform(get("/api/v1/register/" + id))
                .andExpect(jsonPath("$.current.record.name").value("Versioned record"))
                .andExpect(jsonPath("$.history.length()").value(1));
        step(mvc, id, as("planner.city-of-london"), "publish", null).andExpect(status().isConflict());

        publish(mvc, "city-of-london", id);
        mvc.perform(get("/api/v1/register/" + id))
                .andExpect(jsonPath("$.current.record.name").value("Versioned record, second version"))
                .andExpect(jsonPath("$.history[0].version").value(2))
                .andExpect(jsonPath("$.history[1].version").value(1))
                .andExpect(jsonPath("$.history[1].record.name").value("Versioned record"));
        mvc.perform(get("/api/v1/register").param("q", "versioned record"))
                .andExpect(jsonPath("$.count").value(1));

        step(mvc, id, as("planner.city-of-london"), "withdraw", "No longer used").andExpect(status().isOk());
        mvc.perform(get("/api/v1/register").param("q", "versioned record")).andExpect(jsonPath("$.count").value(0));
        mvc.perform(get("/api/v1/register/" + id)).andExpect(status().isOk())
                .andExpect(jsonPath("$.withdrawn").value(true))
                .andExpect(jsonPath("$.history.length()").value(2))
                .andExpect(jsonPath("$.history[0].withdrawnReason").value("No longer used"));
        mvc.perform(put("/api/v1/technologies/" + id).with(as("planner.city-of-london"))
                .contentType(MediaType.APPLICATION_JSON).content(record("After withdrawal")))
                .andExpect(status().isConflict());
    }

    @Test
    @DisplayName("the trail records every step in a hash chain that verifies")
    void trailRecordsEveryStep() throws Exception {
        String id = create(mvc, "metropolitan", "Trail record");
        publish(mvc, "metropolitan", id);
        mvc.perform(get("/api/v1/technologies/" + id + "/trail").with(as("analyst.metropolitan")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.verified").value(true))
                .andExpect(jsonPath("$.entries.length()").value(7))
                .andExpect(jsonPath("$.entries[*].action").value(org.hamcrest.Matchers.contains("create",
                        "edit-dpia", "edit-ethics-review", "submit", "start-review", "approve", "publish")))
                .andExpect(jsonPath("$.entries[5].actor").value("approver.metropolitan"))
                .andExpect(jsonPath("$.entries[5].fromState").value("in-review"))
                .andExpect(jsonPath("$.entries[5].toState").value("approved"))
                .andExpect(jsonPath("$.entries[0].previousHash").value("0".repeat(64)));
    }

    @Test
    @DisplayName("changing a stored trail entry behind Beacon's back is detected by the record's trail and the "
            + "check of every trail")
    void tamperingIsDetected() throws Exception {
        String id = create(mvc, "metropolitan", "Tampered record");
        step(mvc, id, as("planner.metropolitan"), "submit", null).andExpect(status().isOk());
        step(mvc, id, as("reviewer.metropolitan"), "start-review", null).andExpect(status().isOk());
        mvc.perform(get("/api/v1/governance/trail-check").with(as("admin"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.broken[*].technologyId", not(hasItem(id))));
        mvc.perform(get("/api/v1/governance/trail-check").with(as("planner.metropolitan")))
                .andExpect(status().isForbidden());

        jdbc.sql("drop trigger governance_trail_append_only_update").update();
        try {
            jdbc.sql("update governance_trail set actor = 'someone-else' where technology_id = ? and seq = 2")
                    .param(id).update();
        } finally {
            jdbc.sql("create trigger governance_trail_append_only_update before update on governance_trail "
                    + "for each row call 'uk.beacon.platform.store.AppendOnlyTrigger'").update();
        }

        mvc.perform(get("/api/v1/technologies/" + id + "/trail").with(as("analyst.metropolitan")))
                .andExpect(jsonPath("$.verified").value(false))
                .andExpect(jsonPath("$.firstBrokenSeq").value(2));
        mvc.perform(get("/api/v1/governance/trail-check").with(as("admin")))
                .andExpect(jsonPath("$.verified").value(false))
                .andExpect(jsonPath("$.broken[*].technologyId", hasItem(id)));
        assertThat(jdbc.sql("select count(*) from governance_trail where technology_id = ?").param(id)
                .query(Long.class).single()).isEqualTo(3);
    }

    @Test
    @DisplayName("a record named <script>alert(1)</script> is plain text in the CSV and JSON downloads")
    void scriptNameIsHarmlessInDownloads() throws Exception {
        String id = create(mvc, "metropolitan", "<script>alert(1)</script>");
        publish(mvc, "metropolitan", id);
        String csv = mvc.perform(get("/api/v1/register.csv")).andReturn().getResponse().getContentAsString();
        assertThat(csv).contains("\"<script>alert(1)</script>\"");
        String json = mvc.perform(get("/api/v1/register.json")).andReturn().getResponse().getContentAsString();
        assertThat(json).contains("\"name\":\"<script>alert(1)</script>\"");
        mvc.perform(get("/api/v1/register.json"))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON));
    }

    @Test
    @DisplayName("a field that starts like a spreadsheet formula is neutralised in the CSV")
    void formulaIsNeutralisedInCsv() throws Exception {
        String id = create(mvc, "metropolitan", "=HYPERLINK(\"http://evil\")");
        publish(mvc, "metropolitan", id);
        String csv = mvc.perform(get("/api/v1/register.csv")).andReturn().getResponse().getContentAsString();
        assertThat(csv).contains("\"'=HYPERLINK(\"\"http://evil\"\")\"").doesNotContain(",\"=HYPERLINK");
    }

    @Test
    @DisplayName("records are length-limited and checked, with the field at fault named")
    void invalidRecordsAreRefused() throws Exception {
        mvc.perform(post("/api/v1/forces/metropolitan/technologies").with(as("planner.metropolitan"))
                        .contentType(MediaType.APPLICATION_JSON).content(record("x".repeat(201))))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail", containsString("'name'")));
        mvc.perform(post("/api/v1/forces/metropolitan/technologies").with(as("planner.metropolitan"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(record("Bad category").replace("biometrics-surveillance", "magic")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail", containsString("'category'")));
        mvc.perform(post("/api/v1/forces/metropolitan/technologies").with(as("planner.metropolitan"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(record("Bad link").replace("https://example.police.uk/anpr", "javascript:alert(1)")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail", containsString("'website'")));
        // Work types are the demand module's: a code it does not know is refused, naming the field.
        mvc.perform(post("/api/v1/forces/metropolitan/technologies").with(as("planner.metropolitan"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(record("Unknown work").replace("\"ROAD_TRAFFIC\"", "\"TIME_TRAVEL\"")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail", containsString("'workTypes'")))
                .andExpect(jsonPath("$.detail", containsString("TIME_TRAVEL")));
        mvc.perform(post("/api/v1/forces/metropolitan/technologies").with(as("analyst.metropolitan"))
                .contentType(MediaType.APPLICATION_JSON).content(record("Analyst"))).andExpect(status().isForbidden());
    }

    @Test
    @DisplayName("the DPIA and ethics review are stored, returned, and count as writing the record; a complete DPIA "
            + "is reported as completed")
    void dpiaAndEthicsReviewAreStored() throws Exception {
        String id = create(mvc, "metropolitan", "With DPIA");
        mvc.perform(put("/api/v1/technologies/" + id + "/dpia").with(as("planner.metropolitan"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"context\": {\"processingDescription\": \"ANPR\"}}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.dpiaCompleted").value(false));
        mvc.perform(put("/api/v1/technologies/" + id + "/ethics-review").with(as("reviewer.metropolitan"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"advice\": \"Go ahead\"}"))
                .andExpect(status().isOk());
        mvc.perform(put("/api/v1/technologies/" + id + "/dpia").with(as("planner.metropolitan"))
                .contentType(MediaType.APPLICATION_JSON).content("[1, 2]")).andExpect(status().isBadRequest());
        mvc.perform(put("/api/v1/technologies/" + id + "/dpia").with(as("analyst.metropolitan"))
                .contentType(MediaType.APPLICATION_JSON).content("{}")).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/technologies/" + id).with(as("analyst.metropolitan")))
                .andExpect(jsonPath("$.dpia.context.processingDescription").value("ANPR"))
                .andExpect(jsonPath("$.ethicsReview.advice").value("Go ahead"))
                .andExpect(jsonPath("$.hasEthicsReview").value(true))
                .andExpect(jsonPath("$.dpiaCompleted").value(false));
        mvc.perform(put("/api/v1/technologies/" + id + "/dpia").with(as("planner.metropolitan"))
                        .contentType(MediaType.APPLICATION_JSON).content(GovernanceFixtures.COMPLETE_DPIA))
                .andExpect(status().isOk()).andExpect(jsonPath("$.dpiaCompleted").value(true))
                .andExpect(jsonPath("$.highestResidualRisk").value(4))
                .andExpect(jsonPath("$.dpia.signOff.decision").value("VALIDATED_WITH_SIGNATURE"));
        mvc.perform(get("/api/v1/technologies/" + id + "/trail").with(as("analyst.metropolitan")))
                .andExpect(jsonPath("$.verified").value(true))
                .andExpect(jsonPath("$.contentMatches").value(true));
        publish(mvc, "metropolitan", id);
        mvc.perform(get("/api/v1/register").param("q", "with dpia").param("ethicsReview", "true"))
                .andExpect(jsonPath("$.records[*].id", hasItem(id)));
        mvc.perform(get("/api/v1/register").param("q", "with dpia").param("ethicsReview", "false"))
                .andExpect(jsonPath("$.count").value(0));
    }

    @Test
    @DisplayName("anyone reports a problem with a published record through the API; unknown filters are 400")
    void problemsAreReportedThroughThePublicApi() throws Exception {
        String id = create(mvc, "city-of-london", "Reported through the API");
        mvc.perform(post("/api/v1/register/" + id + "/problems").contentType(MediaType.APPLICATION_JSON)
                .content("{\"message\": \"Not published yet\"}")).andExpect(status().isNotFound());
        publish(mvc, "city-of-london", id);
        mvc.perform(post("/api/v1/register/" + id + "/problems").with(request -> {
                    request.setRemoteAddr("198.51.100.7");
                    return request;
                }).contentType(MediaType.APPLICATION_JSON).content("{\"message\": \"The website link is broken\"}"))
                .andExpect(status().isAccepted());
        mvc.perform(post("/api/v1/register/" + id + "/problems").contentType(MediaType.APPLICATION_JSON)
                .content("{\"message\": \"\"}")).andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/register").param("category", "magic")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("'category'")));
        mvc.perform(get("/api/v1/register").param("risk", "17")).andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/register/no-such-record")).andExpect(status().isNotFound());
    }

    private static RequestPostProcessor withCsrf(RequestPostProcessor user) {
        return request -> csrf().postProcessRequest(user.postProcessRequest(request));
    }
}
