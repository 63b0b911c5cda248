package uk.beacon.capacity.web;

import uk.beacon.testsupport.Html;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static uk.beacon.testsupport.Requests.signIn;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import uk.beacon.platform.Role;
import uk.beacon.platform.SignedInUser;
import uk.beacon.testsupport.WebTest;

/** The capacity pages: the public calculator, the hub, and a force's standards, workload and staffing. */
@WebTest
class CapacityPagesTest {

    @Autowired
    MockMvc mvc;

    private static RequestPostProcessor planner(String force) {
        RequestPostProcessor user = user(SignedInUser.of("planner." + force, force, Role.PLANNER));
        return request -> csrf().postProcessRequest(user.postProcessRequest(request));
    }

    private String page(org.springframework.test.web.servlet.RequestBuilder request, int status) throws Exception {
        return mvc.perform(request).andExpect(status().is(status)).andReturn().getResponse().getContentAsString();
    }

    @Test
    void theCalculatorAnswersAnyoneWithTheFiguresAndATableAroundTheAnswer() throws Exception {
        String page = page(get("/capacity/calculator").param("callsPerInterval", "100")
                .param("intervalSeconds", "1800").param("handlingSeconds", "180").param("targetSeconds", "20")
                .param("serviceLevelTarget", "0.8"), 200);

        assertThat(Html.text(page, "fewest", "h3")).isEqualTo("14 call handlers");
        assertThat(Html.text(page, "service-level", "dd")).isEqualTo("88.84%");
        assertThat(Html.rows(page, "around")).hasSizeGreaterThanOrEqualTo(5);
        assertThat(Html.rows(page, "around")).filteredOn(row -> row.contains("govuk-tag")).singleElement()
                .satisfies(row -> assertThat(Html.strip(row)).startsWith("14 Answer"));
        assertThat(Html.rows(page, "around")).filteredOn(row -> Html.strip(row).startsWith("13 "))
                .singleElement().satisfies(row -> assertThat(Html.cells(row).get(0)).isEqualTo("79.56%"));
    }

    @Test
    void theCalculatorLinksEachErrorToItsField() throws Exception {
        String page = page(get("/capacity/calculator").param("callsPerInterval", "lots")
                .param("intervalSeconds", "1800").param("handlingSeconds", "0").param("targetSeconds", "20")
                .param("serviceLevelTarget", "0.8"), 400);

        assertThat(Html.title(page)).startsWith("Error:");
        assertThat(Html.errorLinks(page))
                .containsExactly("#callsPerInterval", "#handlingSeconds");
        assertThat(Html.tag(page, "handlingSeconds")).containsPattern("aria-describedby=\"[^\"]*handlingSeconds-error");
        assertThat(Html.value(page, "callsPerInterval")).isEqualTo("lots");
    }

    @Test
    void capacityListsTheCalculatorForThePublicAndSendsAForceMemberToTheirForce() throws Exception {
        String page = page(get("/capacity"), 200);
        assertThat(Html.tag(page, "calculator-link")).contains("href=\"/capacity/calculator\"");

        MockHttpSession session = signIn(mvc, "planner.metropolitan");
        mvc.perform(get("/capacity").session(session)).andExpect(redirectedUrl("/forces/metropolitan/capacity"));
        String hub = page(get("/forces/metropolitan/capacity").session(session), 200);
        assertThat(Html.hrefs(hub, "capacity-links", "ul")).contains(
                "/forces/metropolitan/capacity/standards", "/forces/metropolitan/capacity/workload",
                "/forces/metropolitan/capacity/staffing", "/forces/metropolitan/capacity/shift-plans",
                "/forces/metropolitan/capacity/simulations", "/capacity/calculator");
        mvc.perform(get("/forces/city-of-london/capacity").session(session)).andExpect(status().isForbidden());
        mvc.perform(get("/forces/metropolitan/capacity")).andExpect(status().is3xxRedirection());
    }

    @Test
    void aPlannerChangesAStandardThroughTheFormAndMistakesAreLinkedToTheirFields() throws Exception {
        String form = page(get("/forces/norfolk/capacity/standards").with(planner("norfolk")), 200);
        assertThat(Html.has(form, "defaults-note")).isTrue();
        assertThat(Html.value(form, "target-1")).isEqualTo("15");

        String wrong = page(post("/forces/norfolk/capacity/standards").with(planner("norfolk"))
                .param("target-0", "10").param("share-0", "120").param("active-0", "true")
                .param("target-1", "soon").param("share-1", "90").param("active-1", "true")
                .param("target-2", "20").param("share-2", "90").param("target-3", "60").param("share-3", "80"), 400);
        assertThat(Html.errorLinks(wrong)).containsExactly("#share-0", "#target-1");

        mvc.perform(post("/forces/norfolk/capacity/standards").with(planner("norfolk"))
                        .param("target-0", "10").param("share-0", "90").param("active-0", "true")
                        .param("target-1", "15").param("share-1", "90")
                        .param("target-2", "20").param("share-2", "85").param("active-2", "true")
                        .param("target-3", "60").param("share-3", "80"))
                .andExpect(redirectedUrl("/forces/norfolk/capacity/standards"));
        String after = page(get("/forces/norfolk/capacity/standards").with(planner("norfolk")), 200);
        assertThat(Html.has(after, "defaults-note")).isFalse();
        assertThat(Html.tag(after, "active-1")).doesNotContain("checked");
        assertThat(Html.tag(after, "active-2")).contains("checked");
        assertThat(Html.value(after, "share-2")).isEqualTo("85");
        assertThat(Html.tag(after, "active-3")).doesNotContain("checked");

        RequestPostProcessor analyst = user(SignedInUser.of("analyst.norfolk", "norfolk", Role.ANALYST));
        String readOnly = page(get("/forces/norfolk/capacity/standards").with(analyst), 200);
        assertThat(Html.rows(readOnly, "standards")).hasSize(4);
        assertThat(readOnly).doesNotContain("name=\"target-0\"");
    }

    @Test
    void aForceWithoutDemandDataEntersWorkByHandAndSeesItsStaffing() throws Exception {
        String empty = page(get("/forces/suffolk/capacity/workload").with(planner("suffolk")), 200);
        assertThat(Html.has(empty, "no-items")).isTrue();

        String wrong = page(post("/forces/suffolk/capacity/workload/items").with(planner("suffolk"))
                .param("newWorkType", "").param("newPerWeek", "many").param("newMinutes", "90")
                .param("newOfficers", "1"), 400);
        assertThat(Html.errorLinks(wrong)).containsExactly("#newWorkType", "#newPerWeek");

        mvc.perform(post("/forces/suffolk/capacity/workload/items").with(planner("suffolk"))
                        .param("newWorkType", "CONCERN_FOR_SAFETY").param("newPriority", "1")
                        .param("newPerWeek", "336").param("newMinutes", "90").param("newOfficers", "2"))
                .andExpect(redirectedUrl("/forces/suffolk/capacity/workload"));
        String saved = page(get("/forces/suffolk/capacity/workload").with(planner("suffolk")), 200);
        assertThat(Html.rows(saved, "items")).hasSize(1);
        assertThat(Html.value(saved, "perWeek-0")).isEqualTo("336");

        mvc.perform(post("/forces/suffolk/capacity/workload").with(planner("suffolk"))
                        .param("callsPerIncident", "1").param("callHandlingSeconds", "300")
                        .param("leave", "12.7").param("training", "3.8").param("sickness", "4").param("court", "1")
                        .param("other", "2").param("travel-0", "8").param("perWeek-0", "672").param("minutes-0", "90")
                        .param("officers-0", "2").param("deployed-0", "true"))
                .andExpect(redirectedUrl("/forces/suffolk/capacity/workload"));

        String staffing = page(get("/forces/suffolk/capacity/staffing").with(planner("suffolk")), 200);
        assertThat(staffing.split("<svg", -1)).hasSize(3);
        assertThat(Html.rows(staffing, "response-grid")).hasSize(7);
        assertThat(Html.cells(Html.rows(staffing, "response-grid").get(0))).hasSize(24);
        assertThat(Html.rows(staffing, "response-hours")).hasSize(168);
        // 4 incidents an hour of 90 officer minutes: 6 erlangs, so more than 6 officers on duty.
        assertThat(Integer.parseInt(Html.cells(Html.rows(staffing, "response-grid").get(0)).get(0)))
                .isGreaterThan(6);
        assertThat(Html.cells(Html.rows(staffing, "response-hours").get(0)).get(1)).isEqualTo("6");
    }

    @Test
    void capacityPagesNameWorkTypesAsDemandDoes() throws Exception {
        mvc.perform(post("/forces/lancashire/capacity/workload/items").with(planner("lancashire"))
                        .param("newWorkType", "CONCERN_FOR_SAFETY").param("newPriority", "1")
                        .param("newPerWeek", "100").param("newMinutes", "60").param("newOfficers", "1"))
                .andExpect(redirectedUrl("/forces/lancashire/capacity/workload"));

        String workload = page(get("/forces/lancashire/capacity/workload").with(planner("lancashire")), 200);
        assertThat(Html.strip(Html.rows(workload, "items").get(0))).startsWith("Concern for safety and welfare 1");
        assertThat(workload).contains("Incidents a week, Concern for safety and welfare, priority 1")
                .doesNotContain(", CONCERN_FOR_SAFETY, priority");

        String roles = page(get("/forces/lancashire/capacity/scenarios/roles").with(planner("lancashire")), 200);
        assertThat(Html.text(roles, "row-CONCERN_FOR_SAFETY", "tr")).startsWith("Concern for safety and welfare");
        String path = mvc.perform(post("/forces/lancashire/capacity/scenarios").param("name", "Labels")
                .with(planner("lancashire"))).andExpect(status().is3xxRedirection()).andReturn().getResponse()
                .getRedirectedUrl();
        String scenario = page(get(path).with(planner("lancashire")), 200);
        assertThat(scenario).contains(">Concern for safety and welfare</option>")
                .doesNotContain(">Concern for safety</option>");
    }

    @Test
    void workloadAndStaffingPagesArePrivateToTheForce() throws Exception {
        MockHttpSession city = signIn(mvc, "analyst.city-of-london");
        for (String path : new String[] {"standards", "workload", "staffing"}) {
            mvc.perform(get("/forces/metropolitan/capacity/" + path).session(city)).andExpect(status().isForbidden());
            mvc.perform(get("/forces/metropolitan/capacity/" + path)).andExpect(status().is3xxRedirection());
        }
        mvc.perform(post("/forces/city-of-london/capacity/standards").session(city).with(csrf())
                .param("target-0", "10")).andExpect(status().isForbidden());
        String own = page(get("/forces/city-of-london/capacity/staffing").session(city), 200);
        assertThat(Html.has(own, "call-handling-grid")).isTrue();
    }
}
