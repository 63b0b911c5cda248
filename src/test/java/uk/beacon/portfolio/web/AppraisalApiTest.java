package uk.beacon.portfolio.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import uk.beacon.testsupport.WebTest;

/** The public Green Book calculator API: its contract, without signing in, and its 400s naming the field. */
@WebTest
class AppraisalApiTest {

    @Autowired
    MockMvc mvc;

    private ResultActions appraise(String json) throws Exception {
        return mvc.perform(post("/api/v1/appraisal").contentType(MediaType.APPLICATION_JSON).content(json));
    }

    private void refused(String json, String field) throws Exception {
        appraise(json).andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.detail").value(containsString("'" + field + "'")));
    }

    @Test
    void answersAnyoneWithTheContractFieldsToThePenny() throws Exception {
        appraise("""
                {"baseYear": 2025, "costs": [1000], "benefits": [0, 600, 600],
                 "optimismBias": {"capital": 0, "duration": 0}}""")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.presentValueCosts").value(1000.00))
                .andExpect(jsonPath("$.presentValueBenefits").value(1139.82))
                .andExpect(jsonPath("$.npsv").value(139.82))
                .andExpect(jsonPath("$.bcr").value(1.1398))
                .andExpect(jsonPath("$.discountFactors", hasSize(3)))
                .andExpect(jsonPath("$.discountFactors[0]").value(1.0))
                .andExpect(jsonPath("$.discountFactors[1]").value(0.966183574879227))
                .andExpect(jsonPath("$.years[2]").value(2027))
                .andExpect(jsonPath("$.switchingValues.presentValueBenefitsChange").value(-139.82))
                .andExpect(jsonPath("$.switchingValues.presentValueCostsChangeShare").value(0.1398));
    }

    @Test
    void yearThirtyOneIsDiscountedAtThreePerCentAndItsRateSaysSo() throws Exception {
        String thirtyThreeYears = String.join(", ", java.util.Collections.nCopies(33, "1000"));
        appraise("""
                {"baseYear": 2025, "costs": [0], "benefits": [%s], "optimismBias": {"capital": 0, "duration": 0}}"""
                .formatted(thirtyThreeYears))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.discountRates", hasSize(33)))
                .andExpect(jsonPath("$.discountRates[1]").value(0.035))
                .andExpect(jsonPath("$.discountRates[30]").value(0.035))
                .andExpect(jsonPath("$.discountRates[31]").value(0.03))
                .andExpect(jsonPath("$.discountRates[32]").value(0.03))
                // 1.035^-30, 1.035^-30 / 1.03 and 1.035^-30 / 1.03^2
                .andExpect(jsonPath("$.discountFactors[30]").value(0.356278410602302))
                .andExpect(jsonPath("$.discountFactors[31]").value(0.345901369516798))
                .andExpect(jsonPath("$.discountFactors[32]").value(0.335826572346405))
                .andExpect(jsonPath("$.presentValueBenefitsByYear[31]").value(345.90));
    }

    @Test
    void leavingOutOptimismBiasAppliesTheTreasuryUpperBoundsAndShowsTheirEffect() throws Exception {
        // Costs over 2 years: 54% of 2 is 1.08, so the benefits move 2 years later; costs triple.
        appraise("""
                {"baseYear": 2025, "costs": [1000, 1000], "benefits": [0, 0, 1500, 1500]}""")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.optimismBias.capital").value(2.0))
                .andExpect(jsonPath("$.optimismBias.duration").value(0.54))
                .andExpect(jsonPath("$.optimismBias.deliveryYears").value(2))
                .andExpect(jsonPath("$.optimismBias.delayYears").value(2))
                .andExpect(jsonPath("$.upliftedCosts[0]").value(3000.0))
                .andExpect(jsonPath("$.delayedBenefits", hasSize(6)))
                .andExpect(jsonPath("$.delayedBenefits[2]").value(0.0))
                .andExpect(jsonPath("$.delayedBenefits[4]").value(1500.0))
                // 3000 + 3000 / 1.035 = 5898.55
                .andExpect(jsonPath("$.presentValueCosts").value(5898.55))
                .andExpect(jsonPath("$.withoutOptimismBias.presentValueCosts").value(1966.18));
        appraise("""
                {"baseYear": 2025, "costs": [1000, 1000], "benefits": [], "optimismBias": {"capital": 0.1}}""")
                .andExpect(jsonPath("$.optimismBias.capital").value(0.1))
                .andExpect(jsonPath("$.optimismBias.duration").value(0.54))
                .andExpect(jsonPath("$.bcr").value(0.0));
    }

    @Test
    void theOpenApiDocumentDescribesTheCalculator() throws Exception {
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/api/v1/openapi"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/appraisal'].post.requestBody").exists())
                .andExpect(jsonPath("$.paths['/api/v1/appraisal'].post.tags[0]").value("Portfolio"));
    }

    @Test
    void bcrIsNullWithoutCosts() throws Exception {
        appraise("""
                {"baseYear": 2025, "costs": [], "benefits": [100]}""")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.presentValueCosts").value(0.0))
                .andExpect(jsonPath("$.bcr").value(nullValue()))
                .andExpect(jsonPath("$.npsv").value(100.0));
    }

    @Test
    void badRequestsAreA400ProblemNamingTheField() throws Exception {
        refused("""
                {"baseYear": 2025, "costs": [1, 2, 3, -4], "benefits": []}""", "costs[3]");
        refused("""
                {"baseYear": 2025, "costs": [1], "benefits": [1, "2"]}""", "benefits[1]");
        refused("""
                {"baseYear": 2025, "costs": [1], "benefits": [1, null]}""", "benefits[1]");
        refused("""
                {"costs": [1], "benefits": [1]}""", "baseYear");
        refused("""
                {"baseYear": 2025.5, "costs": [1], "benefits": [1]}""", "baseYear");
        refused("""
                {"baseYear": 2025, "benefits": [1]}""", "costs");
        refused("""
                {"baseYear": 2025, "costs": {"0": 1}, "benefits": [1]}""", "costs");
        refused("""
                {"baseYear": 2025, "costs": [], "benefits": []}""", "costs");
        refused("""
                {"baseYear": 2025, "costs": [1], "benefits": [1], "optimismBias": {"capital": -0.1}}""",
                "optimismBias.capital");
        refused("""
                {"baseYear": 2025, "costs": [1], "benefits": [1], "optimismBias": {"duration": 54}}""",
                "optimismBias.duration");
        refused("""
                {"baseYear": 2025, "costs": [1], "benefits": [1], "optimismBias": {"works": 0.5}}""",
                "optimismBias.works");
        refused("""
                {"baseYear": 2025, "costs": [1], "benefits": [1], "discountRate": 0.05}""", "discountRate");
        refused("""
                {"baseYear": 2025, "costs": [1e300], "benefits": [1]}""", "costs[0]");
        appraise("[1, 2]").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("must be a JSON object")));
    }
}
