package uk.beacon.governance.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static uk.beacon.testsupport.Requests.as;

import com.jayway.jsonpath.JsonPath;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import uk.beacon.governance.domain.dpia.DpiaJsonTestData;

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

    /** A complete DPIA as a client sends it (G3's example: every part written, signed off). Highest residual risk 4. */
    static final String COMPLETE_DPIA = DpiaJsonTestData.COMPLETE;

    /** A complete ethics review as a client sends it: every ALGO-CARE answer, the panel's advice, publishable minutes. */
    static final String COMPLETE_ETHICS_REVIEW = """
            {"answers": [
               {"question": "ADVISORY", "answer": "Officers decide; the tool only advises."},
               {"question": "LAWFUL", "answer": "Data Protection Act 2018 Part 3; PACE Code D."},
               {"question": "GRANULARITY", "answer": "Alerts name a vehicle, not a person."},
               {"question": "OWNERSHIP", "answer": "The force owns the system and its data."},
               {"question": "CHALLENGEABLE", "answer": "Through the complaints process."},
               {"question": "ACCURACY", "answer": "Misreads are checked by an officer."},
               {"question": "RESPONSIBLE", "answer": "The senior responsible owner answers for it."},
               {"question": "EXPLAINABLE", "answer": "A read and a list match, shown to the officer."}],
             "panel": "Force Data Ethics Committee", "advice": "Proceed, with the conditions below.",
             "conditions": ["Report misread rates every quarter"], "adviceDate": "2026-02-10",
             "minutes": "The committee discussed the proposal.", "minutesPublishable": true}""";

    /**
     * A form record (DpiaForm, EthicsForm) as the parameters its page posts: nested records joined with dots, list
     * items with [i], as the fragments name the fields.
     */
    static org.springframework.util.MultiValueMap<String, String> formParams(Object form) {
        org.springframework.util.LinkedMultiValueMap<String, String> params = new org.springframework.util.LinkedMultiValueMap<>();
        flatten("", form, params);
        return params;
    }

    private static void flatten(String prefix, Object value, org.springframework.util.MultiValueMap<String, String> out) {
        if (value == null) {
            return;
        }
        if (value instanceof Record record) {
            for (java.lang.reflect.RecordComponent component : record.getClass().getRecordComponents()) {
                try {
                    flatten(prefix.isEmpty() ? component.getName() : prefix + "." + component.getName(),
                            component.getAccessor().invoke(record), out);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        } else if (value instanceof java.util.List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                flatten(prefix + "[" + i + "]", list.get(i), out);
            }
        } else {
            out.add(prefix, value.toString());
        }
    }

    /** Stores a complete DPIA and ethics review on the record as the force's demo planner. */
    static void completeReviews(MockMvc mvc, String force, String id) throws Exception {
        mvc.perform(put("/api/v1/technologies/" + id + "/dpia").with(as("planner." + force))
                .contentType(MediaType.APPLICATION_JSON).content(COMPLETE_DPIA)).andExpect(status().isOk());
        mvc.perform(put("/api/v1/technologies/" + id + "/ethics-review").with(as("planner." + force))
                .contentType(MediaType.APPLICATION_JSON).content(COMPLETE_ETHICS_REVIEW)).andExpect(status().isOk());
    }

    /**
     * Takes a draft to published with the force's demo planner, reviewer and approver, writing a complete DPIA and
     * ethics review first (approval needs them).
     */
    static void publish(MockMvc mvc, String force, String id) throws Exception {
        completeReviews(mvc, force, id);
        step(mvc, id, as("planner." + force), "submit", null).andExpect(status().isOk());
        step(mvc, id, as("reviewer." + force), "start-review", null).andExpect(status().isOk());
        step(mvc, id, as("approver." + force), "approve", null).andExpect(status().isOk());
        step(mvc, id, as("planner." + force), "publish", null).andExpect(status().isOk());
    }
}
