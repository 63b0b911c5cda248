package uk.beacon.demand.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static uk.beacon.testsupport.Requests.as;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import uk.beacon.testsupport.WebTest;

/** Response times, the share of demand that is not crime, and comparisons between periods. */
@WebTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProfileMeasuresTest {

    private static final String HEADER = ApiImports.CANONICAL_HEADER;

    @Autowired
    MockMvc mvc;

    @BeforeAll
    void importKnownIncidents() throws Exception {
        // March 2012: four emergencies attended after 10, 12, 20 and 30 minutes, one priority 2
        // after 45, and a welfare call with no arrival. March 2011: two assaults.
        String csv = HEADER
                + "m1,2012-03-05T10:00:00Z,2012-03,Assault,1,,,,,2012-03-05T10:10:00Z,,,,\n"
                + "m2,2012-03-05T11:00:00Z,2012-03,Assault,1,,,,,2012-03-05T11:12:00Z,,,,\n"
                + "m3,2012-03-06T10:00:00Z,2012-03,Robbery,1,,,,,2012-03-06T10:20:00Z,,,,\n"
                + "m4,2012-03-07T10:00:00Z,2012-03,Concern for welfare,1,,,,,2012-03-07T10:30:00Z,,,,\n"
                + "m5,2012-03-08T10:00:00Z,2012-03,Concern for welfare,2,,,,,2012-03-08T10:45:00Z,,,,\n"
                + "m6,2012-03-09T10:00:00Z,2012-03,Concern for welfare,3,,,,,,,,,\n"
                + "p1,2011-03-01T10:00:00Z,2011-03,Assault,1,,,,,,,,,\n"
                + "p2,2011-03-02T10:00:00Z,2011-03,Assault,1,,,,,,,,,\n";
        String job = ApiImports.importCanonical(mvc, as("analyst.metropolitan"), "metropolitan", "measures.csv",
                csv.substring(HEADER.length()));
        assertThat(JsonPath.<String>read(job, "$.state")).as(job).isEqualTo("succeeded");
    }

    private String fetch(String path, String... params) throws Exception {
        var request = org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .get("/api/v1/forces/metropolitan/demand/" + path).with(as("analyst.metropolitan"));
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    @Test
    void responseTimesByPriorityWithTheShareOfEmergenciesWithinFifteenMinutes() throws Exception {
        String body = fetch("response-times", "from", "2012-03", "to", "2012-03");

        Map<String, Object> emergencies = JsonPath.<List<Map<String, Object>>>read(body, "$[?(@.priority == '1')]").get(0);
        assertThat(((Number) emergencies.get("incidents")).intValue()).isEqualTo(4);
        assertThat(((Number) emergencies.get("medianMinutes")).doubleValue()).isEqualTo(16.0);
        assertThat(((Number) emergencies.get("p90Minutes")).doubleValue()).isCloseTo(27.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(((Number) emergencies.get("targetMinutes")).doubleValue()).isEqualTo(15.0);
        assertThat(((Number) emergencies.get("shareWithinTarget")).doubleValue()).isEqualTo(0.5);
        Map<String, Object> routine = JsonPath.<List<Map<String, Object>>>read(body, "$[?(@.priority == '3')]").get(0);
        assertThat(((Number) routine.get("attended")).intValue()).isZero();
        assertThat(routine.get("medianMinutes")).isNull();

        String rural = fetch("response-times", "from", "2012-03", "to", "2012-03", "emergencyTargetMinutes", "20");
        assertThat(JsonPath.<List<Double>>read(rural, "$[?(@.priority == '1')].shareWithinTarget")).containsExactly(0.75);
    }

    private String page(int status, String... params) throws Exception {
        var request = get("/forces/metropolitan/demand")
                .session(uk.beacon.testsupport.Requests.signIn(mvc, "planner.metropolitan"));
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        return mvc.perform(request).andExpect(status().is(status)).andReturn().getResponse().getContentAsString();
    }

    @Test
    void theProfilePageShowsResponseTimesAndTheChangeOnAYearEarlier() throws Exception {
        String page = page(200, "from", "2012-03", "to", "2012-03");

        assertThat(page).contains("id=\"response-times\"", "Priority 1", "16.0", "27.0", "50%")
                .contains("id=\"comparison\"", "Change on a year earlier", "March 2011", "Violent and sexual crime",
                        "New");
        assertThat(page.substring(page.indexOf("id=\"comparison-total\""))).containsPattern(">6<[\\s\\S]*>2<");
    }

    @Test
    void theProfilePageComparesWithAnyPeriodThePlannerChooses() throws Exception {
        // March 2012 beside March 2012 itself: every change is nil, which a year earlier would not give.
        String page = page(200, "from", "2012-03", "to", "2012-03", "compareFrom", "2011-01", "compareTo", "2011-12");

        assertThat(page).contains("Compared with January 2011 to December 2011")
                .doesNotContain("Change on a year earlier")
                .contains("value=\"2011-01\"", "value=\"2011-12\"");
        assertThat(page.substring(page.indexOf("id=\"comparison-other-total\""))).startsWith(
                "id=\"comparison-other-total\">2<");
    }

    @Test
    void aComparisonMonthThatIsNotAMonthIsNamedInTheErrorSummary() throws Exception {
        String page = page(400, "from", "2012-03", "to", "2012-03", "compareFrom", "March", "compareTo", "2011-02");

        assertThat(page).contains("<title>Error: ", "href=\"#compareFrom\"",
                "Enter the start month to compare with as a year and month, for example 2021-01");
    }

    @Test
    void theProfilePageCountsIncidentsByWeekWithEmptyWeeksBetween() throws Exception {
        String page = page(200, "from", "2011-03", "to", "2012-03");

        // Two incidents on 1 and 2 March 2011 (week of 28 February), six from 5 to 9 March 2012 (week of 5 March):
        // a year of empty weeks lies between, and each is a row.
        String weeks = page.substring(page.indexOf("id=\"weeks\""));
        weeks = weeks.substring(0, weeks.indexOf("</table>"));
        assertThat(weeks).contains("Week beginning 28 Feb 2011", "Week beginning 5 Mar 2012",
                "Week beginning 7 Mar 2011");
        assertThat(weeks.split("Week beginning", -1)).hasSize(1 + 54);
        assertThat(page).contains("Column chart of incidents by week", "Week beginning 5 Mar 2012: 6");
    }

    @Test
    void totalsGiveTheShareOfDemandThatIsNotCrime() throws Exception {
        String body = fetch("profile", "from", "2012-03", "to", "2012-03", "by", "workType");

        assertThat(((Number) JsonPath.read(body, "$.totals.incidents")).intValue()).isEqualTo(6);
        assertThat(((Number) JsonPath.read(body, "$.totals.crimeIncidents")).intValue()).isEqualTo(3);
        assertThat(((Number) JsonPath.read(body, "$.totals.nonCrimeShare")).doubleValue()).isEqualTo(0.5);
        assertThat(((Number) JsonPath.read(body, "$.totals.timedIncidents")).intValue()).isEqualTo(6);
    }

    @Test
    void comparesAPeriodWithTheSameMonthsAYearEarlier() throws Exception {
        String body = fetch("compare", "from", "2012-03", "to", "2012-03", "by", "rawType");

        assertThat((String) JsonPath.read(body, "$.comparisonPeriod")).isEqualTo("2011-03 to 2011-03");
        Map<String, Object> assault = JsonPath.<List<Map<String, Object>>>read(body, "$.rows[?(@.key == 'Assault')]").get(0);
        assertThat(((Number) assault.get("incidents")).intValue()).isEqualTo(2);
        assertThat(((Number) assault.get("comparisonIncidents")).intValue()).isEqualTo(2);
        assertThat(((Number) assault.get("change")).intValue()).isZero();
        Map<String, Object> welfare = JsonPath.<List<Map<String, Object>>>read(body,
                "$.rows[?(@.key == 'Concern for welfare')]").get(0);
        assertThat(((Number) welfare.get("comparisonIncidents")).intValue()).isZero();
        assertThat(welfare.get("changePercent")).isNull();

        String sideBySide = fetch("compare", "from", "2012-03", "to", "2012-03", "by", "month",
                "compareFrom", "2011-03", "compareTo", "2011-03");
        assertThat(((Number) JsonPath.read(sideBySide, "$.comparisonTotals.incidents")).intValue()).isEqualTo(2);
    }
}
