package uk.beacon.portfolio.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static uk.beacon.portfolio.web.InitiativeApiTest.as;

import com.jayway.jsonpath.JsonPath;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import uk.beacon.platform.Role;
import uk.beacon.platform.SignedInUser;
import uk.beacon.portfolio.service.InitiativeService;
import uk.beacon.portfolio.service.OptimisationRequest;
import uk.beacon.testsupport.WebTest;

/**
 * A force's GDP deflator through the API: read by its members, loaded and reset by its planners, and used by the
 * appraisal of its nominal initiatives. Each test uses forces of its own.
 */
@WebTest
class DeflatorApiTest {

    static final String HMT = "HM Treasury, GDP deflators at market prices, and money GDP, September 2026 "
            + "(Quarterly National Accounts)";

    /** A made-up series for the tests (not HM Treasury's figures): 2025 = 100, 2026 = 103.5. */
    static final String SERIES = """
            {"source": "%s", "index": [{"year": 2024, "value": 97.5}, {"year": 2025, "value": 100},
             {"year": 2026, "value": 103.5}, {"year": 2027, "value": 106}]}""".formatted(HMT);

    /** A nominal initiative: 500 of capital in 2025 (the base year), 1,071.225 of cashable savings in 2026. */
    static String nominal(String name, String members, int savingsYear) {
        return """
                {"name": "%s", "capability": "Online reporting", "memberForces": [%s],
                 "startYear": 2025, "baseYear": 2025, "prices": "NOMINAL",
                 "phases": [{"name": "Build", "months": 12}],
                 "years": [{"year": 2025, "capital": 500}, {"year": %d, "cashableSavings": 1071.225}],
                 "optimismBiasCategory": "EQUIPMENT_AND_DEVELOPMENT"}""".formatted(name, members, savingsYear);
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    InitiativeService initiatives;

    private ResultActions putSeries(String force, String body, Role role) throws Exception {
        return mvc.perform(put("/api/v1/forces/" + force + "/portfolio/deflator").contentType(MediaType.APPLICATION_JSON)
                .content(body).with(as(force, role)));
    }

    private String create(String force, String body) throws Exception {
        String json = mvc.perform(post("/api/v1/forces/" + force + "/initiatives").contentType(MediaType.APPLICATION_JSON)
                        .content(body).with(as(force, Role.PLANNER)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return JsonPath.read(json, "$.id");
    }

    private static BigDecimal number(String json, String path) {
        return new BigDecimal(JsonPath.<Object>read(json, path).toString());
    }

    private String appraisal(String force, String id) throws Exception {
        return mvc.perform(get("/api/v1/forces/" + force + "/initiatives/" + id + "/appraisal")
                .with(as(force, Role.ANALYST))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    @Test
    void aForceStartsWithTheTwoPercentAssumptionSaidToBeOne() throws Exception {
        mvc.perform(get("/api/v1/forces/bedfordshire/portfolio/deflator").with(as("bedfordshire", Role.ANALYST)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.assumption").value(true))
                .andExpect(jsonPath("$.source", containsString("Assumption, not an official deflator")))
                .andExpect(jsonPath("$.loadedBy").value(nullValue()))
                .andExpect(jsonPath("$.index.length()").value(76))
                .andExpect(jsonPath("$.index[0].year").value(2000))
                .andExpect(jsonPath("$.index[0].value").value(100))
                .andExpect(jsonPath("$.index[75].year").value(2075));
    }

    @Test
    void aPlannerLoadsASeriesTheForceReadsItBackAndAResetGoesBackToTheAssumption() throws Exception {
        putSeries("cheshire", SERIES, Role.PLANNER).andExpect(status().isOk())
                .andExpect(jsonPath("$.assumption").value(false))
                .andExpect(jsonPath("$.source").value(HMT));
        mvc.perform(get("/api/v1/forces/cheshire/portfolio/deflator").with(as("cheshire", Role.ANALYST)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.assumption").value(false))
                .andExpect(jsonPath("$.source").value(HMT))
                .andExpect(jsonPath("$.loadedBy").value("planner.cheshire"))
                .andExpect(jsonPath("$.loadedAt").isNotEmpty())
                .andExpect(jsonPath("$.index.length()").value(4))
                .andExpect(jsonPath("$.index[0].year").value(2024))
                .andExpect(jsonPath("$.index[0].value").value(97.5))
                .andExpect(jsonPath("$.index[2].year").value(2026))
                .andExpect(jsonPath("$.index[2].value").value(103.5));

        mvc.perform(delete("/api/v1/forces/cheshire/portfolio/deflator").with(as("cheshire", Role.PLANNER)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.assumption").value(true));
        mvc.perform(get("/api/v1/forces/cheshire/portfolio/deflator").with(as("cheshire", Role.ANALYST)))
                .andExpect(jsonPath("$.assumption").value(true)).andExpect(jsonPath("$.index.length()").value(76));
    }

    @Test
    void anotherForceIsRefusedAndTheForcesAnalystsOnlyRead() throws Exception {
        mvc.perform(get("/api/v1/forces/derbyshire/portfolio/deflator").with(as("lancashire", Role.PLANNER)))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(put("/api/v1/forces/derbyshire/portfolio/deflator").contentType(MediaType.APPLICATION_JSON)
                .content(SERIES).with(as("lancashire", Role.PLANNER))).andExpect(status().isForbidden());
        mvc.perform(delete("/api/v1/forces/derbyshire/portfolio/deflator").with(as("lancashire", Role.PLANNER)))
                .andExpect(status().isForbidden());
        putSeries("derbyshire", SERIES, Role.ANALYST).andExpect(status().isForbidden());
        mvc.perform(delete("/api/v1/forces/derbyshire/portfolio/deflator").with(as("derbyshire", Role.ANALYST)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/forces/derbyshire/portfolio/deflator").with(as("derbyshire", Role.ANALYST)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.assumption").value(true));
    }

    @Test
    void aBadSeriesIsRefusedWithEveryFieldNamedAndNothingChanges() throws Exception {
        putSeries("hertfordshire", """
                {"source": " ", "index": [{"year": 2024, "value": 98}, {"year": 2025, "value": 0},
                 {"year": 2024, "value": 99}, {"year": 2028, "value": 104}]}""", Role.PLANNER)
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail", containsString("'source'")))
                .andExpect(jsonPath("$.errors.source", containsString("Enter the source")))
                .andExpect(jsonPath("$.errors['index[1].value']").value("The index for 2025 must be more than 0"))
                .andExpect(jsonPath("$.errors['index[2].year']").value("The year 2024 appears twice"))
                .andExpect(jsonPath("$.errors['index[3].year']").value(
                        "There is no year between 2025 and 2028: give every year from the first to the last"));
        putSeries("hertfordshire", "{\"source\": \"HM Treasury\"}", Role.PLANNER)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.index").value("Enter the index of at least two years"));
        mvc.perform(get("/api/v1/forces/hertfordshire/portfolio/deflator").with(as("hertfordshire", Role.ANALYST)))
                .andExpect(jsonPath("$.assumption").value(true));
    }

    @Test
    void aNominalInitiativesAppraisalUsesTheLoadedSeriesAndNamesIt() throws Exception {
        String id = create("greater-manchester", nominal("Online crime reporting", "", 2026));
        // The 2% assumption: 1,071.225 of 2026 is 1,071.225 / 1.02 = 1,050.2206 of 2025, discounted one year at
        // 3.5%: 1,050.2206 / 1.035 = 1,014.71. The capital, in the base year, is 500 either way.
        String before = appraisal("greater-manchester", id);
        assertThat(number(before, "$.withoutOptimismBias.presentValueBenefits")).isEqualByComparingTo("1014.71");
        assertThat(number(before, "$.withoutOptimismBias.npsv")).isEqualByComparingTo("514.71");
        assertThat(JsonPath.<Boolean>read(before, "$.deflator.assumption")).isTrue();

        putSeries("greater-manchester", SERIES, Role.PLANNER).andExpect(status().isOk());
        // The series: 1,071.225 x 100 / 103.5 = 1,035 of 2025, discounted one year: 1,035 / 1.035 = 1,000.00.
        String after = appraisal("greater-manchester", id);
        assertThat(number(after, "$.years[1].cashableSavings")).isEqualByComparingTo("1035.00");
        assertThat(number(after, "$.withoutOptimismBias.presentValueBenefits")).isEqualByComparingTo("1000.00");
        assertThat(number(after, "$.withoutOptimismBias.presentValueCosts")).isEqualByComparingTo("500.00");
        assertThat(number(after, "$.withoutOptimismBias.npsv")).isEqualByComparingTo("500.00");
        assertThat(JsonPath.<String>read(after, "$.deflator.source")).isEqualTo(HMT);
        assertThat(JsonPath.<Boolean>read(after, "$.deflator.assumption")).isFalse();
    }

    @Test
    void theOptimisationFormIsPrefilledWithRealValuesFromTheLoadedSeries() throws Exception {
        create("north-yorkshire", nominal("Online crime reporting", "", 2026));
        SignedInUser planner = SignedInUser.of("planner.north-yorkshire", "north-yorkshire", Role.PLANNER);
        // The 2% assumption: 1,071.225 / 1.02 = 1,050.2206 in 2025 prices.
        OptimisationRequest.Initiative before = initiatives.optimisationRequest("north-yorkshire", planner, 2025, 5,
                java.util.List.of(), null, "NPSV", 0).initiatives().get(0);
        assertThat(before.benefitsByYear().get(1)).isCloseTo(1050.2206, org.assertj.core.data.Offset.offset(1e-4));

        putSeries("north-yorkshire", SERIES, Role.PLANNER).andExpect(status().isOk());
        // The series: 1,071.225 x 100 / 103.5 = 1,035; the base-year capital stays 500.
        OptimisationRequest.Initiative after = initiatives.optimisationRequest("north-yorkshire", planner, 2025, 5,
                java.util.List.of(), null, "NPSV", 0).initiatives().get(0);
        assertThat(after.benefitsByYear().get(1)).isCloseTo(1035.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(after.costsByYear().get(0)).isCloseTo(500.0, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void aConsortiumInitiativeIsAppraisedWithItsOwningForcesSeries() throws Exception {
        putSeries("humberside", SERIES, Role.PLANNER).andExpect(status().isOk());
        String id = create("humberside", nominal("Joint reporting", "\"merseyside\"", 2026));
        InitiativeApiTest.accept(mvc, "merseyside", id);
        String member = appraisal("merseyside", id);
        assertThat(number(member, "$.withoutOptimismBias.presentValueBenefits")).isEqualByComparingTo("1000.00");
        assertThat(JsonPath.<String>read(member, "$.deflator.source")).isEqualTo(HMT);
        mvc.perform(get("/api/v1/forces/merseyside/portfolio/deflator").with(as("merseyside", Role.ANALYST)))
                .andExpect(jsonPath("$.assumption").value(true));
    }

    @Test
    void yearsTheSeriesDoesNotCoverAreRefusedNamingTheSpanAndAnEarlierInitiativeIsNotAppraised() throws Exception {
        String earlier = create("northumbria", nominal("Saved under the assumption", "", 2030));
        putSeries("northumbria", SERIES, Role.PLANNER).andExpect(status().isOk());
        mvc.perform(post("/api/v1/forces/northumbria/initiatives").contentType(MediaType.APPLICATION_JSON)
                        .content(nominal("Beyond the series", "", 2030)).with(as("northumbria", Role.PLANNER)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(
                        "'years[1].year': The GDP deflator table covers 2024 to 2027; give real prices for 2030"));
        mvc.perform(get("/api/v1/forces/northumbria/initiatives/" + earlier + "/appraisal")
                        .with(as("northumbria", Role.ANALYST)))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(
                        "'years[1].year': The GDP deflator table covers 2024 to 2027; give real prices for 2030"));
        create("northumbria", nominal("Within the series", "", 2027));
    }
}
