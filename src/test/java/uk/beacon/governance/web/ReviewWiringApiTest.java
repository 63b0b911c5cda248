package uk.beacon.governance.web;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static uk.beacon.governance.web.GovernanceFixtures.COMPLETE_DPIA;
import static uk.beacon.governance.web.GovernanceFixtures.COMPLETE_ETHICS_REVIEW;
import static uk.beacon.governance.web.GovernanceFixtures.create;
import static uk.beacon.governance.web.GovernanceFixtures.publish;
import static uk.beacon.governance.web.GovernanceFixtures.record;
import static uk.beacon.governance.web.GovernanceFixtures.step;
import static uk.beacon.testsupport.Requests.as;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * The DPIA and ethics review wired into the record's API: read as their types, checked, stored with the highest
 * residual risk the register filters on, and needed complete for approval; technology types checked against the
 * horizon-scanning catalogue, whose gaps count the registered deployments.
 */
@uk.beacon.testsupport.WebTest
class ReviewWiringApiTest {

    @Autowired
    MockMvc mvc;

    private ResultActions putDpia(String id, String body) throws Exception {
        return mvc.perform(put("/api/v1/technologies/" + id + "/dpia").with(as("planner.metropolitan"))
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private ResultActions putEthics(String id, String body) throws Exception {
        return mvc.perform(put("/api/v1/technologies/" + id + "/ethics-review").with(as("reviewer.metropolitan"))
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private void toReview(String id) throws Exception {
        step(mvc, id, as("planner.metropolitan"), "submit", null).andExpect(status().isOk());
        step(mvc, id, as("reviewer.metropolitan"), "start-review", null).andExpect(status().isOk());
    }

    @Test
    @DisplayName("a DPIA with an unknown field or a value of the wrong kind is 400 naming the field")
    void unknownFieldsAndBadValuesAreNamed() throws Exception {
        String id = create(mvc, "metropolitan", "Unknown DPIA fields");
        putDpia(id, "{\"context\": {\"processing\": \"ANPR\"}}").andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail", containsString("'context.processing'")))
                .andExpect(jsonPath("$.errors['context.processing']").exists());
        putDpia(id, "{\"risks\": [{\"kind\": \"ILLEGITIMATE_ACCESS\"}, {\"kind\": \"METEOR_STRIKE\"}]}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors['risks[1].kind']").exists());
        putDpia(id, "{\"signOff\": {\"decision\": \"MAYBE\"}}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("'signOff.decision'")));
        putEthics(id, "{\"adviceDate\": \"next tuesday\"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.adviceDate").exists());
        putEthics(id, "{\"verdict\": \"fine\"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.verdict").exists());
        mvc.perform(get("/api/v1/technologies/" + id).with(as("planner.metropolitan")))
                .andExpect(jsonPath("$.dpia").doesNotExist()).andExpect(jsonPath("$.ethicsReview").doesNotExist());
    }

    @Test
    @DisplayName("what validate() finds is 400 with the errors by field, the message naming the first; a blank draft "
            + "is stored")
    void validationErrorsAreReturnedByField() throws Exception {
        String id = create(mvc, "metropolitan", "Invalid DPIA");
        putDpia(id, """
                {"risks": [{"kind": "ILLEGITIMATE_ACCESS", "severityBefore": 2, "severityAfter": 5}],
                 "signOff": {"decision": "REJECTED"}}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("'risks[0].severityAfter'")))
                .andExpect(jsonPath("$.errors['risks[0].severityAfter']").exists())
                .andExpect(jsonPath("$.errors['signOff.rejectionReasons']").exists());
        putEthics(id, "{\"conditions\": [\"Audit\", \"\"]}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors['conditions[1]']").exists());
        putDpia(id, "{}").andExpect(status().isOk()).andExpect(jsonPath("$.dpiaCompleted").value(false))
                .andExpect(jsonPath("$.highestResidualRisk").doesNotExist());
        putEthics(id, COMPLETE_ETHICS_REVIEW).andExpect(status().isOk())
                .andExpect(jsonPath("$.ethicsReview.panel").value("Force Data Ethics Committee"))
                .andExpect(jsonPath("$.ethicsReview.adviceDate").value("2026-02-10"));
    }

    @Test
    @DisplayName("the DPIA's highest residual risk is stored, so the register's risk filter finds the record")
    void highestResidualRiskFiltersTheRegister() throws Exception {
        String id = create(mvc, "metropolitan", "Residual risk filter");
        putDpia(id, COMPLETE_DPIA).andExpect(jsonPath("$.highestResidualRisk").value(4));
        publish(mvc, "metropolitan", id);
        mvc.perform(get("/api/v1/register").param("q", "residual risk filter").param("risk", "4"))
                .andExpect(jsonPath("$.records[*].id", contains(id)))
                .andExpect(jsonPath("$.records[0].highestResidualRisk").value(4));
        mvc.perform(get("/api/v1/register").param("q", "residual risk filter").param("risk", "5"))
                .andExpect(jsonPath("$.count").value(0));
        mvc.perform(get("/api/v1/register/" + id)).andExpect(jsonPath("$.current.highestResidualRisk").value(4))
                .andExpect(jsonPath("$.atrs.beacon.highest_residual_risk").value(4));
    }

    @Test
    @DisplayName("approval needs a complete DPIA and ethics review: 409 naming what is missing, then approved once "
            + "both are complete")
    void approvalNeedsCompleteReviews() throws Exception {
        String id = create(mvc, "metropolitan", "Approval needs reviews");
        toReview(id);
        step(mvc, id, as("approver.metropolitan"), "approve", null).andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", allOf(containsString("no DPIA"), containsString("no ethics review"))));

        putDpia(id, "{\"context\": {\"controller\": \"Chief Constable\"}}").andExpect(status().isOk());
        putEthics(id, "{\"panel\": \"Ethics panel\"}").andExpect(status().isOk());
        step(mvc, id, as("approver.metropolitan"), "approve", null).andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", allOf(containsString("the DPIA is not complete"),
                        containsString("context.processingDescription"), containsString("the ethics review is not complete"),
                        containsString("answers"))));

        putDpia(id, COMPLETE_DPIA).andExpect(status().isOk());
        step(mvc, id, as("approver.metropolitan"), "approve", null).andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", not(containsString("DPIA"))));
        putEthics(id, COMPLETE_ETHICS_REVIEW).andExpect(status().isOk());
        step(mvc, id, as("approver.metropolitan"), "approve", null).andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("approved"));
    }

    @Test
    @DisplayName("a technology type must be in the horizon-scanning catalogue: an unknown code is 400 naming "
            + "technologyType")
    void technologyTypeIsCheckedAgainstTheCatalogue() throws Exception {
        mvc.perform(post("/api/v1/forces/metropolitan/technologies").with(as("planner.metropolitan"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(record("Unknown type").replace("\"anpr\"", "\"teleportation\"")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("'technologyType'")))
                .andExpect(jsonPath("$.errors.technologyType").exists());
        String id = create(mvc, "metropolitan", "Known type");
        mvc.perform(put("/api/v1/technologies/" + id).with(as("planner.metropolitan"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(record("Known type").replace("\"anpr\"", "\"teleportation\"")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.technologyType").exists());
        mvc.perform(put("/api/v1/technologies/" + id).with(as("planner.metropolitan"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(record("Known type").replace("\"anpr\"", "\"drones\"")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.record.technologyType").value("drones"));
    }

    @Test
    @DisplayName("publishing a record of a type counts as a registered deployment of that type in the gaps")
    void publishedRecordsCountInTheHorizonGaps() throws Exception {
        String type = "individual-risk-assessment";
        String path = "$[?(@.type.code == '" + type + "')].deployments";
        List<Integer> before = JsonPath.read(mvc.perform(get("/api/v1/horizon/gaps")).andReturn().getResponse()
                .getContentAsString(), path);
        org.assertj.core.api.Assertions.assertThat(before).containsExactly(0);
        String body = mvc.perform(post("/api/v1/forces/metropolitan/technologies").with(as("planner.metropolitan"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(record("Risk scoring model").replace("\"anpr\"", "\"" + type + "\"")))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String id = JsonPath.read(body, "$.id");
        mvc.perform(get("/api/v1/horizon/gaps")).andExpect(jsonPath(path, contains(0)));
        publish(mvc, "metropolitan", id);
        mvc.perform(get("/api/v1/horizon/gaps")).andExpect(jsonPath(path, contains(1)));
        String page = mvc.perform(get("/horizon/gaps")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        java.util.regex.Matcher row = java.util.regex.Pattern.compile("id=\"gaps-" + type
                + "\".*?govuk-table__cell--numeric\">(\\d+)<", java.util.regex.Pattern.DOTALL).matcher(page);
        org.assertj.core.api.Assertions.assertThat(row.find()).isTrue();
        org.assertj.core.api.Assertions.assertThat(row.group(1)).isEqualTo("1");
        mvc.perform(get("/api/v1/register").param("q", "risk scoring model"))
                .andExpect(jsonPath("$.records[*].id", hasItem(id)));
    }
}
