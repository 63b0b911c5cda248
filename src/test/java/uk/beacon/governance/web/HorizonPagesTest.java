package uk.beacon.governance.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static uk.beacon.testsupport.Requests.as;
import static uk.beacon.testsupport.Requests.signIn;
import static uk.beacon.testsupport.Html.text;
import static uk.beacon.testsupport.Html.errorLinks;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import uk.beacon.testsupport.WebTest;

/** The horizon-scanning pages: the public matrix, type pages and gaps, and the coordinators' forms. */
@WebTest
class HorizonPagesTest {

    private static final String SCRIPT = "<script>alert(1)</script>";

    @Autowired
    MockMvc mvc;

    private String page(RequestBuilder request, int status) throws Exception {
        return mvc.perform(request).andExpect(status().is(status)).andReturn().getResponse().getContentAsString();
    }

    @Test
    void theMatrixSaysEachCellsCoverageInWordsToAnyone() throws Exception {
        String page = page(get("/horizon"), 200);

        String lfr = text(page, "row-live-facial-recognition", "tr");
        assertThat(lfr).startsWith("Live facial recognition")
                .contains("Gap : Live facial recognition, Human Rights Act Art. 8")
                .contains("Partly covered : Live facial recognition, Surveillance Camera Code");
        assertThat(text(page, "row-anpr", "tr")).contains("Clearly covered : Automatic number plate recognition (ANPR), "
                + "Surveillance Camera Code");
        assertThat(text(page, "row-robotic-process-automation", "tr"))
                .contains("Does not apply : Robotic process automation, PACE 1984");
        assertThat(page).contains("<th scope=\"row\"").contains("<th scope=\"col\"")
                .contains("href=\"/horizon/types/live-facial-recognition#hra-article-8\"")
                .doesNotContain("href=\"/horizon/types/new\"");
    }

    @Test
    void aTypesPageShowsEveryFrameworkWithItsNoteAndSource() throws Exception {
        String page = page(get("/horizon/types/live-facial-recognition"), 200);

        String article8 = text(page, "hra-article-8", "tr");
        assertThat(article8).startsWith("Human Rights Act 1998, Article 8").contains("Gap")
                .contains("Source: R (Bridges) v Chief Constable of South Wales Police [2020] EWCA Civ 1058");
        assertThat(page).contains("href=\"https://www.bailii.org/ew/cases/EWCA/Civ/2020/1058.html\"");
        assertThat(text(page, "biometrics-commissioner", "tr")).contains("not facial images");
        mvc.perform(get("/horizon/types/no-such-type")).andExpect(status().isNotFound());
    }

    @Test
    void theGapsListTypesWithTheMostGapsFirstWithTheirDeployments() throws Exception {
        String page = page(get("/horizon/gaps"), 200);

        String lfr = text(page, "gaps-live-facial-recognition", "tr");
        assertThat(lfr).isEqualTo("Live facial recognition 0 Human Rights Act Art. 8 Biometrics Commissioner "
                + "Data protection Equality duty PACE 1984 Surveillance Camera Code");
        assertThat(page.indexOf("id=\"gaps-live-facial-recognition\""))
                .isLessThan(page.indexOf("id=\"gaps-anpr\""));
        assertThat(page.indexOf("id=\"gaps-individual-risk-assessment\""))
                .isLessThan(page.indexOf("id=\"gaps-predictive-hotspot-mapping\""));
        assertThat(page).doesNotContain("id=\"gaps-mobile-device-extraction\"");
    }

    @Test
    void aCoordinatorAddsATypeAndAssessesItThroughTheForms() throws Exception {
        MockHttpSession session = signIn(mvc, "coordinator.national");
        assertThat(page(get("/horizon").session(session), 200)).contains("href=\"/horizon/types/new\"");
        page(get("/horizon/types/new").session(session), 200);

        String invalid = page(post("/horizon/types/new").session(session).with(csrf())
                .param("code", "Page Gait").param("name", "").param("description", "Walks"), 400);
        assertThat(invalid).contains("<title>Error: Add a technology type");
        assertThat(errorLinks(invalid)).containsExactly("#code");
        assertThat(page(post("/horizon/types/new").session(session).with(csrf())
                .param("code", "page-gait").param("name", "").param("description", "Walks"), 400))
                .satisfies(body -> assertThat(errorLinks(body)).containsExactly("#name"))
                .contains("value=\"page-gait\"");

        mvc.perform(post("/horizon/types/new").session(session).with(csrf())
                        .param("code", "page-gait").param("name", "Gait recognition").param("description", "Walks"))
                .andExpect(redirectedUrl("/horizon/types/page-gait"));
        assertThat(page(post("/horizon/types/new").session(session).with(csrf())
                .param("code", "page-gait").param("name", "Again").param("description", "Again"), 400))
                .satisfies(body -> assertThat(errorLinks(body)).containsExactly("#code"));

        String form = page(get("/horizon/assessments/page-gait/pace/edit").session(session), 200);
        assertThat(form).contains("id=\"status\"").contains("value=\"GAP\"");
        assertThat(errorLinks(page(post("/horizon/assessments/page-gait/pace/edit").session(session).with(csrf())
                .param("note", "n"), 400))).containsExactly("#status");
        assertThat(errorLinks(page(post("/horizon/assessments/page-gait/pace/edit").session(session).with(csrf())
                .param("status", "GAP").param("note", "n").param("sourceTitle", "t")
                .param("sourceLink", "javascript:alert(1)"), 400))).containsExactly("#sourceLink");
        mvc.perform(post("/horizon/assessments/page-gait/pace/edit").session(session).with(csrf())
                        .param("status", "GAP").param("note", "No rules on gait.").param("sourceTitle", "")
                        .param("sourceLink", ""))
                .andExpect(redirectedUrl("/horizon/types/page-gait#pace"));

        assertThat(text(page(get("/horizon/types/page-gait"), 200), "pace", "tr"))
                .isEqualTo("Police and Criminal Evidence Act 1984 and its Codes of Practice Gap No rules on gait.");
        assertThat(page(get("/horizon/gaps"), 200)).contains("id=\"gaps-page-gait\"");
    }

    @Test
    void othersMayNotOpenTheForms() throws Exception {
        MockHttpSession planner = signIn(mvc, "planner.city-of-london");
        mvc.perform(get("/horizon/types/new").session(planner)).andExpect(status().isForbidden());
        mvc.perform(get("/horizon/assessments/drones/pace/edit").session(planner)).andExpect(status().isForbidden());
        mvc.perform(post("/horizon/types/drones/edit").session(planner).with(csrf())
                .param("name", "Changed").param("description", "Changed")).andExpect(status().isForbidden());
        mvc.perform(get("/horizon/types/new")).andExpect(redirectedUrl("/sign-in"));
        mvc.perform(post("/horizon/frameworks/new").with(csrf()).param("code", "x-y").param("shortName", "x")
                .param("name", "x")).andExpect(status().isForbidden());
        assertThat(page(get("/horizon/types/drones"), 200)).contains(">Drones<").doesNotContain("/edit\"");
    }

    @Test
    void textFromCoordinatorsIsShownEscapedOnEveryPage() throws Exception {
        mvc.perform(put("/api/v1/horizon/types/escape-test").contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\": \"" + SCRIPT + "\", \"description\": \"" + SCRIPT + "\"}")
                .with(as("coordinator.national"))).andExpect(status().isOk());
        mvc.perform(put("/api/v1/horizon/frameworks/escape-test").contentType(MediaType.APPLICATION_JSON)
                .content("{\"shortName\": \"<b>x</b>\", \"name\": \"" + SCRIPT + "\"}")
                .with(as("coordinator.national"))).andExpect(status().isOk());
        mvc.perform(put("/api/v1/horizon/assessments/escape-test/escape-test").contentType(MediaType.APPLICATION_JSON)
                .content("{\"applies\": true, \"coverage\": \"GAP\", \"note\": \"" + SCRIPT
                        + "\", \"sourceTitle\": \"\\\"><img src=x onerror=alert(1)>\", "
                        + "\"sourceLink\": \"https://example.org/?a=%22%3E%3Cscript%3E\"}")
                .with(as("coordinator.national"))).andExpect(status().isOk());

        MockHttpSession coordinator = signIn(mvc, "coordinator.national");
        for (String path : List.of("/horizon", "/horizon/gaps", "/horizon/types/escape-test",
                "/horizon/types/escape-test/edit", "/horizon/frameworks/escape-test/edit",
                "/horizon/assessments/escape-test/escape-test/edit")) {
            String page = page(get(path).session(coordinator), 200);
            assertThat(page).as(path).doesNotContain(SCRIPT).doesNotContain("<b>x</b>")
                    .doesNotContain("<img src=x").doesNotContain("\"><script>");
        }
        assertThat(page(get("/horizon/types/escape-test"), 200)).contains("&lt;script&gt;alert(1)&lt;/script&gt;");
    }
}
