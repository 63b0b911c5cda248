package uk.beacon.capacity.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import uk.beacon.platform.Role;
import uk.beacon.platform.SignedInUser;
import uk.beacon.testsupport.Html;
import uk.beacon.testsupport.WebTest;

/** The workload page and the API hold abstraction (shrinkage) to the same rule, and the page says what it is. */
@WebTest
class ShrinkageRuleTest {

    private static final String PAGE_FORCE = "lincolnshire";
    private static final String API_FORCE = "staffordshire";

    @Autowired
    MockMvc mvc;

    private static RequestPostProcessor planner(String force) {
        RequestPostProcessor user = user(SignedInUser.of("planner." + force, force, Role.PLANNER));
        return request -> csrf().postProcessRequest(user.postProcessRequest(request));
    }

    /** The page's answer to these percentages: 302 when saved, 400 when refused. */
    private int page(String... percentages) throws Exception {
        return mvc.perform(post("/forces/" + PAGE_FORCE + "/capacity/workload").with(planner(PAGE_FORCE))
                        .param("callsPerIncident", "1").param("callHandlingSeconds", "300").param("travel-0", "8")
                        .param("leave", percentages[0]).param("training", percentages[1])
                        .param("sickness", percentages[2]).param("court", percentages[3])
                        .param("other", percentages[4]))
                .andReturn().getResponse().getStatus();
    }

    /** The API's answer to the same figures as shares: 200 when saved, 400 when refused. */
    private int api(String... percentages) throws Exception {
        String[] shares = new String[5];
        for (int i = 0; i < 5; i++) {
            shares[i] = new BigDecimal(percentages[i]).movePointLeft(2).toPlainString();
        }
        String body = """
                {"source": "By hand", "callsPerIncident": 1, "callHandlingSeconds": 300, "items": [],
                 "travel": [{"priority": null, "minutes": 8}],
                 "shrinkage": {"leave": %s, "training": %s, "sickness": %s, "court": %s, "other": %s}}"""
                .formatted((Object[]) shares);
        return mvc.perform(put("/api/v1/forces/" + API_FORCE + "/capacity/workload")
                        .contentType(MediaType.APPLICATION_JSON).content(body).with(planner(API_FORCE)))
                .andReturn().getResponse().getStatus();
    }

    @Test
    void thePageAndTheApiAcceptAndRefuseTheSameAbstraction() throws Exception {
        String[][] accepted = {
            {"12.7", "3.8", "4", "1", "2"},
            {"0", "0", "0", "0", "0"},
            {"89.5", "0", "0", "0", "0"},
            {"44.99", "45", "0", "0", "0"},
            {"89.99", "0", "0", "0", "0"}};
        String[][] refused = {
            {"90", "0", "0", "0", "0"},
            {"45", "45", "0", "0", "0"},
            {"95", "0", "0", "0", "0"},
            {"30", "30", "30", "0", "0"},
            {"-1", "0", "0", "0", "0"},
            {"100", "0", "0", "0", "0"}};
        for (String[] figures : accepted) {
            assertThat(page(figures)).as("page, %s", String.join(" ", figures)).isEqualTo(302);
            assertThat(api(figures)).as("API, %s", String.join(" ", figures)).isEqualTo(200);
        }
        for (String[] figures : refused) {
            assertThat(page(figures)).as("page, %s", String.join(" ", figures)).isEqualTo(400);
            assertThat(api(figures)).as("API, %s", String.join(" ", figures)).isEqualTo(400);
        }
    }

    @Test
    void theApiNamesThePartAtFaultOrTheWhole() throws Exception {
        String body = """
                {"source": "By hand", "callsPerIncident": 1, "callHandlingSeconds": 300, "items": [],
                 "travel": [{"priority": null, "minutes": 8}],
                 "shrinkage": {"leave": %s, "training": 0.4, "sickness": 0, "court": 0, "other": 0}}""";
        mvc.perform(put("/api/v1/forces/" + API_FORCE + "/capacity/workload").contentType(MediaType.APPLICATION_JSON)
                        .content(body.formatted("-0.1")).with(planner(API_FORCE)))
                .andExpect(jsonPath("$.errors['shrinkage.leave']").exists());
        mvc.perform(put("/api/v1/forces/" + API_FORCE + "/capacity/workload").contentType(MediaType.APPLICATION_JSON)
                        .content(body.formatted("0.5")).with(planner(API_FORCE)))
                .andExpect(jsonPath("$.errors['shrinkage']").value(org.hamcrest.Matchers.containsString("90%")));
    }

    @Test
    void thePageStatesTheRuleAndLinksARefusalToIt() throws Exception {
        String rule = "Each is a percentage of rostered time, 0 or more, and together they must come to less "
                + "than 90%, or nobody would be left on duty.";
        String form = mvc.perform(get("/forces/" + PAGE_FORCE + "/capacity/workload").with(planner(PAGE_FORCE)))
                .andReturn().getResponse().getContentAsString();
        assertThat(Html.text(form, "shrinkage-hint", "div")).isEqualTo(rule);
        assertThat(Html.tag(form, "leave")).contains("aria-describedby=\"shrinkage-hint\"");

        String refused = mvc.perform(post("/forces/" + PAGE_FORCE + "/capacity/workload").with(planner(PAGE_FORCE))
                        .param("callsPerIncident", "1").param("callHandlingSeconds", "300").param("travel-0", "8")
                        .param("leave", "50").param("training", "40").param("sickness", "0").param("court", "0")
                        .param("other", "0"))
                .andReturn().getResponse().getContentAsString();
        assertThat(Html.errorLinks(refused)).containsExactly("#leave");
        assertThat(Html.text(refused, "leave-error", "p")).contains("90%");
        assertThat(Html.tag(refused, "leave")).contains("aria-describedby=\"shrinkage-hint leave-error\"");
    }
}
