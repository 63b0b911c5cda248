package uk.beacon.portfolio.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import uk.beacon.platform.Role;
import uk.beacon.platform.SignedInUser;
import uk.beacon.testsupport.WebTest;

/** Initiatives through the API: who sees and changes what, and what is refused. Each test uses forces of its own. */
@WebTest
class InitiativeApiTest {

    /** A consortium initiative: a shared control room system, £2m capital, savings from year 2. */
    static String initiative(String name, String members, String mitigations) {
        return """
                {"name": "%s", "capability": "Shared control room", "memberForces": [%s],
                 "startYear": 2026, "baseYear": 2025, "prices": "REAL",
                 "phases": [{"name": "Procure", "months": 9}, {"name": "Build", "months": 15}],
                 "years": [{"year": 2026, "capital": 1500000, "running": 0},
                           {"year": 2027, "capital": 500000, "running": 100000, "cashableSavings": 200000},
                           {"year": 2028, "running": 100000, "cashableSavings": 600000, "officerHoursReleased": 10000},
                           {"year": 2029, "running": 100000, "cashableSavings": 600000, "officerHoursReleased": 10000}],
                 "demandEffects": "30%% of non-emergency crime reports move online", "hourlyCost": 45,
                 "optimismBiasCategory": "EQUIPMENT_AND_DEVELOPMENT", "mitigations": [%s],
                 "strategicCase": "Joint call handling", "commercialCase": "Framework call-off",
                 "managementCase": "Joint programme board"}""".formatted(name, members, mitigations);
    }

    @Autowired
    MockMvc mvc;

    static RequestPostProcessor as(String force, Role role) {
        RequestPostProcessor user = user(SignedInUser.of(role.name().toLowerCase() + "." + force, force, role));
        return request -> csrf().postProcessRequest(user.postProcessRequest(request));
    }

    String create(String force, String body) throws Exception {
        String json = mvc.perform(post("/api/v1/forces/" + force + "/initiatives").contentType(MediaType.APPLICATION_JSON)
                        .content(body).with(as(force, Role.PLANNER)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return JsonPath.read(json, "$.id");
    }

    /** The member force's planner accepts its invitation into the initiative. */
    static void accept(MockMvc mvc, String member, String id) throws Exception {
        mvc.perform(post("/api/v1/forces/" + member + "/initiatives/" + id + "/membership")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"decision\": \"accept\"}")
                        .with(as(member, Role.PLANNER)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.state").value("accepted"));
    }

    @Test
    void aPlannerCreatesAnInitiativeAndTheForceReadsIt() throws Exception {
        String id = create("kent", initiative("Online reporting", "", ""));
        mvc.perform(get("/api/v1/forces/kent/initiatives/" + id).with(as("kent", Role.ANALYST)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.ownerForce").value("kent"))
                .andExpect(jsonPath("$.definition.years.length()").value(4))
                .andExpect(jsonPath("$.definition.phases[1].months").value(15));
        mvc.perform(get("/api/v1/forces/kent/initiatives").with(as("kent", Role.ANALYST)))
                .andExpect(status().isOk()).andExpect(jsonPath("$[0].id").value(id));
    }

    @Test
    void anotherForceIsRefusedItsOwnPathAndCannotFindTheInitiativeThroughItsOwn() throws Exception {
        String id = create("essex", initiative("Essex only", "", ""));
        mvc.perform(get("/api/v1/forces/essex/initiatives").with(as("suffolk", Role.PLANNER)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/forces/essex/initiatives/" + id).with(as("suffolk", Role.PLANNER)))
                .andExpect(status().isForbidden());
        mvc.perform(put("/api/v1/forces/essex/initiatives/" + id).contentType(MediaType.APPLICATION_JSON)
                .content(initiative("Taken", "", "")).with(as("suffolk", Role.PLANNER))).andExpect(status().isForbidden());
        mvc.perform(delete("/api/v1/forces/essex/initiatives/" + id).with(as("suffolk", Role.PLANNER)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/forces/suffolk/initiatives/" + id).with(as("suffolk", Role.PLANNER)))
                .andExpect(status().isNotFound());
        mvc.perform(delete("/api/v1/forces/suffolk/initiatives/" + id).with(as("suffolk", Role.PLANNER)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/forces/suffolk/initiatives").with(as("suffolk", Role.PLANNER)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(0));
        mvc.perform(get("/api/v1/forces/essex/initiatives/" + id).with(as("essex", Role.ANALYST)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.definition.name").value("Essex only"));
    }

    @Test
    void aConsortiumInitiativeIsReadByItsMembersOnlyAndChangedByTheOwnerOnly() throws Exception {
        String id = create("surrey", initiative("Joint control room", "\"sussex\"", ""));
        accept(mvc, "sussex", id);
        mvc.perform(get("/api/v1/forces/sussex/initiatives/" + id).with(as("sussex", Role.ANALYST)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.ownerForce").value("surrey"));
        mvc.perform(get("/api/v1/forces/sussex/initiatives").with(as("sussex", Role.ANALYST)))
                .andExpect(status().isOk()).andExpect(jsonPath("$[0].id").value(id));
        mvc.perform(put("/api/v1/forces/sussex/initiatives/" + id).contentType(MediaType.APPLICATION_JSON)
                        .content(initiative("Renamed", "\"sussex\"", "")).with(as("sussex", Role.PLANNER)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/forces/hampshire/initiatives/" + id).with(as("hampshire", Role.PLANNER)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/forces/hampshire/initiatives").with(as("hampshire", Role.PLANNER)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(0));
        mvc.perform(put("/api/v1/forces/surrey/initiatives/" + id).contentType(MediaType.APPLICATION_JSON)
                        .content(initiative("Joint control room", "", "")).with(as("surrey", Role.PLANNER)))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/forces/sussex/initiatives/" + id).with(as("sussex", Role.ANALYST)))
                .andExpect(status().isNotFound());
    }

    @Test
    void onlyTheForcesPlannersWrite() throws Exception {
        mvc.perform(post("/api/v1/forces/dorset/initiatives").contentType(MediaType.APPLICATION_JSON)
                .content(initiative("Analyst's idea", "", "")).with(as("dorset", Role.ANALYST)))
                .andExpect(status().isForbidden());
        String id = create("dorset", initiative("Planner's idea", "", ""));
        mvc.perform(put("/api/v1/forces/dorset/initiatives/" + id).contentType(MediaType.APPLICATION_JSON)
                .content(initiative("Changed", "", "")).with(as("dorset", Role.ANALYST))).andExpect(status().isForbidden());
        mvc.perform(delete("/api/v1/forces/dorset/initiatives/" + id).with(as("dorset", Role.ANALYST)))
                .andExpect(status().isForbidden());
        mvc.perform(delete("/api/v1/forces/dorset/initiatives/" + id).with(as("dorset", Role.PLANNER)))
                .andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/forces/dorset/initiatives/" + id).with(as("dorset", Role.PLANNER)))
                .andExpect(status().isNotFound());
    }

    @Test
    void anInvalidInitiativeIsRefusedNamingTheField() throws Exception {
        mvc.perform(post("/api/v1/forces/devon-and-cornwall/initiatives").contentType(MediaType.APPLICATION_JSON)
                        .content(initiative("Bad", "", "").replace("\"capital\": 500000", "\"capital\": -5"))
                        .with(as("devon-and-cornwall", Role.PLANNER)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("years[1].capital")));
        mvc.perform(post("/api/v1/forces/devon-and-cornwall/initiatives").contentType(MediaType.APPLICATION_JSON)
                        .content(initiative("", "", "")).with(as("devon-and-cornwall", Role.PLANNER)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail", containsString("'name'")));
        mvc.perform(post("/api/v1/forces/devon-and-cornwall/initiatives").contentType(MediaType.APPLICATION_JSON)
                        .content(initiative("Nowhere", "\"atlantis\"", "")).with(as("devon-and-cornwall", Role.PLANNER)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail", containsString("memberForces[0]")));
        String otherForces = create("cumbria", initiative("Cumbria's", "", ""));
        mvc.perform(post("/api/v1/forces/devon-and-cornwall/initiatives").contentType(MediaType.APPLICATION_JSON)
                        .content(initiative("Needs another force's", "", "").replace("\"hourlyCost\"",
                                "\"dependsOn\": [\"" + otherForces + "\"], \"hourlyCost\""))
                        .with(as("devon-and-cornwall", Role.PLANNER)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail", containsString("dependsOn[0]")));
        mvc.perform(get("/api/v1/forces/devon-and-cornwall/initiatives").with(as("devon-and-cornwall", Role.PLANNER)))
                .andExpect(jsonPath("$.length()").value(0));
    }

    @Test
    void loweringOptimismBiasNeedsTheMitigationRecorded() throws Exception {
        mvc.perform(post("/api/v1/forces/wiltshire/initiatives").contentType(MediaType.APPLICATION_JSON)
                        .content(initiative("Unmitigated", "", "{\"capitalReduction\": 1.5, \"text\": \" \"}"))
                        .with(as("wiltshire", Role.PLANNER)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("mitigations[0].text")));
        String id = create("wiltshire", initiative("Mitigated", "",
                "{\"capitalReduction\": 1.5, \"durationReduction\": 0.34, \"text\": \"Fixed-price contract, proven product\"}"));
        String json = mvc.perform(get("/api/v1/forces/wiltshire/initiatives/" + id + "/appraisal")
                .with(as("wiltshire", Role.ANALYST))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(new java.math.BigDecimal(JsonPath.<Object>read(json, "$.withOptimismBias.optimismBias.capital").toString()))
                .isEqualByComparingTo("0.50");
        assertThat(new java.math.BigDecimal(JsonPath.<Object>read(json, "$.withOptimismBias.optimismBias.duration").toString()))
                .isEqualByComparingTo("0.20");
        assertThat(new java.math.BigDecimal(JsonPath.<Object>read(json, "$.withOptimismBias.npsv").toString()))
                .isLessThan(new java.math.BigDecimal(JsonPath.<Object>read(json, "$.withoutOptimismBias.npsv").toString()));
    }
}
