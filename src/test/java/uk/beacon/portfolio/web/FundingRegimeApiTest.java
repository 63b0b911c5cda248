package uk.beacon.portfolio.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static uk.beacon.testsupport.Requests.as;

import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import uk.beacon.testsupport.WebTest;

@WebTest
class FundingRegimeApiTest {

    private static final String PATH = "/api/v1/portfolio/funding-regimes";
    private static final String USER = "planner.city-of-london";

    /**
     * One initiative of 12 months from April, £1,000 a month, worth £12,000 a year; the budget is confirmed in month
     * 5 for certain, so under the descope rule 8 months are done, £4,000 lapses, and benefits fall by a third.
     */
    private static final String SMALL = """
            {"budgetByYear": [12000, 0], "runs": 50, "seed": 7, "appraisalYears": 3, "shortfallRule": "descope",
             "confirmation": {"distribution": "discrete", "weights": [0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0]},
             "initiatives": [
               {"id": "A", "startYear": 0, "startMonth": 1, "durationMonths": 12, "costsByYear": [12000],
                "benefitsByYear": [12000, 12000]}]}
            """;

    @Autowired
    MockMvc mvc;

    private String run(String json) throws Exception {
        String response = mvc.perform(post(PATH).with(as(USER)).contentType(MediaType.APPLICATION_JSON).content(json))
                .andExpect(status().isAccepted())
                .andExpect(header().string("Location", startsWith("/api/v1/jobs/")))
                .andReturn().getResponse().getContentAsString();
        String id = JsonPath.read(response, "$.id");
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            String body = mvc.perform(get("/api/v1/jobs/" + id).with(as(USER)))
                    .andReturn().getResponse().getContentAsString();
            String state = JsonPath.read(body, "$.state");
            if (List.of("succeeded", "failed", "cancelled").contains(state)) {
                assertThat(state).isEqualTo("succeeded");
                return body;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("Job " + id + " did not finish");
    }

    private static double number(String json, String path) {
        return ((Number) JsonPath.read(json, path)).doubleValue();
    }

    @Test
    @DisplayName("POST /portfolio/funding-regimes answers with the job, whose result has both regimes and the difference")
    void comparesAsAJobWithBothRegimesAndTheDifference() throws Exception {
        String job = run(SMALL);

        assertThat(number(job, "$.result.runs")).isEqualTo(50);
        assertThat((String) JsonPath.read(job, "$.result.shortfallRule")).isEqualTo("descope");
        assertThat(number(job, "$.result.inYear.moneyLapsed.mean")).isEqualTo(4_000);
        assertThat(number(job, "$.result.inYear.spent.p95")).isEqualTo(8_000);
        assertThat(number(job, "$.result.inYear.initiativesDescoped.mean")).isEqualTo(1);
        assertThat(number(job, "$.result.envelope.moneyLapsed.mean")).isZero();
        assertThat(number(job, "$.result.envelope.spent.mean")).isEqualTo(12_000);
        assertThat(number(job, "$.result.envelope.benefits.mean")).isCloseTo(24_000, within(0.01));
        assertThat(number(job, "$.result.inYear.benefits.mean")).isCloseTo(16_000, within(0.01));
        assertThat(number(job, "$.result.difference.benefitsLost.mean")).isCloseTo(8_000, within(0.01));
        assertThat(number(job, "$.result.difference.moneyLapsed.mean")).isEqualTo(4_000);
        assertThat(number(job, "$.result.difference.npsvLost.p5")).isEqualTo(
                number(job, "$.result.envelope.npsv.mean") - number(job, "$.result.inYear.npsv.mean"), within(0.02));
        List<Number> probabilities = JsonPath.read(job, "$.result.confirmationMonthProbabilities");
        assertThat(probabilities).hasSize(12);
        assertThat(probabilities.get(4).doubleValue()).isEqualTo(1);
        List<String> inYearRules = JsonPath.read(job, "$.result.rules.inYear");
        assertThat(inYearRules).anyMatch(rule -> rule.contains("lapses")).anyMatch(rule -> rule.contains("descoped"));
    }

    @Test
    @DisplayName("The result says where each year's money went, for each regime, adding up to the penny")
    void eachYearsMoneyAddsUp() throws Exception {
        String job = run(SMALL);

        // In-year: £12,000 confirmed in month 5; 8 months of work spend £8,000; the 4 months cut this year would have
        // used the £4,000 left, so it lapses. Year 1 has no budget and no work.
        assertThat(number(job, "$.result.inYear.years[0].year")).isZero();
        assertThat(number(job, "$.result.inYear.years[0].envelope")).isEqualTo(12_000);
        assertThat(number(job, "$.result.inYear.years[0].spent")).isEqualTo(8_000);
        assertThat(number(job, "$.result.inYear.years[0].lapsed")).isEqualTo(4_000);
        assertThat(number(job, "$.result.inYear.years[0].unallocated")).isZero();
        assertThat(number(job, "$.result.inYear.years[1].envelope")).isZero();
        // The envelope spends all £12,000 in year 0.
        assertThat(number(job, "$.result.envelope.years[0].spent")).isEqualTo(12_000);
        assertThat(number(job, "$.result.envelope.years[0].carriedForward")).isZero();
        assertThat((Object) JsonPath.read(job, "$.result.envelope.wholePeriod.year")).isNull();
        assertThat(number(job, "$.result.envelope.wholePeriod.budget")).isEqualTo(12_000);
        for (String regime : List.of("inYear", "envelope")) {
            List<Object> years = JsonPath.read(job, "$.result." + regime + ".years");
            assertThat(years).hasSize(2);
            for (String account : List.of("years[0]", "years[1]", "wholePeriod")) {
                String at = "$.result." + regime + "." + account + ".";
                assertThat(JsonPath.<Object>read(job, at + "spent").toString()).matches("[0-9]+(\\.[0-9]{1,2})?");
                assertThat(number(job, at + "envelope")).isEqualTo(number(job, at + "budget")
                        + number(job, at + "broughtForward")).isEqualTo(number(job, at + "spent")
                        + number(job, at + "lapsed") + number(job, at + "carriedForward")
                        + number(job, at + "unallocated"));
            }
        }
    }

    @Test
    @DisplayName("The same seed gives the same result")
    void sameSeedSameResult() throws Exception {
        String json = SMALL.replace("\"distribution\": \"discrete\", \"weights\": [0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0]",
                "\"distribution\": \"triangular\", \"min\": 1, \"mode\": 4, \"max\": 9").replace("\"runs\": 50",
                "\"runs\": 300");
        String first = run(json);
        String again = run(json);

        assertThat(JsonPath.<Object>read(again, "$.result")).isEqualTo(JsonPath.read(first, "$.result"));
    }

    @Test
    @DisplayName("Signing in is required")
    void refusesAnonymousCallers() throws Exception {
        mvc.perform(post(PATH).contentType(MediaType.APPLICATION_JSON).content(SMALL))
                .andExpect(status().is4xxClientError());
    }

    @Test
    @DisplayName("A bad request is refused with 400 naming the field at fault")
    void refusesABadRequestNamingTheField() throws Exception {
        expectBadRequest(SMALL.replace("[12000, 0]", "[]"), "budgetByYear must have a budget for each year");
        expectBadRequest(SMALL.replace("[12000, 0]", "[12000, -1]"), "budgetByYear[1]");
        expectBadRequest(SMALL.replace("\"runs\": 50", "\"runs\": 0"), "runs must be");
        expectBadRequest(SMALL.replace("[12000, 0]", "[" + "1, ".repeat(29) + "1]").replace("\"runs\": 50",
                "\"runs\": 100000").replace("\"appraisalYears\": 3", "\"appraisalYears\": 30").replace(
                "\"initiatives\": [", "\"initiatives\": [" + manyInitiatives(200)), "ask for fewer runs");
        expectBadRequest(SMALL.replace("\"appraisalYears\": 3", "\"appraisalYears\": 1"), "appraisalYears");
        expectBadRequest(SMALL.replace("\"descope\"", "\"pray\""), "shortfallRule must be descope or delay");
        expectBadRequest(SMALL.replace("\"discrete\"", "\"normal\""), "confirmation.distribution");
        expectBadRequest(SMALL.replace("[0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0]", "[1, 1]"), "confirmation.weights");
        expectBadRequest(SMALL.replace("\"distribution\": \"discrete\", \"weights\": [0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0]",
                "\"distribution\": \"triangular\", \"min\": 5, \"mode\": 3, \"max\": 9"), "confirmation.mode");
        expectBadRequest(SMALL.replace("\"distribution\": \"discrete\", \"weights\": [0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0]",
                "\"distribution\": \"triangular\", \"min\": 0, \"mode\": 3, \"max\": 9"), "confirmation.min");
        expectBadRequest(SMALL.replace("\"startYear\": 0", "\"startYear\": 2"), "initiatives[0].startYear");
        expectBadRequest(SMALL.replace("\"startMonth\": 1", "\"startMonth\": 13"), "initiatives[0].startMonth");
        expectBadRequest(SMALL.replace("\"durationMonths\": 12", "\"durationMonths\": 0"),
                "initiatives[0].durationMonths");
        expectBadRequest(SMALL.replace("\"costsByYear\": [12000]", "\"costsByYear\": [12000, 1]"),
                "initiatives[0].costsByYear has 2 years");
        expectBadRequest(SMALL.replace("\"costsByYear\": [12000]", "\"costsByMonth\": [1, 2]"),
                "initiatives[0].costsByMonth must have one cost for each of its 12 months");
        expectBadRequest(SMALL.replace("\"id\": \"A\"", "\"id\": \" \""), "initiatives[0].id");
        expectBadRequest(SMALL.replace("[12000, 12000]", "[12000, null]"), "initiatives[0].benefitsByYear[1]");
        expectBadRequest(SMALL.replace("\"initiatives\": [", "\"initiatives\": [{\"id\": \"A\", \"startYear\": 0, "
                + "\"durationMonths\": 1, \"costsByYear\": [1]},"), "initiatives[1].id 'A' is used twice");
    }

    private static String manyInitiatives(int count) {
        StringBuilder json = new StringBuilder();
        for (int i = 0; i < count; i++) {
            json.append("{\"id\": \"X").append(i).append("\", \"startYear\": 0, \"durationMonths\": 1, ")
                    .append("\"costsByYear\": [1]},");
        }
        return json.toString();
    }

    private void expectBadRequest(String json, String detail) throws Exception {
        mvc.perform(post(PATH).with(as(USER)).contentType(MediaType.APPLICATION_JSON).content(json))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString(detail)));
    }
}
