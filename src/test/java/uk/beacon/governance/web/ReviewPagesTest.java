package uk.beacon.governance.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static uk.beacon.governance.web.GovernanceFixtures.COMPLETE_DPIA;
import static uk.beacon.governance.web.GovernanceFixtures.COMPLETE_ETHICS_REVIEW;
import static uk.beacon.governance.web.GovernanceFixtures.create;
import static uk.beacon.governance.web.GovernanceFixtures.step;
import static uk.beacon.testsupport.Requests.as;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import uk.beacon.testsupport.Requests;
import uk.beacon.testsupport.WebTest;

/** The DPIA and ethics review on the record pages: their edit pages, their views, and the law that applies. */
@WebTest
class ReviewPagesTest {

    @Autowired
    MockMvc mvc;

    private MockHttpServletRequestBuilder form(String path, MockHttpSession session) {
        return post(path).session(session).with(csrf()).contentType("application/x-www-form-urlencoded");
    }

    @Test
    @DisplayName("a record without a DPIA or ethics review says 'not yet' and links its planner to write them")
    void recordPageSaysNotYetAndLinksToTheEditPages() throws Exception {
        String id = create(mvc, "metropolitan", "Reviews not yet written");
        MockHttpSession planner = Requests.signIn(mvc, "planner.metropolitan");
        mvc.perform(get("/governance/technologies/" + id).session(planner)).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"dpia-none\"")))
                .andExpect(content().string(containsString("id=\"ethics-none\"")))
                .andExpect(content().string(containsString("href=\"/governance/technologies/" + id + "/dpia\"")))
                .andExpect(content().string(containsString(
                        "href=\"/governance/technologies/" + id + "/ethics-review\"")));
        MockHttpSession analyst = Requests.signIn(mvc, "analyst.metropolitan");
        mvc.perform(get("/governance/technologies/" + id).session(analyst)).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("id=\"edit-dpia\""))));
    }

    @Test
    @DisplayName("the DPIA page shows each problem in an error summary linked to its field, keeps what was typed, "
            + "and saves a draft with post/redirect/get")
    void dpiaPageLinksErrorsAndSaves() throws Exception {
        String id = create(mvc, "metropolitan", "DPIA page");
        String page = "/governance/technologies/" + id + "/dpia";
        MockHttpSession planner = Requests.signIn(mvc, "planner.metropolitan");
        mvc.perform(get(page).session(planner)).andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"context.processingDescription\"")))
                .andExpect(content().string(containsString("name=\"risks[0].severityAfter\"")));
        mvc.perform(form(page, planner).param("context.controller", "Kept controller")
                        .param("risks[0].kind", "ILLEGITIMATE_ACCESS").param("risks[0].severityBefore", "2")
                        .param("risks[0].severityAfter", "3").param("dpoOpinion.date", "31 February 2026"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("<title>Error: DPIA")))
                .andExpect(content().string(containsString("href=\"#risks[0].severityAfter\"")))
                .andExpect(content().string(containsString("href=\"#dpoOpinion.date\"")))
                .andExpect(content().string(containsString("Kept controller")));
        mvc.perform(get("/api/v1/technologies/" + id).with(as("planner.metropolitan")))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.dpia")
                        .doesNotExist());

        mvc.perform(form(page, planner).param("context.controller", "Chief Constable"))
                .andExpect(redirectedUrl("/governance/technologies/" + id));
        mvc.perform(get("/governance/technologies/" + id).session(planner))
                .andExpect(content().string(containsString("The DPIA is saved.")))
                .andExpect(content().string(containsString("still to be written before approval")))
                .andExpect(content().string(containsString("Chief Constable")))
                .andExpect(content().string(containsString("Being written")));
        mvc.perform(get(page).session(planner)).andExpect(content().string(containsString("Chief Constable")));
    }

    @Test
    @DisplayName("only the force's planners and reviewers open the DPIA and ethics review pages, while the record "
            + "can change")
    void reviewPagesHaveTheApisPermissions() throws Exception {
        String id = create(mvc, "metropolitan", "Review page permissions");
        String dpia = "/governance/technologies/" + id + "/dpia";
        String ethics = "/governance/technologies/" + id + "/ethics-review";
        MockHttpSession analyst = Requests.signIn(mvc, "analyst.metropolitan");
        mvc.perform(get(dpia).session(analyst)).andExpect(status().isForbidden());
        mvc.perform(form(ethics, analyst).param("panel", "x")).andExpect(status().isForbidden());
        MockHttpSession otherForce = Requests.signIn(mvc, "planner.city-of-london");
        mvc.perform(get(ethics).session(otherForce)).andExpect(status().isForbidden());
        MockHttpSession reviewer = Requests.signIn(mvc, "reviewer.metropolitan");
        mvc.perform(get(ethics).session(reviewer)).andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"minutesPublishable\"")));
        mvc.perform(form(ethics, reviewer).param("panel", "Ethics panel").param("conditions", "One\n\nTwo"))
                .andExpect(redirectedUrl("/governance/technologies/" + id));
        mvc.perform(get("/api/v1/technologies/" + id).with(as("analyst.metropolitan")))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath(
                        "$.ethicsReview.conditions.length()").value(2));
    }

    @Test
    @DisplayName("the record page shows the DPIA with its risk map, the ethics review, and the frameworks that "
            + "apply to its type with a link to the type; the public page hides minutes not to be published")
    void recordPagesShowTheReviewsAndTheLaw() throws Exception {
        String id = create(mvc, "city-of-london", "Reviewed ANPR");
        mvc.perform(put("/api/v1/technologies/" + id + "/dpia").with(as("planner.city-of-london"))
                .contentType(MediaType.APPLICATION_JSON).content(COMPLETE_DPIA)).andExpect(status().isOk());
        mvc.perform(put("/api/v1/technologies/" + id + "/ethics-review").with(as("planner.city-of-london"))
                .contentType(MediaType.APPLICATION_JSON).content(COMPLETE_ETHICS_REVIEW
                        .replace("The committee discussed the proposal.", "Private panel minutes")
                        .replace("\"minutesPublishable\": true", "\"minutesPublishable\": false")))
                .andExpect(status().isOk());
        MockHttpSession planner = Requests.signIn(mvc, "planner.city-of-london");
        String force = mvc.perform(get("/governance/technologies/" + id).session(planner)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(force).contains("id=\"dpia-heading\"", "<svg", "id=\"dpia-highest-residual-risk\">4<",
                "id=\"ethics-heading\"", "Force Data Ethics Committee", "Private panel minutes",
                "href=\"/horizon/types/anpr\"", "id=\"framework-surveillance-camera-code\"")
                .doesNotContain("id=\"dpia-none\"");

        step(mvc, id, as("planner.city-of-london"), "submit", null).andExpect(status().isOk());
        step(mvc, id, as("reviewer.city-of-london"), "start-review", null).andExpect(status().isOk());
        step(mvc, id, as("approver.city-of-london"), "approve", null).andExpect(status().isOk());
        step(mvc, id, as("planner.city-of-london"), "publish", null).andExpect(status().isOk());
        String open = mvc.perform(get("/register/" + id)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(open).contains("<svg", "id=\"dpia-highest-residual-risk\">4<", "Force Data Ethics Committee",
                "href=\"/horizon/types/anpr\"").doesNotContain("Private panel minutes");
    }

    @Test
    @DisplayName("the record editor offers the catalogue's technology types and refuses a code not in it")
    void editorOffersTheCataloguesTypes() throws Exception {
        MockHttpSession planner = Requests.signIn(mvc, "planner.metropolitan");
        mvc.perform(get("/forces/metropolitan/governance/new").session(planner)).andExpect(status().isOk())
                .andExpect(content().string(containsString("<select")))
                .andExpect(content().string(containsString("value=\"live-facial-recognition\"")))
                .andExpect(content().string(containsString("Body-worn video")));
        mvc.perform(form("/forces/metropolitan/governance/new", planner).param("name", "Odd type")
                        .param("description", "Something").param("category", "other").param("phase", "idea")
                        .param("technologyType", "teleportation"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("href=\"#technologyType\"")));
    }
}
