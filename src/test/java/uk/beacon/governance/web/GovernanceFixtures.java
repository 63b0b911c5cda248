package uk.beacon.governance.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static uk.beacon.testsupport.Requests.as;

import com.jayway.jsonpath.JsonPath;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Records and workflow steps through the API, for the governance web tests. */
final class GovernanceFixtures {

    private GovernanceFixtures() {
    }

    static String record(String name) {
        return """
                {"name": %s, "description": "Reads number plates at the force boundary and checks them against lists.",
                 "purpose": "To find stolen vehicles", "contact": "anpr@example.police.uk",
                 "website": "https://example.police.uk/anpr",
                 "owner": {"team": "Roads policing", "seniorResponsibleOwner": "Chief Superintendent",
                   "suppliers": [{"name": "Camera Co Ltd", "companiesHouseNumber": "01234567", "role": "Cameras",
                     "procurementRoute": "Framework", "dataAccessTerms": "No access to reads"}]},
                 "rationale": {"benefit": "Fewer stolen vehicles", "previousProcess": "Officers watching",
                   "alternativesConsidered": "None"},
                 "decisionMaking": {"outputUse": "Alerts to officers", "humanDecisions": "An officer decides to stop",
                   "training": "Two hours", "appeals": "Complaints process"},
                 "specification": {"architecture": "Cameras and a central store", "models": "OCR",
                   "dataSources": "Cameras", "sensitiveAttributes": "None", "dataSharing": "National ANPR",
                   "retention": "12 months"},
                 "risks": {"risks": "Misreads", "mitigations": "Officer checks", "impactAssessments": "DPIA 2025"},
                 "category": "biometrics-surveillance", "phase": "production",
                 "legalBases": [{"title": "Protection of Freedoms Act 2012", "link": "https://www.legislation.gov.uk/ukpga/2012/9"}],
                 "workTypes": ["ROAD_TRAFFIC", "ACQUISITIVE_CRIME"], "technologyType": "anpr"}"""
                .formatted(quote(name));
    }

    static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /** Creates a draft as the force's demo planner; returns its id. */
    static String create(MockMvc mvc, String force, String name) throws Exception {
        String body = mvc.perform(post("/api/v1/forces/" + force + "/technologies").with(as("planner." + force))
                        .contentType(MediaType.APPLICATION_JSON).content(record(name)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.id");
    }

    static org.springframework.test.web.servlet.ResultActions step(MockMvc mvc, String id, RequestPostProcessor who,
            String action, String reason) throws Exception {
        return mvc.perform(post("/api/v1/technologies/" + id + "/transitions").with(who)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"action\": " + quote(action) + (reason == null ? "" : ", \"reason\": " + quote(reason))
                        + "}"));
    }

    /** Takes a draft to published with the force's demo planner, reviewer and approver. */
    static void publish(MockMvc mvc, String force, String id) throws Exception {
        step(mvc, id, as("planner." + force), "submit", null).andExpect(status().isOk());
        step(mvc, id, as("reviewer." + force), "start-review", null).andExpect(status().isOk());
        step(mvc, id, as("approver." + force), "approve", null).andExpect(status().isOk());
        step(mvc, id, as("planner." + force), "publish", null).andExpect(status().isOk());
    }
}
