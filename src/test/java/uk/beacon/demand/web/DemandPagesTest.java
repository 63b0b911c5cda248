package uk.beacon.demand.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static uk.beacon.testsupport.Requests.as;
import static uk.beacon.testsupport.Requests.signIn;

import com.jayway.jsonpath.JsonPath;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Year;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import uk.beacon.platform.Role;
import uk.beacon.platform.SignedInUser;
import uk.beacon.testsupport.TestData;
import uk.beacon.testsupport.WebTest;

/**
 * The demand pages: the profile, its CSV downloads, the import history and upload form, deleting
 * an import, and who may see and do what. Each test that needs data imports its own, into a month
 * or force that no other test uses, so the tests pass in any order in the shared context.
 */
@WebTest
class DemandPagesTest {

    @Autowired
    MockMvc mvc;

    private String page(MockHttpSession session, String path) throws Exception {
        return mvc.perform(get(path).session(session)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    @Test
    void demandSendsAForceMemberToTheirOwnForcesProfile() throws Exception {
        mvc.perform(get("/demand").session(signIn(mvc, "reviewer.city-of-london")))
                .andExpect(redirectedUrl("/forces/city-of-london/demand"));
    }

    @Test
    void demandTellsSomeoneOutsideAForceThatDemandDataBelongsToForces() throws Exception {
        String body = page(signIn(mvc, "coordinator.national"), "/demand");

        assertThat(body).contains("Demand data belongs to police forces")
                .contains("National Policing Transformation Board (demo)");
    }

    @Test
    void theDemandPagesSendAnonymousPeopleToSignIn() throws Exception {
        for (String path : List.of("/demand", "/forces/city-of-london/demand", "/forces/city-of-london/demand/imports",
                "/forces/city-of-london/demand/profile.csv?from=2021-01&to=2021-06&by=month",
                "/forces/city-of-london/demand/imports/any/delete")) {
            mvc.perform(get(path)).andExpect(redirectedUrl("/sign-in"));
        }
    }

    @Test
    void anotherForcesUserIsRefusedEveryDemandPage() throws Exception {
        MockHttpSession met = signIn(mvc, "analyst.metropolitan");

        mvc.perform(get("/forces/city-of-london/demand").session(met))
                .andExpect(status().isForbidden())
                .andExpect(content().string(containsString("You cannot see this page")));
        mvc.perform(get("/forces/city-of-london/demand/imports").session(met)).andExpect(status().isForbidden());
        mvc.perform(get("/forces/city-of-london/demand/profile.csv").param("from", "2021-01").param("to", "2021-06")
                .session(met)).andExpect(status().isForbidden());
        mvc.perform(get("/forces/city-of-london/demand/imports/any/delete").session(met))
                .andExpect(status().isForbidden());
        mvc.perform(post("/forces/city-of-london/demand/imports/any/delete").with(csrf()).session(met))
                .andExpect(status().isForbidden());
        mvc.perform(multipart("/forces/city-of-london/demand/imports")
                        .file(new MockMultipartFile("file", "x.csv", "text/csv", "a\n".getBytes()))
                        .param("format", "police-uk-street").with(csrf()).session(met))
                .andExpect(status().isForbidden());
        mvc.perform(get("/forces/atlantis/demand").session(met)).andExpect(status().isNotFound());
    }

    @Test
    void theProfileShowsHeadlineFiguresAChartAndTableForEachGroupingAndTheHeatmap() throws Exception {
        // Metropolitan, March and April 2014: months no other test imports into.
        ApiImports.importCanonical(mvc, as("analyst.metropolitan"), "metropolitan", "profile-2014.csv", """
                p1,2014-03-03T09:15:00Z,2014-03,Assault,1,,,E01000001,,,,1,60,
                p2,2014-03-03T09:40:00Z,2014-03,Concern for welfare,2,,,E01000001,,,,1,30,
                p3,2014-03-04T22:05:00Z,2014-03,Theft,3,,,E01000002,,,,1,,
                p4,,2014-04,Mental health,,,,,,,,,,
                p5,,2014-04,Something new,,,,,,,,,,
                """);

        String body = page(signIn(mvc, "planner.metropolitan"), "/forces/metropolitan/demand?from=2014-03&to=2014-04");

        assertThat(body).contains("<h2 class=\"govuk-heading-l\" id=\"period-heading\">March 2014 to April 2014</h2>")
                .contains("id=\"headline-incidents\">5</dd>")
                .contains("id=\"headline-officer-hours\">1.5</dd>")
                .contains("id=\"headline-harm\">Not known</dd>")
                // Four incidents have a known work type; two of them (welfare, mental health) are not crime.
                .contains("id=\"headline-not-crime\">50%</dd>")
                .contains("1 incident whose type is not yet mapped to a work type is left out of it.")
                .contains("Violent and sexual crime", "Concern for safety and welfare", "Not yet mapped")
                .contains("March 2014", "April 2014", "Priority 1", "No priority recorded", "E01000002",
                        "No area recorded", "Something new");
        // A chart beside a table for each of work type, month, priority, area and type as recorded, and a
        // column chart of weeks above its table.
        assertThat(body.split("<svg", -1)).hasSize(7);
        assertThat(body.split("role=\"img\"", -1)).hasSize(7);
        assertThat(body).contains("aria-label=\"Bar chart of incidents by work type. The table beside it gives the "
                + "same numbers.\"");
        // Five chart tables, weeks, the heatmap, response times and the change on a year earlier.
        assertThat(body.split("<table", -1)).hasSize(10);
        // Monday 09:00 has two incidents, the busier band; Tuesday 22:00 has one. Two have no time.
        assertThat(body).containsPattern("3 of\\s+5 incidents in this period")
                .contains("CAD or incident exports (rows without a created time)")
                .contains("<td class=\"beacon-heat beacon-heat--3\">2</td>")
                .contains("<td class=\"beacon-heat beacon-heat--1\">1</td>")
                .contains("Band 1, lightest: 1 incident in the hour", "Band 3: 2 incidents in the hour")
                .contains("/forces/metropolitan/demand/profile.csv?from=2014-03&amp;to=2014-04&amp;by=hourOfWeek");
        String heatmap = body.substring(body.indexOf("<table class=\"govuk-table beacon-heatmap\">"));
        heatmap = heatmap.substring(0, heatmap.indexOf("</table>"));
        assertThat(heatmap.split("<th scope=\"row\"", -1)).hasSize(1 + 7);
        assertThat(heatmap.split("<td class=\"beacon-heat ", -1)).hasSize(1 + 7 * 24);
        assertThat(heatmap).contains(">Monday</th>", ">Sunday</th>", ">00<span", ">23<span");
        // Nothing for the Content-Security-Policy to refuse, and Demand is the current section of the menu.
        assertThat(body).doesNotContain(" style=\"").doesNotContain("<script>");
        assertThat(body).containsPattern("<li class=\"govuk-service-navigation__item "
                + "govuk-service-navigation__item--active\">\\s*<a class=\"govuk-service-navigation__link\" "
                + "href=\"/demand\" aria-current=\"page\">");
    }

    @Test
    void theDefaultPeriodIsUpToTheLastTwelveMonthsThatHaveDataOrElseThisYear() throws Exception {
        // Kent has no demo accounts and no other test touches its data.
        SignedInUser kent = SignedInUser.of("analyst.kent", "kent", Role.ANALYST);
        RequestPostProcessor asKent = request -> csrf().postProcessRequest(user(kent).postProcessRequest(request));
        int thisYear = Year.now(ZoneId.of("Europe/London")).getValue();

        String empty = mvc.perform(get("/forces/kent/demand").with(asKent)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(empty).contains("name=\"from\" type=\"text\" value=\"" + thisYear + "-01\"")
                .contains("name=\"to\" type=\"text\" value=\"" + thisYear + "-12\"")
                .contains("Beacon holds no demand data for your force yet")
                .contains("There are no incidents in this period.");

        ApiImports.importCanonical(mvc, asKent, "kent", "kent.csv", """
                k1,,2018-05,Theft,,,,,,,,,,
                k2,,2019-06,Theft,,,,,,,,,,
                k3,,2019-11,Theft,,,,,,,,,,
                """);

        String body = mvc.perform(get("/forces/kent/demand").with(asKent)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        // The twelve months to November 2019 begin in December 2018; the first of them with data is June 2019.
        assertThat(body).contains("name=\"from\" type=\"text\" value=\"2019-06\"")
                .contains("name=\"to\" type=\"text\" value=\"2019-11\"")
                .contains("id=\"headline-incidents\">2</dd>")
                .contains("Beacon holds your force's demand data for May 2018 to November 2019");
    }

    @Test
    void aPeriodThatIsNotMonthsReShowsTheFormWithTheErrorSummaryLinkedToTheField() throws Exception {
        MockHttpSession session = signIn(mvc, "reviewer.city-of-london");

        String body = mvc.perform(get("/forces/city-of-london/demand").param("from", "2021-13").param("to", "2021-06")
                        .session(session))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();

        assertThat(body).contains("<title>Error: Demand profile, City of London Police – Beacon</title>")
                .contains("There is a problem")
                .contains("<a href=\"#from\">Enter the start month as a year and month, for example 2021-01</a>")
                .contains("id=\"from-error\"")
                .contains("aria-describedby=\"period-hint from-error\"")
                .doesNotContain("id=\"headline-incidents\"");

        String backwards = mvc.perform(get("/forces/city-of-london/demand").param("from", "2021-06")
                        .param("to", "2021-01").session(session))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(backwards)
                .contains("<a href=\"#to\">The end month must be the same as or after the start month</a>");
    }

    @Test
    void theCsvExportNeutralisesCellsThatASpreadsheetWouldRunAsFormulas() throws Exception {
        // City of London, February 2012: a month no other test imports into.
        ApiImports.importCanonical(mvc, as("analyst.city-of-london"), "city-of-london", "hostile.csv", """
                h1,,2012-02,"=HYPERLINK(""http://evil.example/"",""Click"")",,,,,,,,,,
                h2,,2012-02,+SUM(A1:A9),,,,,,,,,,
                h3,,2012-02,@cmd,,,,,,,,,,
                h4,,2012-02,-1+2,,,,,,,,,,
                h5,,2012-02,Theft,,,,,,,,,90,
                """);

        MvcResult result = mvc.perform(get("/forces/city-of-london/demand/profile.csv").param("from", "2012-02")
                        .param("to", "2012-02").param("by", "rawType").session(signIn(mvc, "reviewer.city-of-london")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "text/csv;charset=UTF-8"))
                .andExpect(header().string("Content-Disposition",
                        "attachment; filename=\"city-of-london-demand-rawType-2012-02-to-2012-02.csv\""))
                .andReturn();

        List<CSVRecord> records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(result.getResponse().getContentAsString())).getRecords();
        assertThat(records.get(0).getParser().getHeaderNames()).containsExactly("key", "incidents", "officer_hours",
                "harm");
        Map<String, String> incidents = new TreeMap<>();
        records.forEach(record -> incidents.put(record.get("key"), record.get("incidents")));
        assertThat(incidents).containsOnlyKeys("'=HYPERLINK(\"http://evil.example/\",\"Click\")", "'+SUM(A1:A9)",
                "'@cmd", "'-1+2", "Theft");
        assertThat(records).filteredOn(record -> record.get("key").equals("Theft"))
                .singleElement().satisfies(theft -> assertThat(theft.get("officer_hours")).isEqualTo("1.5"));
        // The page shows the same type as text, escaped, never as markup.
        String page = page(signIn(mvc, "reviewer.city-of-london"),
                "/forces/city-of-london/demand?from=2012-02&to=2012-02");
        assertThat(page).contains("=HYPERLINK(&quot;http://evil.example/&quot;,&quot;Click&quot;)");
    }

    @Test
    void theCsvExportRefusesAnUnknownGrouping() throws Exception {
        mvc.perform(get("/forces/city-of-london/demand/profile.csv").param("from", "2021-01").param("to", "2021-06")
                        .param("by", "colour").session(signIn(mvc, "analyst.city-of-london")))
                .andExpect(status().isBadRequest());
    }

    @Test
    void aReviewerSeesTheImportHistoryButNoUploadFormOrDeleteLinks() throws Exception {
        MockHttpSession reviewer = signIn(mvc, "reviewer.metropolitan");

        String body = page(reviewer, "/forces/metropolitan/demand/imports");

        assertThat(body).contains("Demand data imports")
                .containsPattern("Only your force's analysts and planners can import or delete demand\\s+data.")
                .doesNotContain("type=\"file\"")
                .doesNotContain("/delete\"");
        mvc.perform(multipart("/forces/metropolitan/demand/imports")
                        .file(new MockMultipartFile("file", "x.csv", "text/csv", "a\n".getBytes()))
                        .param("format", "police-uk-street").with(csrf()).session(reviewer))
                .andExpect(status().isForbidden());
    }

    @Test
    void anAnalystSeesTheUploadFormWithItsFormatsAndMappings() throws Exception {
        String body = page(signIn(mvc, "analyst.metropolitan"), "/forces/metropolitan/demand/imports");

        assertThat(body)
                .containsPattern("<input class=\"govuk-file-upload\"\\s+id=\"file\" name=\"file\" "
                        + "type=\"file\" multiple")
                .contains("enctype=\"multipart/form-data\"")
                .contains("name=\"_csrf\"")
                .contains("value=\"police-uk-street\"", "value=\"police-uk-stop-search\"", "value=\"cad\"")
                .contains("<option value=\"beacon-canonical\">", "<option value=\"dallas\">");
    }

    @Test
    void uploadingARealFileThroughTheFormStartsAnImportAndShowsItsJob() throws Exception {
        Path file = TestData.cityOfLondonStreetFile("2021-06-city-of-london-street.csv");
        MockHttpSession session = signIn(mvc, "analyst.metropolitan");

        // Into the Metropolitan store: June 2021 there holds nothing that another test counts.
        String location = mvc.perform(multipart("/forces/metropolitan/demand/imports")
                        .file(new MockMultipartFile("file", file.getFileName().toString(), "text/csv",
                                Files.readAllBytes(file)))
                        .param("format", "police-uk-street").param("mapping", "").with(csrf()).session(session))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/jobs/*"))
                .andReturn().getResponse().getRedirectedUrl();

        String jobId = location.substring("/jobs/".length());
        assertThat(jobId).matches("[0-9a-f-]{36}");
        mvc.perform(get(location).session(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString("demand.import")));
        String job = ApiImports.awaitFinished(mvc, as("analyst.metropolitan"), jobId);
        assertThat(JsonPath.<String>read(job, "$.state")).as(job).isEqualTo("succeeded");
    }

    @Test
    void anUploadWithoutAFileOrACadExportWithoutAMappingReShowsTheFormWithErrorsLinkedToTheFields()
            throws Exception {
        MockHttpSession session = signIn(mvc, "planner.metropolitan");

        String noFile = mvc.perform(multipart("/forces/metropolitan/demand/imports")
                        // What a browser sends when no file was chosen: one empty part without a name.
                        .file(new MockMultipartFile("file", "", "application/octet-stream", new byte[0]))
                        .with(csrf()).session(session))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(noFile).contains("<title>Error: Demand data imports, Metropolitan Police Service – Beacon</title>")
                .contains("<a href=\"#file\">Select at least one file to import</a>")
                .contains("<a href=\"#format\">Select the kind of file you are importing</a>")
                .contains("id=\"file-error\"", "aria-describedby=\"file-hint file-error\"");

        String noMapping = mvc.perform(multipart("/forces/metropolitan/demand/imports")
                        .file(new MockMultipartFile("file", "calls.csv", "text/csv", "a,b\n1,2\n".getBytes()))
                        .param("format", "cad").param("mapping", "").with(csrf()).session(session))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(noMapping)
                .contains("<a href=\"#mapping\">Select the column mapping for the CAD or incident export</a>")
                .doesNotContain("href=\"#file\"")
                // The CAD choice stays made.
                .containsPattern("value=\"cad\"[^>]*checked=\"checked\"")
                .contains("aria-describedby=\"mapping-hint mapping-error\"");
    }

    @Test
    void deletingAnImportAsksForConfirmationThenRemovesItAndSaysSo() throws Exception {
        // Metropolitan, July 2013: a month no other test imports into.
        String job = ApiImports.importCanonical(mvc, as("analyst.metropolitan"), "metropolitan", "to-delete.csv", """
                d1,2013-07-01T10:00:00Z,2013-07,Assault,1,,,,,,,,,
                d2,2013-07-02T11:00:00Z,2013-07,Theft,2,,,,,,,,,
                """);
        String importId = JsonPath.read(job, "$.result.imports[0].id");
        String checksum = JsonPath.read(job, "$.result.imports[0].checksum");
        MockHttpSession session = signIn(mvc, "planner.metropolitan");
        String history = page(session, "/forces/metropolitan/demand/imports");
        assertThat(history).contains("to-delete.csv", "<code>" + checksum.substring(0, 12) + "</code>",
                checksum, "July 2013", "analyst.metropolitan",
                "/forces/metropolitan/demand/imports/" + importId + "/delete");
        mvc.perform(get("/forces/metropolitan/demand/imports/" + importId + "/delete")
                        .session(signIn(mvc, "reviewer.metropolitan")))
                .andExpect(status().isForbidden());

        String confirmation = page(session, "/forces/metropolitan/demand/imports/" + importId + "/delete");
        assertThat(confirmation).contains("Are you sure you want to delete", "to-delete.csv")
                .contains("action=\"/forces/metropolitan/demand/imports/" + importId + "/delete\"");
        assertThat(page(session, "/forces/metropolitan/demand?from=2013-07&to=2013-07"))
                .contains("id=\"headline-incidents\">2</dd>");

        MvcResult deleted = mvc.perform(post("/forces/metropolitan/demand/imports/" + importId + "/delete")
                        .with(csrf()).session(session))
                .andExpect(redirectedUrl("/forces/metropolitan/demand/imports"))
                .andExpect(flash().attribute("deletedFile", "to-delete.csv"))
                .andReturn();

        String after = mvc.perform(get("/forces/metropolitan/demand/imports").session(session)
                        .flashAttrs(deleted.getFlashMap()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(after).contains("govuk-notification-banner--success")
                .containsPattern("to-delete.csv\\s+has been deleted")
                .containsPattern("Its 2\\s+incidents are no longer in the demand profile")
                .doesNotContain(importId);
        assertThat(page(session, "/forces/metropolitan/demand?from=2013-07&to=2013-07"))
                .contains("id=\"headline-incidents\">0</dd>");
        mvc.perform(get("/forces/metropolitan/demand/imports/" + importId + "/delete").session(session))
                .andExpect(status().isNotFound());
    }

    @Test
    void theHomePageLinksTheDemandModuleAndSignedInMenusOfferDemand() throws Exception {
        mvc.perform(get("/"))
                .andExpect(content().string(containsString("href=\"/demand\">Demand</a>")))
                .andExpect(content().string(not(containsString("href=\"/modules/demand\""))))
                .andExpect(content().string(not(matchesPattern("(?s).*govuk-service-navigation__link\" "
                        + "href=\"/demand\".*"))));
        assertThat(page(signIn(mvc, "approver.city-of-london"), "/organisation"))
                .containsPattern("<a class=\"govuk-service-navigation__link\" href=\"/demand\">\\s*Demand");
    }
}
