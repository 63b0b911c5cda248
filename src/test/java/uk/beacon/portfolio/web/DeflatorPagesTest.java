package uk.beacon.portfolio.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static uk.beacon.portfolio.web.InitiativeApiTest.as;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import uk.beacon.platform.Role;
import uk.beacon.testsupport.WebTest;

/**
 * The GDP deflator page: the series in use with its source, pasting or uploading a series (post/redirect/get, errors
 * naming the line and linked to their field), going back to the assumption, and the links from the initiative pages.
 */
@WebTest
class DeflatorPagesTest {

    static final String SOURCE = "HM Treasury, GDP deflators at market prices, and money GDP, September 2026 "
            + "(Quarterly National Accounts)";

    /** Made-up figures laid out as HM Treasury's financial years (not its series). */
    static final String CSV = "year,index\n2024-25,100\n2025-26,103.5\n2026-27,106.1\n";

    @Autowired
    MockMvc mvc;

    private String page(String force, Role role) throws Exception {
        return mvc.perform(get("/forces/" + force + "/portfolio/deflator").with(as(force, role)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    @Test
    void theForceSeesTheAssumptionInUseAsATableAndAPlannerTheFormToReplaceIt() throws Exception {
        String analyst = page("nottinghamshire", Role.ANALYST);
        assertThat(analyst).contains("id=\"series\"", "id=\"assumption\"", "Assumption, not an official deflator",
                "<th scope=\"row\" class=\"govuk-table__header\">2075</th>").doesNotContain("name=\"csv\"");
        String planner = page("nottinghamshire", Role.PLANNER);
        assertThat(planner).contains("name=\"csv\"", "name=\"source\"", "2024-25 (April 2024 to March 2025) is read as 2024")
                .doesNotContain("id=\"reset\"");
    }

    @Test
    void aPlannerPastesHmTreasurysFinancialYearsAndTheSeriesIsShownWithItsSourceThenResets() throws Exception {
        mvc.perform(post("/forces/staffordshire/portfolio/deflator").param("source", SOURCE).param("csv", CSV)
                        .with(as("staffordshire", Role.PLANNER)))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/forces/staffordshire/portfolio/deflator"))
                .andExpect(flash().attribute("saved",
                        "The series is loaded: 2024 to 2026, financial years read as the year they start in."));
        String shown = page("staffordshire", Role.ANALYST);
        assertThat(shown).contains(SOURCE, "By planner.staffordshire on ", "106.1")
                .contains("<th scope=\"row\" class=\"govuk-table__header\">2025</th>")
                .doesNotContain("id=\"assumption\"", "2075");

        mvc.perform(post("/forces/staffordshire/portfolio/deflator/reset").with(as("staffordshire", Role.PLANNER)))
                .andExpect(status().is3xxRedirection());
        assertThat(page("staffordshire", Role.ANALYST)).contains("id=\"assumption\"").doesNotContain(SOURCE);
    }

    @Test
    void anUploadedFileIsReadLikeThePastedText() throws Exception {
        MockMultipartFile file = new MockMultipartFile("file", "deflator.csv", "text/csv",
                ("\uFEFF" + CSV).getBytes(StandardCharsets.UTF_8));
        mvc.perform(multipart("/forces/thames-valley/portfolio/deflator").file(file).param("source", SOURCE)
                        .with(as("thames-valley", Role.PLANNER)))
                .andExpect(status().is3xxRedirection());
        assertThat(page("thames-valley", Role.ANALYST)).contains(SOURCE, "103.5");
    }

    @Test
    void problemsAreShownInTheErrorSummaryLinkedToTheirFieldNamingTheLineAndNothingIsLoaded() throws Exception {
        mvc.perform(post("/forces/west-mercia/portfolio/deflator").param("source", "")
                        .param("csv", "year,index\n2024-25,100\n\n2025-26,abc\n2026-27,-1\n")
                        .with(as("west-mercia", Role.PLANNER)))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(allOf(containsString("govuk-error-summary"),
                        containsString("href=\"#source\""), containsString("Enter the source of the series"),
                        containsString("href=\"#csv\""),
                        containsString("Line 4: &#39;abc&#39; is not a number: write the index such as 101.234"),
                        containsString("2026-27,-1"))));
        mvc.perform(post("/forces/west-mercia/portfolio/deflator").param("source", SOURCE)
                        .param("csv", "year,index\n2024,100\n2025,0\n2027,104\n").with(as("west-mercia", Role.PLANNER)))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(allOf(containsString("href=\"#csv\""),
                        containsString("Line 3: The index for 2025 must be more than 0 (and 1 more problem)"))));
        assertThat(page("west-mercia", Role.ANALYST)).contains("id=\"assumption\"");
    }

    @Test
    void onlyTheForcesPlannersChangeItAndAnotherForceCannotOpenIt() throws Exception {
        mvc.perform(get("/forces/west-midlands/portfolio/deflator").with(as("lancashire", Role.PLANNER)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/forces/west-midlands/portfolio/deflator").param("source", SOURCE).param("csv", CSV)
                .with(as("lancashire", Role.PLANNER))).andExpect(status().isForbidden());
        mvc.perform(post("/forces/west-midlands/portfolio/deflator").param("source", SOURCE).param("csv", CSV)
                .with(as("west-midlands", Role.ANALYST))).andExpect(status().isForbidden());
        mvc.perform(post("/forces/west-midlands/portfolio/deflator/reset").with(as("west-midlands", Role.ANALYST)))
                .andExpect(status().isForbidden());
        assertThat(page("west-midlands", Role.ANALYST)).contains("id=\"assumption\"");
    }

    @Test
    void theInitiativePagesLinkToTheDeflatorAndTheSummaryNamesTheSeriesUsed() throws Exception {
        String location = mvc.perform(InitiativePagesTest.filled(post("/forces/south-yorkshire/initiatives"),
                        "prices", "NOMINAL", "years", "2025, 800000, 0, 0, 0, 0\n2026, 0, 50000, 103500, 0, 0")
                        .with(as("south-yorkshire", Role.PLANNER)))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        mvc.perform(get(location).with(as("south-yorkshire", Role.ANALYST))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("assuming prices rise 2% a year"),
                        containsString("href=\"/forces/south-yorkshire/portfolio/deflator\""),
                        containsString("with the GDP deflator: Assumption, not an official deflator"))));

        mvc.perform(post("/forces/south-yorkshire/portfolio/deflator").param("source", SOURCE).param("csv", CSV)
                .with(as("south-yorkshire", Role.PLANNER))).andExpect(status().is3xxRedirection());
        mvc.perform(get(location).with(as("south-yorkshire", Role.ANALYST))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("with the GDP deflator series"),
                        containsString("with the GDP deflator: " + SOURCE),
                        not(containsString("assuming prices rise 2% a year")))));
        mvc.perform(get("/forces/south-yorkshire/initiatives").with(as("south-yorkshire", Role.ANALYST)))
                .andExpect(content().string(allOf(containsString("href=\"/forces/south-yorkshire/portfolio/deflator\""),
                        containsString(SOURCE))));
    }

    @Test
    void anInitiativeTheNewSeriesDoesNotCoverIsListedAndItsPageSaysWhyItIsNotAppraised() throws Exception {
        String location = mvc.perform(InitiativePagesTest.filled(post("/forces/west-yorkshire/initiatives"),
                        "prices", "NOMINAL", "years", "2025, 800000, 0, 0, 0, 0\n2030, 0, 50000, 103500, 0, 0")
                        .with(as("west-yorkshire", Role.PLANNER)))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        mvc.perform(post("/forces/west-yorkshire/portfolio/deflator").param("source", SOURCE).param("csv", CSV)
                .with(as("west-yorkshire", Role.PLANNER))).andExpect(status().is3xxRedirection());
        assertThat(page("west-yorkshire", Role.ANALYST)).contains("id=\"uncovered\"", "Body-worn video");
        mvc.perform(get(location).with(as("west-yorkshire", Role.ANALYST))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"appraisal-problem\""),
                        containsString("The GDP deflator table covers 2024 to 2026; give real prices for 2030"),
                        not(containsString("id=\"economic\"")))));
    }
}
