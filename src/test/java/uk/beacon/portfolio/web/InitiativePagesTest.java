package uk.beacon.portfolio.web;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static uk.beacon.portfolio.web.InitiativeApiTest.as;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import uk.beacon.platform.Role;
import uk.beacon.testsupport.WebTest;

/** The initiative pages: list, editor (post/redirect/get, errors linked to fields) and appraisal summary. */
@WebTest
class InitiativePagesTest {

    @Autowired
    MockMvc mvc;

    static MockHttpServletRequestBuilder filled(MockHttpServletRequestBuilder request, String... replacements) {
        java.util.Map<String, String> fields = new java.util.LinkedHashMap<>();
        fields.put("name", "Body-worn video");
        fields.put("capability", "Digital evidence");
        fields.put("memberForces", "");
        fields.put("startYear", "2026");
        fields.put("baseYear", "2025");
        fields.put("prices", "REAL");
        fields.put("phases", "Procure, 6\nRoll out, 12");
        fields.put("years", "2026, 800000, 50000, 0, 0, 0\n2027, 0, 50000, 100000, 20000, 0\n2028, 0, 50000, 100000, 20000, 0");
        fields.put("hourlyCost", "45");
        fields.put("demandEffects", "20 minutes less paperwork per crime record");
        fields.put("mitigations", "100, 20, Proven product on a fixed-price framework");
        fields.put("strategicCase", "Better evidence, fewer contested cases");
        fields.put("commercialCase", "National framework call-off");
        fields.put("managementCase", "Digital board");
        for (int i = 0; i < replacements.length; i += 2) {
            fields.put(replacements[i], replacements[i + 1]);
        }
        fields.forEach(request::param);
        return request;
    }

    @Test
    void aPlannerCreatesAnInitiativeAndSeesItsFiveCaseSummaryWithTables() throws Exception {
        String location = mvc.perform(filled(post("/forces/gwent/initiatives")).with(as("gwent", Role.PLANNER)))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        mvc.perform(get(location).with(as("gwent", Role.ANALYST)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Body-worn video"), containsString("id=\"economic\""),
                        containsString("id=\"financial\""), containsString("1. Strategic case"),
                        containsString("5. Management case"), containsString("Proven product on a fixed-price framework"),
                        containsString("100%"), not(containsString("id=\"edit\"")))));
        mvc.perform(get("/forces/gwent/initiatives").with(as("gwent", Role.ANALYST)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"initiatives\""), containsString("Body-worn video"))));
    }

    @Test
    void aWrongFieldIsShownInTheErrorSummaryLinkedToTheFieldAndNothingIsSaved() throws Exception {
        mvc.perform(filled(post("/forces/dyfed-powys/initiatives"), "mitigations", "100, 20,")
                        .with(as("dyfed-powys", Role.PLANNER)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("govuk-error-summary"), containsString("href=\"#mitigations\""),
                        containsString("Mitigation line 1: Record the mitigation"))));
        mvc.perform(filled(post("/forces/dyfed-powys/initiatives"), "years", "2026, lots")
                        .with(as("dyfed-powys", Role.PLANNER)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("href=\"#years\"")));
        mvc.perform(get("/forces/dyfed-powys/initiatives").with(as("dyfed-powys", Role.PLANNER)))
                .andExpect(content().string(containsString("There are no initiatives yet")));
    }

    @Test
    void anUnknownMemberForceIsShownAgainstItsField() throws Exception {
        mvc.perform(filled(post("/forces/gloucestershire/initiatives"), "memberForces", "atlantis")
                        .with(as("gloucestershire", Role.PLANNER)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("href=\"#memberForces\""), containsString("atlantis"))));
    }

    @Test
    void theLandingPageListsTheCalculatorForAnyoneAndTheForcesInitiativesWhenSignedIn() throws Exception {
        mvc.perform(get("/portfolio")).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("/portfolio/appraisal"),
                        not(containsString("id=\"initiatives\"")))));
        mvc.perform(get("/portfolio").with(as("avon-and-somerset", Role.ANALYST))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("/forces/avon-and-somerset/initiatives"),
                        containsString("/portfolio/funding-regimes"))));
    }

    @Test
    void anotherForceCannotOpenTheListOrAnInitiativePage() throws Exception {
        String location = mvc.perform(filled(post("/forces/north-wales/initiatives")).with(as("north-wales", Role.PLANNER)))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        mvc.perform(get("/forces/north-wales/initiatives").with(as("south-wales", Role.PLANNER)))
                .andExpect(status().isForbidden());
        mvc.perform(get(location).with(as("south-wales", Role.PLANNER))).andExpect(status().isForbidden());
        mvc.perform(get(location.replace("north-wales", "south-wales")).with(as("south-wales", Role.PLANNER)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/forces/north-wales/initiatives/new").with(as("north-wales", Role.ANALYST)))
                .andExpect(status().isForbidden());
    }
}
