package uk.beacon.governance.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static uk.beacon.testsupport.Requests.as;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import uk.beacon.testsupport.WebTest;

/** The demo profile's published technology record, seeded through the services. */
@WebTest
class DemoGovernanceTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoGovernance demo;

    @Test
    @DisplayName("the demo profile publishes one City of London record, labelled as demo content, with a complete "
            + "DPIA and ethics review and a verified trail by the force's planner, reviewer and approver; again "
            + "adds nothing")
    void demoRecordIsPublishedOnceWithAGenuineTrail() throws Exception {
        String body = mvc.perform(get("/api/v1/register").param("force", "city-of-london")
                        .param("q", "body-worn video demo record"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.count").value(1))
                .andReturn().getResponse().getContentAsString();
        String id = JsonPath.read(body, "$.records[0].id");
        mvc.perform(get("/api/v1/register/" + id))
                .andExpect(jsonPath("$.atrs.tier_1.description", org.hamcrest.Matchers.startsWith("DEMO CONTENT")))
                .andExpect(jsonPath("$.current.dpiaCompleted").value(true))
                .andExpect(jsonPath("$.current.hasEthicsReview").value(true))
                .andExpect(jsonPath("$.current.highestResidualRisk").value(4));
        mvc.perform(get("/api/v1/technologies/" + id).with(as("analyst.city-of-london")))
                .andExpect(jsonPath("$.state").value("published"))
                .andExpect(jsonPath("$.dpiaCompleted").value(true))
                .andExpect(jsonPath("$.createdBy").value("planner.city-of-london"));
        mvc.perform(get("/api/v1/technologies/" + id + "/trail").with(as("analyst.city-of-london")))
                .andExpect(jsonPath("$.verified").value(true))
                .andExpect(jsonPath("$.entries[*].action").value(contains("create", "edit-dpia",
                        "edit-ethics-review", "submit", "start-review", "approve", "publish")))
                .andExpect(jsonPath("$.entries[*].actor").value(contains("planner.city-of-london",
                        "planner.city-of-london", "planner.city-of-london", "planner.city-of-london",
                        "reviewer.city-of-london", "approver.city-of-london", "approver.city-of-london")));
        mvc.perform(get("/register/" + id)).andExpect(status().isOk());

        assertThat(demo.seed()).isNull();
        List<String> ids = JsonPath.read(mvc.perform(get("/api/v1/register").param("force", "city-of-london")
                .param("q", "body-worn video demo record")).andReturn().getResponse().getContentAsString(),
                "$.records[*].id");
        assertThat(ids).containsExactly(id);
    }
}
