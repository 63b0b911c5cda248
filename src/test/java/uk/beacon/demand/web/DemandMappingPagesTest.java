package uk.beacon.demand.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static uk.beacon.testsupport.Requests.as;
import static uk.beacon.testsupport.Requests.signIn;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import uk.beacon.testsupport.TestData;
import uk.beacon.testsupport.WebTest;

/**
 * The column mapping pages: the list, and the builder that holds an uploaded export for its
 * uploader, suggests a mapping, previews the rows through it and saves it for the imports page.
 */
@WebTest
class DemandMappingPagesTest {

    private static final String NEW = "/forces/city-of-london/demand/mappings/new";
    private static final String DALLAS_HEADER = "\"beat\",\"block\",\"date_time\",\"division\",\"incident_number\","
            + "\"location\",\"nature_of_call\",\"priority\",\"reporting_area\",\"status\",\"unit_number\"\n";

    @Autowired
    MockMvc mvc;

    private static MockMultipartFile dallas() throws Exception {
        return new MockMultipartFile("file", "dallas.csv", "text/csv",
                Files.readAllBytes(TestData.dallasActiveCalls()));
    }

    /** Uploads the file through the form and returns the id of the page the builder continues on. */
    private String upload(MockHttpSession session, MockMultipartFile file) throws Exception {
        String location = mvc.perform(multipart(NEW).file(file).with(csrf()).session(session))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(location).matches(NEW + "/[0-9a-f]{32}");
        return location.substring(NEW.length() + 1);
    }

    private String page(MockHttpSession session, String path) throws Exception {
        return mvc.perform(get(path).session(session)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    /** What a browser would send from the builder's form as the page fills it in, with some values changed. */
    private static MockHttpServletRequestBuilder submit(String path, String page, MockHttpSession session,
            Map<String, String> changes) {
        Map<String, String> values = new LinkedHashMap<>();
        for (MappingForm.Field field : MappingForm.FIELDS) {
            values.put(field.name(), selected(page, field.name()));
        }
        values.put("dateTimePattern", checked(page, "dateTimePattern"));
        for (String input : List.of("otherDateTimePattern", "timeZone", "name")) {
            values.put(input, firstMatch(page, "name=\"" + input + "\" type=\"text\" value=\"([^\"]*)\""));
        }
        values.putAll(changes);
        MockHttpServletRequestBuilder request = post(path).with(csrf()).session(session);
        values.forEach(request::param);
        return request;
    }

    /** The value of the selected option of the select with this id. */
    private static String selected(String page, String id) {
        String select = firstMatch(page, "(?s)<select[^>]*\\sid=\"" + id + "\"[^>]*>(.*?)</select>");
        return firstMatch(select, "<option value=\"([^\"]*)\"\\s+selected=\"selected\"");
    }

    /** The value of the checked radio of the group with this name. */
    private static String checked(String page, String name) {
        return firstMatch(page, "<input[^>]*\\sname=\"" + name + "\" type=\"radio\" value=\"([^\"]*)\"[^>]*"
                + "checked=\"checked\"");
    }

    private static String firstMatch(String text, String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(text);
        assertThat(matcher.find()).as("a match for " + regex).isTrue();
        return matcher.group(1);
    }

    @Test
    void theMappingPagesSendAnonymousPeopleToSignIn() throws Exception {
        for (String path : List.of("/forces/city-of-london/demand/mappings", NEW,
                NEW + "/0123456789abcdef0123456789abcdef")) {
            mvc.perform(get(path)).andExpect(redirectedUrl("/sign-in"));
        }
    }

    @Test
    void anotherForcesUserIsRefusedEveryMappingPage() throws Exception {
        MockHttpSession met = signIn(mvc, "analyst.metropolitan");
        String someId = "/0123456789abcdef0123456789abcdef";

        for (String path : List.of("/forces/city-of-london/demand/mappings", NEW, NEW + someId)) {
            mvc.perform(get(path).session(met)).andExpect(status().isForbidden());
        }
        mvc.perform(multipart(NEW).file(dallas()).with(csrf()).session(met)).andExpect(status().isForbidden());
        mvc.perform(post(NEW + someId).param("action", "save").with(csrf()).session(met))
                .andExpect(status().isForbidden());
    }

    @Test
    void aReviewerSeesTheMappingsButCannotMakeOne() throws Exception {
        MockHttpSession reviewer = signIn(mvc, "reviewer.city-of-london");

        String body = page(reviewer, "/forces/city-of-london/demand/mappings");

        assertThat(body).contains("<h1 class=\"govuk-heading-xl\">Column mappings</h1>")
                .contains("Dallas Police active calls", "Beacon canonical incident CSV", "nature_of_call",
                        "America/Chicago")
                .containsPattern("Only your force's analysts and planners can make column\\s+mappings.")
                .doesNotContain("Make a new mapping");
        mvc.perform(get(NEW).session(reviewer)).andExpect(status().isForbidden());
        mvc.perform(multipart(NEW).file(dallas()).with(csrf()).session(reviewer)).andExpect(status().isForbidden());
    }

    @Test
    void anAnalystBuildsAMappingFromTheDallasFileAndTheImportsPageOffersIt() throws Exception {
        MockHttpSession analyst = signIn(mvc, "analyst.city-of-london");
        assertThat(page(analyst, "/forces/city-of-london/demand/mappings"))
                .contains("href=\"/forces/city-of-london/demand/mappings/new\"", "Make a new mapping");
        assertThat(page(analyst, NEW)).contains("enctype=\"multipart/form-data\"", "name=\"file\" type=\"file\"");

        String id = upload(analyst, dallas());

        String builder = page(analyst, NEW + "/" + id);
        assertThat(builder).contains("<title>Map the columns of dallas.csv, City of London Police – Beacon</title>")
                .contains("id=\"suggested\"")
                .contains("<th scope=\"col\" class=\"govuk-table__header\">nature_of_call</th>")
                .contains("<td class=\"govuk-table__cell\">38 - Meet Complainant</td>")
                .contains("<option value=\"\">Not in this file</option>");
        assertThat(selected(builder, "incidentId")).isEqualTo("incident_number");
        assertThat(selected(builder, "createdAt")).isEqualTo("date_time");
        assertThat(selected(builder, "type")).isEqualTo("nature_of_call");
        assertThat(selected(builder, "month")).isEmpty();
        assertThat(builder).contains("name=\"timeZone\" type=\"text\" value=\"Europe/London\"");
        assertThat(checked(builder, "dateTimePattern")).isEqualTo("ISO");

        String preview = mvc.perform(submit(NEW + "/" + id, builder, analyst,
                        Map.of("timeZone", "America/Chicago", "action", "preview")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String asRead = DemandTaxonomyPagesTest.table(preview, "as-read");
        assertThat(asRead).contains(">Incident id</th>", ">Created</th>", ">Unit</th>")
                .contains(">18-0052973</td>", ">38 - Meet Complainant</td>", ">B791</td>")
                // 09:26 in Dallas in January is 15:26 in UTC, which is UK winter time.
                .contains(">2018-01-09 15:26:00 GMT (Europe/London)</td>", ">2018-01</td>");
        assertThat(asRead.split("<tr class=\"govuk-table__row\">", -1)).hasSize(1 + 1 + 10);
        assertThat(preview).doesNotContain("id=\"read-error\"").doesNotContain("There is a problem");
        assertThat(selected(preview, "incidentId")).isEqualTo("incident_number");

        mvc.perform(submit(NEW + "/" + id, preview, analyst, Map.of("name", "dallas-from-form", "action", "save")))
                .andExpect(redirectedUrl("/forces/city-of-london/demand/imports"))
                .andExpect(flash().attribute("savedMapping", "dallas-from-form"));

        // The redirect's page, in the same session, has the banner and the mapping chosen.
        String imports = mvc.perform(get("/forces/city-of-london/demand/imports").session(analyst))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(imports).contains("govuk-notification-banner--success")
                .containsPattern("The column mapping dallas-from-form\\s+has been saved.")
                .containsPattern("<option value=\"dallas-from-form\"\\s+selected=\"selected\">dallas-from-form "
                        + "\\(saved by your force\\)</option>")
                .containsPattern("value=\"cad\"[^>]*checked=\"checked\"");
        assertThat(page(analyst, "/forces/city-of-london/demand/imports"))
                .contains("<option value=\"dallas-from-form\">dallas-from-form (saved by your force)</option>");
        assertThat(page(analyst, "/forces/city-of-london/demand/mappings")).contains("id=\"mapping-dallas-from-form\"");
        // The held file went with the save.
        mvc.perform(get(NEW + "/" + id).session(analyst)).andExpect(status().isNotFound());

        // And the imports form takes an export through it: one Dallas-shaped row, for March 2019.
        String export = DALLAS_HEADER + "\"111\",\"100\",\"2019-03-04T05:06:00.000\",\"Central\",\"19-0000001\","
                + "\"Main St\",\"38 - Meet Complainant\",\"4\",\"1000\",\"At Scene\",\"A100\"\n";
        String job = mvc.perform(multipart("/forces/city-of-london/demand/imports")
                        .file(new MockMultipartFile("file", "dallas-one-row.csv", "text/csv",
                                export.getBytes(StandardCharsets.UTF_8)))
                        .param("format", "cad").param("mapping", "dallas-from-form").with(csrf()).session(analyst))
                .andExpect(redirectedUrlPattern("/jobs/*")).andReturn().getResponse().getRedirectedUrl();
        String finished = ApiImports.awaitFinished(mvc, as("analyst.city-of-london"), job.substring("/jobs/".length()));
        assertThat(JsonPath.<String>read(finished, "$.state")).as(finished).isEqualTo("succeeded");
        assertThat(JsonPath.<Integer>read(finished, "$.result.incidents")).isEqualTo(1);
    }

    @Test
    void thePreviewShowsTimesInUkTimeWithTheZoneNamedAndTheMonthsTheyAreCountedIn() throws Exception {
        MockHttpSession analyst = signIn(mvc, "analyst.city-of-london");
        String csv = "incident_id,created,arrived,type\n"
                + "X1,2024-04-30 18:30:00,2024-04-30 18:41:00,Theft\n"
                + "X2,2024-01-31 18:30:00,2024-01-31 18:41:00,Theft\n";
        String id = upload(analyst, new MockMultipartFile("file", "chicago.csv", "text/csv",
                csv.getBytes(StandardCharsets.UTF_8)));
        String builder = page(analyst, NEW + "/" + id);

        String preview = mvc.perform(submit(NEW + "/" + id, builder, analyst, Map.of("timeZone", "America/Chicago",
                        "dateTimePattern", "yyyy-MM-dd HH:mm:ss", "firstArrivalAt", "arrived", "action", "preview")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        String asRead = DemandTaxonomyPagesTest.table(preview, "as-read");
        assertThat(asRead).contains(">Created</th>", ">First arrival</th>")
                // 18:30 in Chicago on 30 April is 23:30 UTC: 00:30 on 1 May in UK summer time, a May incident.
                .contains(">2024-05-01 00:30:00 BST (Europe/London)</td>", ">2024-05-01 00:41:00 BST (Europe/London)</td>",
                        ">2024-05</td>")
                // 18:30 in Chicago on 31 January is 00:30 on 1 February, UTC and UK time alike.
                .contains(">2024-02-01 00:30:00 GMT (Europe/London)</td>", ">2024-02</td>")
                .doesNotContain("UTC", ">2024-04</td>", ">2024-01</td>");
        assertThat(preview).containsPattern("Times are shown in\\s+UK time \\(Europe/London\\), the force");
    }

    @Test
    void aMappingThatCannotReadTheFileShowsWhyAndIsNotSaved() throws Exception {
        MockHttpSession analyst = signIn(mvc, "analyst.city-of-london");
        String id = upload(analyst, dallas());
        String builder = page(analyst, NEW + "/" + id);

        String preview = mvc.perform(submit(NEW + "/" + id, builder, analyst,
                        Map.of("dateTimePattern", "dd/MM/yyyy HH:mm", "action", "preview")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(preview).containsPattern("Beacon would stop an import of this file here: <span[^>]*>dallas.csv line "
                + "2, column date_time: &#39;2018-01-09T09:26:00.000&#39; is not a date and time in the form expected");
        assertThat(preview).contains("is not a date and time in the form expected; the pattern ISO reads it");

        String refused = mvc.perform(submit(NEW + "/" + id, preview, analyst,
                        Map.of("name", "dallas-wrong-dates", "action", "save")))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("<a href=\"#preview\">Beacon cannot import the file through this mapping: "
                + "dallas.csv line 2, column date_time:");
        assertThat(page(analyst, "/forces/city-of-london/demand/mappings")).doesNotContain("dallas-wrong-dates");
    }

    @Test
    void aMappingWithoutItsNeededColumnsOrWithABadPatternZoneOrNameReShowsTheFormWithErrors() throws Exception {
        MockHttpSession planner = signIn(mvc, "planner.city-of-london");
        String id = upload(planner, dallas());
        String builder = page(planner, NEW + "/" + id);

        String body = mvc.perform(submit(NEW + "/" + id, builder, planner, Map.of("incidentId", "", "createdAt", "",
                        "type", "", "beat", "no_such_column", "dateTimePattern", "bogus", "timeZone", "Mars/Olympus",
                        "name", "Dallas From Form", "action", "save")))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();

        assertThat(body).contains("<title>Error: Map the columns of dallas.csv, City of London Police – Beacon</title>")
                .contains("<a href=\"#incidentId\">Select the column that holds the incident id</a>")
                .contains("<a href=\"#createdAt\">Select the column that holds the created time, or the month</a>")
                .contains("<a href=\"#type\">Select the column that holds the type</a>")
                .contains("<a href=\"#beat\">Select one of the file&#39;s columns, or Not in this file</a>")
                .contains("<a href=\"#dateTimePattern\">Enter a pattern such as dd/MM/yyyy HH:mm, or ISO</a>")
                .contains("<a href=\"#timeZone\">Enter a time zone such as Europe/London or America/Chicago</a>")
                .contains("<a href=\"#name\">A mapping&#39;s name is lower-case letters, digits and hyphens")
                .contains("id=\"incidentId-error\"", "aria-describedby=\"incidentId-hint incidentId-error\"")
                .contains("value=\"Mars/Olympus\"")
                .doesNotContain("id=\"preview\"");

        String shippedName = mvc.perform(submit(NEW + "/" + id, builder, planner,
                        Map.of("name", "dallas", "action", "save")))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(shippedName).contains("<a href=\"#name\">&#39;dallas&#39; is the name of a mapping Beacon ships");
        String noName = mvc.perform(submit(NEW + "/" + id, builder, planner, Map.of("action", "save")))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(noName).contains("<a href=\"#name\">Enter a name for the mapping</a>");
    }

    @Test
    void theBuilderOffersTheCommonPatternsEachWithTheFilesFirstTimeReadByItAndChoosesTheOneThatReadsIt()
            throws Exception {
        MockHttpSession analyst = signIn(mvc, "analyst.city-of-london");
        String id = upload(analyst, UsCadExportTest.file());

        String builder = page(analyst, NEW + "/" + id);

        assertThat(checked(builder, "dateTimePattern")).isEqualTo("MM/dd/yyyy h:mm:ss a");
        assertThat(selected(builder, "createdAt")).isEqualTo("Response Date");
        assertThat(builder).contains("name=\"timeZone\" type=\"text\" value=\"America/Chicago\"")
                .contains("name=\"otherDateTimePattern\" type=\"text\" value=\"\"");
        // Incident 0 was created at midnight on 2 March 2023, written 03/02/2023 12:00:00 AM.
        assertThat(builder).contains("03/02/2023 12:00:00 AM")
                .containsPattern("value=\"MM/dd/yyyy h:mm:ss a\"[^>]*>\\s*<label[^>]*>[^<]*</label>\\s*"
                        + "<div[^>]*class=\"govuk-hint govuk-radios__hint\">\\s*Reads it as Thursday 2 March 2023, "
                        + "00:00:00\\s*</div>")
                .containsPattern("value=\"ISO\"[^>]*>\\s*<label[^>]*>[^<]*</label>\\s*"
                        + "<div[^>]*class=\"govuk-hint govuk-radios__hint\">\\s*Does not read it\\s*</div>")
                .containsPattern("value=\"dd/MM/yyyy HH:mm\"[^>]*>\\s*<label[^>]*>[^<]*</label>\\s*"
                        + "<div[^>]*class=\"govuk-hint govuk-radios__hint\">\\s*Does not read it\\s*</div>");
        for (String pattern : List.of("ISO", "yyyy-MM-dd HH:mm:ss", "dd/MM/yyyy HH:mm", "MM/dd/yyyy h:mm a",
                "EXCEL", "other")) {
            assertThat(builder).contains("name=\"dateTimePattern\" type=\"radio\" value=\"" + pattern + "\"");
        }

        // Untouched, the suggestion reads the rows; midnight in Dallas is 06:00 in UK (winter) time.
        String preview = mvc.perform(submit(NEW + "/" + id, builder, analyst, Map.of("action", "preview")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(preview).doesNotContain("id=\"read-error\"").doesNotContain("There is a problem");
        assertThat(DemandTaxonomyPagesTest.table(preview, "as-read")).contains(">23-041000</td>",
                ">2023-03-02 06:00:00 GMT (Europe/London)</td>", ">Burglary of Residence</td>", ">32.7</td>");

        // A pattern typed as another one is the same choice.
        String typed = mvc.perform(submit(NEW + "/" + id, builder, analyst, Map.of("dateTimePattern", "other",
                        "otherDateTimePattern", "MM/dd/yyyy h:mm:ss a", "action", "preview")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(checked(typed, "dateTimePattern")).isEqualTo("MM/dd/yyyy h:mm:ss a");
        assertThat(typed).doesNotContain("id=\"read-error\"");
        String uncommon = mvc.perform(submit(NEW + "/" + id, builder, analyst, Map.of("dateTimePattern", "other",
                        "otherDateTimePattern", "MM/dd/uuuu h:mm:ss a", "action", "preview")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(checked(uncommon, "dateTimePattern")).isEqualTo("other");
        assertThat(uncommon).contains("name=\"otherDateTimePattern\" type=\"text\" value=\"MM/dd/uuuu h:mm:ss a\"");

        mvc.perform(submit(NEW + "/" + id, builder, analyst, Map.of("name", "us-form-from-page", "action", "save")))
                .andExpect(redirectedUrl("/forces/city-of-london/demand/imports"));
    }

    @Test
    void aWrongPatternsErrorNamesTheValueAndThePatternThatReadsIt() throws Exception {
        MockHttpSession analyst = signIn(mvc, "analyst.city-of-london");
        String id = upload(analyst, UsCadExportTest.file());
        String builder = page(analyst, NEW + "/" + id);

        String preview = mvc.perform(submit(NEW + "/" + id, builder, analyst,
                        Map.of("dateTimePattern", "dd/MM/yyyy HH:mm", "action", "preview")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(preview).contains("dallas-us-form.csv line 2, column Response Date: &#39;03/02/2023 12:00:00 "
                + "AM&#39; is not a date and time in the form expected; the pattern MM/dd/yyyy h:mm:ss a reads it");
        assertThat(checked(preview, "dateTimePattern")).isEqualTo("dd/MM/yyyy HH:mm");

        String none = mvc.perform(submit(NEW + "/" + id, builder, analyst,
                        Map.of("dateTimePattern", "other", "otherDateTimePattern", "", "action", "preview")))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(none).contains("<a href=\"#dateTimePattern\">Select how dates and times are written, or enter "
                + "another pattern</a>");
    }

    @Test
    void anUploadWithoutAReadableCsvFileReShowsTheFormWithTheErrorLinkedToTheField() throws Exception {
        MockHttpSession analyst = signIn(mvc, "analyst.city-of-london");

        String none = mvc.perform(multipart(NEW)
                        .file(new MockMultipartFile("file", "", "application/octet-stream", new byte[0]))
                        .with(csrf()).session(analyst))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(none).contains("<title>Error: Make a column mapping, City of London Police – Beacon</title>")
                .contains("<a href=\"#file\">Select a CSV file</a>", "aria-describedby=\"file-hint file-error\"");

        String empty = mvc.perform(multipart(NEW).file(new MockMultipartFile("file", "calls.csv", "text/csv",
                        new byte[0])).with(csrf()).session(analyst))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(empty).contains("<a href=\"#file\">The selected file is empty</a>");

        byte[] zip = {'P', 'K', 3, 4, 0, 0, 0, 0};
        String zipped = mvc.perform(multipart(NEW).file(new MockMultipartFile("file", "calls.zip", "application/zip",
                        zip)).with(csrf()).session(analyst))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(zipped).contains("<a href=\"#file\">The selected file is a zip: choose the CSV file inside it</a>");

        String unreadable = mvc.perform(multipart(NEW).file(new MockMultipartFile("file", "calls.csv", "text/csv",
                        ",type\n1,2\n".getBytes(StandardCharsets.UTF_8))).with(csrf()).session(analyst))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(unreadable).contains("<a href=\"#file\">calls.csv line 1: the header cannot be read as CSV");
    }

    @Test
    void aHeldFileIsOnlyForItsUploaderAndAnIdOutsideTheStrictPatternFindsNothing() throws Exception {
        MockHttpSession analyst = signIn(mvc, "analyst.city-of-london");
        String id = upload(analyst, dallas());

        mvc.perform(get(NEW + "/" + id).session(signIn(mvc, "planner.city-of-london")))
                .andExpect(status().isNotFound());
        // Spring Security's firewall refuses encoded dots, slashes and backslashes before any controller sees them.
        for (String traversal : List.of("..", "%2e%2e%2f%2e%2e%2fbeacon.mv.db", "..%2F..%2F..%2Fetc%2Fpasswd",
                "..%5C" + id)) {
            mvc.perform(get(NEW + "/" + traversal).session(analyst)).andExpect(status().isBadRequest());
        }
        // Whatever reaches the controller finds nothing unless it is exactly 32 lower-case hex digits.
        for (String hostile : List.of("...", "....", id.toUpperCase(), id + ".csv", id + ".properties",
                id.substring(1), "~" + id)) {
            mvc.perform(get(NEW + "/" + hostile).session(analyst)).andExpect(status().isNotFound());
        }
        mvc.perform(post(NEW + "/" + id.toUpperCase()).param("action", "save").param("name", "x").with(csrf())
                .session(analyst)).andExpect(status().isNotFound());
    }
}
