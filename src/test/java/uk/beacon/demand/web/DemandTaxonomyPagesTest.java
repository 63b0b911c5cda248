package uk.beacon.demand.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static uk.beacon.testsupport.Requests.signIn;

import java.net.URI;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.util.HtmlUtils;
import uk.beacon.platform.Role;
import uk.beacon.platform.SignedInUser;
import uk.beacon.testsupport.WebTest;

/** The work-type taxonomy page: what is not mapped yet, mapping a type through the form, and who may do it. */
@WebTest
class DemandTaxonomyPagesTest {

    @Autowired
    MockMvc mvc;

    private String page(RequestPostProcessor user, String path) throws Exception {
        return mvc.perform(get(path).with(user)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    private static RequestPostProcessor session(MockHttpSession session) {
        return request -> {
            request.setSession(session);
            return request;
        };
    }

    @Test
    void theTaxonomyPageSendsAnonymousPeopleToSignIn() throws Exception {
        mvc.perform(get("/forces/metropolitan/demand/taxonomy")).andExpect(redirectedUrl("/sign-in"));
    }

    @Test
    void anotherForcesUserCanNeitherSeeNorChangeTheTaxonomy() throws Exception {
        MockHttpSession city = signIn(mvc, "analyst.city-of-london");

        mvc.perform(get("/forces/metropolitan/demand/taxonomy").session(city)).andExpect(status().isForbidden());
        mvc.perform(post("/forces/metropolitan/demand/taxonomy").param("source", "cad").param("rawType", "Dog barking")
                        .param("workType", "ANTI_SOCIAL_BEHAVIOUR").with(csrf()).session(city))
                .andExpect(status().isForbidden());
        mvc.perform(get("/forces/atlantis/demand/taxonomy").session(city)).andExpect(status().isNotFound());
    }

    @Test
    void aReviewerSeesTheTaxonomyButNoFormAndNoLinksToChangeIt() throws Exception {
        MockHttpSession reviewer = signIn(mvc, "reviewer.metropolitan");

        String body = page(session(reviewer), "/forces/metropolitan/demand/taxonomy");

        assertThat(body).contains("<h1 class=\"govuk-heading-xl\">Work-type taxonomy</h1>")
                .contains("id=\"taxonomy-cad\"", "id=\"taxonomy-police-uk-street\"", "CAD or incident export")
                .containsPattern("Only your force's analysts and planners can\\s+change the taxonomy.")
                .doesNotContain("id=\"classify\"")
                .doesNotContain("#classify");
        mvc.perform(post("/forces/metropolitan/demand/taxonomy").param("source", "cad").param("rawType", "Dog barking")
                        .param("workType", "ANTI_SOCIAL_BEHAVIOUR").with(csrf()).session(reviewer))
                .andExpect(status().isForbidden());
    }

    @Test
    void mappingAnUnmappedTypeThroughTheFormReclassifiesTheIncidentsAlreadyStored() throws Exception {
        // Cumbria, September 2016, and this raw type: no other test uses them.
        SignedInUser analyst = SignedInUser.of("analyst.cumbria", "cumbria", Role.ANALYST);
        RequestPostProcessor asAnalyst = request -> csrf().postProcessRequest(user(analyst).postProcessRequest(request));
        ApiImports.importCanonical(mvc, asAnalyst, "cumbria", "geese.csv", """
                g1,2016-09-01T07:00:00Z,2016-09,Geese on the carriageway,3,,,,,,,,,
                g2,2016-09-02T07:30:00Z,2016-09,Geese on the carriageway,3,,,,,,,,,
                g3,2016-09-02T08:00:00Z,2016-09,Assault,1,,,,,,,,,
                """);

        String before = page(asAnalyst, "/forces/cumbria/demand/taxonomy");
        String unmapped = table(before, "unmapped");
        assertThat(unmapped).containsPattern("<td class=\"govuk-table__cell\">CAD or incident export</td>\\s*"
                + "<td class=\"govuk-table__cell beacon-break-words\">Geese on the carriageway</td>\\s*"
                + "<td class=\"govuk-table__cell govuk-table__cell--numeric\">2</td>")
                .doesNotContain("Assault");
        String mapLink = HtmlUtils.htmlUnescape(firstMatch(unmapped, "href=\"([^\"]+)\">Map"));
        assertThat(mapLink).isEqualTo("/forces/cumbria/demand/taxonomy?source=cad&rawType=Geese%20on%20the%20carriageway"
                + "#classify");

        // The link fills the form in with the type, for the analyst to choose its work type.
        String form = mvc.perform(get(URI.create(mapLink.substring(0, mapLink.indexOf('#')))).with(asAnalyst))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(form).contains("id=\"rawType\" name=\"rawType\" type=\"text\" value=\"Geese on the carriageway\"")
                .containsPattern("<option value=\"cad\"\\s+selected=\"selected\">CAD or incident export</option>")
                .doesNotContain("checked=\"checked\"");

        MvcResult saved = mvc.perform(post("/forces/cumbria/demand/taxonomy").param("source", "cad")
                        .param("rawType", "Geese on the carriageway").param("workType", "ROAD_TRAFFIC").with(asAnalyst))
                .andExpect(redirectedUrl("/forces/cumbria/demand/taxonomy"))
                .andExpect(flash().attributeExists("classified"))
                .andReturn();

        String after = mvc.perform(get("/forces/cumbria/demand/taxonomy").flashAttrs(saved.getFlashMap())
                        .with(asAnalyst))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(after).contains("govuk-notification-banner--success")
                .containsPattern("Geese on the carriageway</span>\\s*\\(CAD or incident export\\) is now mapped to\\s*"
                        + "Road traffic, not as a crime.")
                .contains("<p class=\"govuk-body\" id=\"classified-count\">2 stored incidents were reclassified.</p>")
                .contains("id=\"nothing-unmapped\"");
        assertThat(table(after, "taxonomy-cad")).containsPattern(
                "<td class=\"govuk-table__cell beacon-break-words\">Geese on the carriageway</td>\\s*"
                        + "<td class=\"govuk-table__cell\">Road traffic</td>\\s*"
                        + "<td class=\"govuk-table__cell\">No</td>\\s*"
                        + "<td class=\"govuk-table__cell govuk-table__cell--numeric\">2</td>");
        assertThat(page(asAnalyst, "/forces/cumbria/demand?from=2016-09&to=2016-09"))
                .contains("id=\"headline-not-crime\">67%</dd>")
                .doesNotContain("not yet mapped to a work type");

        // Its "Change" link fills the form in with the mapping as it stands.
        String change = mvc.perform(get("/forces/cumbria/demand/taxonomy").param("source", "cad")
                        .param("rawType", "geese ON the  carriageway").with(asAnalyst))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(change).containsPattern("value=\"ROAD_TRAFFIC\"\\s+checked=\"checked\"")
                .contains("value=\"Geese on the carriageway\"");
    }

    @Test
    void aMappingWithoutATypeOrAWorkTypeReShowsTheFormWithErrorsLinkedToTheFields() throws Exception {
        MockHttpSession planner = signIn(mvc, "planner.metropolitan");

        String body = mvc.perform(post("/forces/metropolitan/demand/taxonomy").param("source", "police-uk-street")
                        .param("rawType", "   ").param("crime", "true").with(csrf()).session(planner))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();

        assertThat(body).contains("<title>Error: Work-type taxonomy, Metropolitan Police Service – Beacon</title>")
                .contains("<a href=\"#rawType\">Enter the type as your data records it</a>")
                .contains("<a href=\"#workType\">Select the work type it belongs to</a>")
                .contains("id=\"rawType-error\"", "id=\"workType-error\"")
                .contains("aria-describedby=\"rawType-hint rawType-error\"")
                .doesNotContain("href=\"#source\"")
                // What was chosen stays chosen.
                .containsPattern("<option value=\"police-uk-street\"\\s+selected=\"selected\">")
                .containsPattern("id=\"crime\" name=\"crime\" type=\"checkbox\" value=\"true\"\\s+"
                        + "aria-describedby=\"crime-hint\" checked=\"checked\"");

        String unmappedWorkType = mvc.perform(post("/forces/metropolitan/demand/taxonomy").param("source", "fax")
                        .param("rawType", "Dog barking").param("workType", "UNMAPPED").with(csrf()).session(planner))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(unmappedWorkType).contains("<a href=\"#source\">Select where the type comes from</a>")
                .contains("<a href=\"#workType\">Select the work type it belongs to</a>")
                .contains("value=\"Dog barking\"");
    }

    /** The table with this id, from its start tag to its end. */
    static String table(String body, String id) {
        int start = body.indexOf("id=\"" + id + "\"");
        assertThat(start).as("a table with the id " + id).isNotNegative();
        return body.substring(start, body.indexOf("</table>", start));
    }

    private static String firstMatch(String text, String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(text);
        assertThat(matcher.find()).as("a match for " + regex).isTrue();
        return matcher.group(1);
    }
}
