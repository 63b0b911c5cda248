package uk.beacon.governance.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import uk.beacon.governance.domain.dpia.DpiaJsonTestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import uk.beacon.governance.domain.dpia.DpiaExamples;
import uk.beacon.governance.domain.ethics.EthicsExamples;
import uk.beacon.testsupport.WebTest;

/** The DPIA and ethics review types wired into the application as the record's pages and API will wire them. */
@WebTest
class DpiaWebTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    private JsonNode postJson(String path, String body) throws Exception {
        String out = mvc.perform(post(path).with(user("planner")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content(body)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return json.readTree(out);
    }

    @Test
    void theApplicationsJsonMapperReadsAndWritesTheSameDpiaAndReview() throws Exception {
        assertThat(postJson("/test/governance/dpia.json", DpiaJsonTestData.COMPLETE))
                .isEqualTo(json.readTree(DpiaJsonTestData.COMPLETE));
        String review = json.writeValueAsString(EthicsExamples.complete());
        assertThat(postJson("/test/governance/ethics.json", review)).isEqualTo(json.readTree(review));
        assertThat(json.readValue(DpiaJsonTestData.COMPLETE, uk.beacon.governance.domain.dpia.Dpia.class))
                .isEqualTo(DpiaExamples.complete());
    }

    @Test
    void aFormPostBindsToTheDpiaFormByTheFieldIds() throws Exception {
        String out = mvc.perform(post("/test/governance/dpia-form").with(user("planner")).with(csrf())
                        .param("context.controller", "Chief Constable")
                        .param("principles[0].principle", "PURPOSES").param("principles[0].answer", "To find suspects")
                        .param("risks[0].kind", "ILLEGITIMATE_ACCESS").param("risks[0].severityBefore", "4")
                        .param("risks[0].severityAfter", "5")
                        .param("actionPlan[0].measure", "").param("actionPlan[1].measure", "Audit")
                        .param("actionPlan[1].owner", "DPO").param("actionPlan[1].due", "31/3/2026")
                        .param("affectedPeople.sought", "no").param("signOff.decision", "REJECTED"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        JsonNode body = json.readTree(out);

        JsonNode dpia = body.get("dpia");
        assertThat(dpia.get("context").get("controller").asString()).isEqualTo("Chief Constable");
        assertThat(dpia.get("principles").get(0).get("answer").asString()).isEqualTo("To find suspects");
        assertThat(dpia.get("risks").get(0).get("severityBefore").asInt()).isEqualTo(4);
        assertThat(dpia.get("actionPlan")).hasSize(1);
        assertThat(dpia.get("actionPlan").get(0).get("due").asString()).isEqualTo("2026-03-31");
        assertThat(dpia.get("affectedPeople").get("sought").asBoolean()).isFalse();
        assertThat(body.get("errors").propertyNames()).containsExactlyInAnyOrder("risks[0].severityAfter",
                "signOff.rejectionReasons");
    }

    @Test
    void aFormPostBindsToTheEthicsFormByTheFieldIds() throws Exception {
        String out = mvc.perform(post("/test/governance/ethics-form").with(user("planner")).with(csrf())
                        .param("answers[0].question", "ADVISORY").param("answers[0].answer", "Officers decide")
                        .param("conditions", "One\nTwo").param("adviceDate", "10 2 2026")
                        .param("minutesPublishable", "yes"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        JsonNode body = json.readTree(out);

        assertThat(body.get("review").get("answers").get(0).get("answer").asString()).isEqualTo("Officers decide");
        assertThat(body.get("review").get("conditions")).hasSize(2);
        assertThat(body.get("review").get("adviceDate").asString()).isEqualTo("2026-02-10");
        assertThat(body.get("errors").propertyNames()).containsExactly("minutes");
    }

    @Test
    void theFormFragmentRendersThroughTheApplicationsViewResolver() throws Exception {
        String html = mvc.perform(get("/test/governance/dpia-fields").with(user("planner")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(html).contains("id=\"context.processingDescription-error\"")
                .contains("name=\"risks[2].likelihoodAfter\"").contains("Enter the processors, or none");
    }
}
