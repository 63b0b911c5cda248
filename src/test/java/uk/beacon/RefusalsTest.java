package uk.beacon;

import static org.hamcrest.Matchers.aMapWithSize;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static uk.beacon.testsupport.Requests.as;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import uk.beacon.testsupport.WebTest;

/** One way to refuse bad input across the modules: 400 problem JSON with {@code errors} by field. */
@WebTest
class RefusalsTest {

    @Autowired
    MockMvc mvc;

    private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(body);
    }

    @Test
    @DisplayName("400 with errors by field when an optimisation has no horizon")
    void optimisationNamesTheField() throws Exception {
        mvc.perform(json(post("/api/v1/portfolio/optimisations").with(as("planner.metropolitan")),
                        "{\"horizonYears\": 0, \"budgetByYear\": [], \"initiatives\": []}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors.horizonYears", containsString("horizonYears")));
    }

    @Test
    @DisplayName("400 with errors by field when a funding-regime comparison has no budget")
    void fundingRegimesNameTheField() throws Exception {
        mvc.perform(json(post("/api/v1/portfolio/funding-regimes").with(as("planner.metropolitan")), "{}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.budgetByYear").isString());
    }

    @Test
    @DisplayName("400 with errors by field when a shift plan has no requirement")
    void shiftPlansNameTheField() throws Exception {
        mvc.perform(json(post("/api/v1/capacity/shift-plans").with(as("planner.metropolitan")), "{}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.requirement").isString());
    }

    @Test
    @DisplayName("400 with every field at fault when a deflator series breaks several rules")
    void deflatorNamesEveryField() throws Exception {
        mvc.perform(json(put("/api/v1/forces/metropolitan/portfolio/deflator").with(as("planner.metropolitan")),
                        "{\"source\": \" \", \"index\": [{\"year\": 2024, \"value\": -1}]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.source").isString())
                .andExpect(jsonPath("$.errors", aMapWithSize(org.hamcrest.Matchers.greaterThan(1))));
    }

    @Test
    @DisplayName("400 with errors by field when a technology record has no name")
    void technologyRecordNamesTheField() throws Exception {
        mvc.perform(json(post("/api/v1/forces/metropolitan/technologies").with(as("planner.metropolitan")), "{}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors").isMap());
    }
}
