package uk.beacon.demand.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static uk.beacon.testsupport.Requests.as;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import uk.beacon.testsupport.Requests;
import uk.beacon.testsupport.WebTest;

/** After an import, people see what was read and what is doubtful in it, on a job named by its file. */
@WebTest
class ImportSummaryTest {

    private static final String USER = "analyst.metropolitan";

    @Autowired
    MockMvc mvc;

    private String page(String jobId) throws Exception {
        return mvc.perform(get("/jobs/" + jobId).session(Requests.signIn(mvc, USER))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    @Test
    void aFinishedImportShowsItsRowsIncidentsFoldedRowsAndDataQualityCounts() throws Exception {
        String job = ApiImports.importCanonical(mvc, as(USER), "metropolitan", "summary-of-three.csv",
                "s1,2024-03-01T10:00:00Z,2024-03,Theft,2,51.5,-0.1,,,2024-03-01T10:20:00Z,,,,\n"
                        + "s2,2024-03-01T11:00:00Z,2024-03,Theft,,51.5,-0.1,,,,,,,\n"
                        + "s3,2024-03-01T12:00:00Z,2024-03,Assault,1,0,0,,,2024-03-01T12:05:00Z,,,,\n");

        assertThat((String) JsonPath.read(job, "$.state")).as(job).isEqualTo("succeeded");
        assertThat((String) JsonPath.read(job, "$.title")).isEqualTo("Import of summary-of-three.csv");
        List<Map<String, String>> summary = JsonPath.read(job, "$.result.summary");
        assertThat(summary).contains(Map.of("label", "Rows read", "value", "3"),
                Map.of("label", "Incidents", "value", "3"),
                Map.of("label", "Incidents with no arrival time", "value", "1"),
                Map.of("label", "Incidents with no priority", "value", "1"),
                Map.of("label", "Incidents with coordinates outside England and Wales", "value", "1"));
        String page = page(JsonPath.read(job, "$.id"));
        assertThat(page).contains("<h1 class=\"govuk-heading-xl\">Import of summary-of-three.csv</h1>",
                "Incidents with no arrival time", "href=\"/forces/metropolitan/demand\"", "See the demand profile");
        assertThat(mvc.perform(get("/jobs").session(Requests.signIn(mvc, USER))).andReturn().getResponse()
                .getContentAsString())
                .contains("Import of summary-of-three.csv");
    }

    @Test
    void aFailedImportShowsItsErrorInRedWithALinkToTryAgain() throws Exception {
        String job = ApiImports.importCanonical(mvc, as(USER), "metropolitan", "fails.csv",
                "f1,2024-03-01T10:00:00Z,2024-03,Theft,12,,,,,,,,,\n");

        assertThat((String) JsonPath.read(job, "$.state")).isEqualTo("failed");
        String page = page(JsonPath.read(job, "$.id"));
        assertThat(page).contains("govuk-error-summary", "This job failed",
                "fails.csv line 2, column priority: &#39;12&#39; is outside 1 to 9",
                "<a class=\"govuk-link\" href=\"/forces/metropolitan/demand/imports\">Try again</a>");
    }
}
