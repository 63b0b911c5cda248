package uk.beacon.governance.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static uk.beacon.governance.web.GovernanceFixtures.create;
import static uk.beacon.governance.web.GovernanceFixtures.publish;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import uk.beacon.governance.domain.dpia.DpiaExamples;
import uk.beacon.governance.domain.ethics.EthicsExamples;
import uk.beacon.testsupport.Requests;
import uk.beacon.testsupport.WebTest;

/** The governance pages: a record written, reviewed, approved and published through the pages; the register. */
@WebTest
class GovernancePagesTest {

    private static final String SCRIPT = "<script>alert(1)</script>";
    private static final String ESCAPED = "&lt;script&gt;alert(1)&lt;/script&gt;";

    @Autowired
    MockMvc mvc;

    private MockHttpServletRequestBuilder form(String path, MockHttpSession session) {
        return post(path).session(session).with(csrf()).contentType("application/x-www-form-urlencoded");
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    @Test
    @DisplayName("a record goes from draft to published through the pages with one force's demo accounts, and "
            + "anyone finds it on the register")
    void draftToPublishedThroughThePages() throws Exception {
        MockHttpSession planner = Requests.signIn(mvc, "planner.city-of-london");
        mvc.perform(get("/governance").session(planner))
                .andExpect(redirectedUrl("/forces/city-of-london/governance"));
        mvc.perform(get("/forces/city-of-london/governance").session(planner)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Create a record")));
        mvc.perform(get("/forces/city-of-london/governance/new").session(planner)).andExpect(status().isOk());

        String location = mvc.perform(form("/forces/city-of-london/governance/new", planner)
                        .param("name", "Page-made chatbot").param("description", "Answers questions from the public")
                        .param("category", "communications").param("phase", "pilot")
                        .param("legalBases", "Police Act 1996 | https://www.legislation.gov.uk/ukpga/1996/16")
                        .param("workTypes", "administrative_other").param("supplier-0-name", "Bots Ltd")
                        .param("supplier-0-companiesHouseNumber", "").param("supplier-0-role", "")
                        .param("supplier-0-procurementRoute", "").param("supplier-0-dataAccessTerms", ""))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/governance/technologies/*"))
                .andReturn().getResponse().getRedirectedUrl();
        String id = location.substring(location.lastIndexOf('/') + 1);
        mvc.perform(get(location).session(planner)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Page-made chatbot")))
                .andExpect(content().string(containsString("id=\"action-submit\"")))
                .andExpect(content().string(containsString("Verified")))
                .andExpect(content().string(containsString("Administrative and other")));
        // The editor offers the demand module's work types as checkboxes, with the record's ticked.
        mvc.perform(get(location + "/edit").session(planner)).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.matchesPattern(
                        "(?s).*value=\"ADMINISTRATIVE_OTHER\" checked=\"checked\".*")))
                .andExpect(content().string(containsString(">Mental health</label>")));

        mvc.perform(get(location + "/dpia").session(planner)).andExpect(status().isOk());
        mvc.perform(form(location + "/dpia", planner)
                        .params(GovernanceFixtures.formParams(DpiaForm.of(DpiaExamples.complete()))))
                .andExpect(redirectedUrl(location));
        mvc.perform(get(location).session(planner))
                .andExpect(content().string(containsString("The DPIA is saved. It is complete.")));

        mvc.perform(form(location + "/transitions", planner).param("action", "submit").param("reason", ""))
                .andExpect(redirectedUrl(location));
        MockHttpSession reviewer = Requests.signIn(mvc, "reviewer.city-of-london");
        mvc.perform(get(location).session(reviewer))
                .andExpect(content().string(containsString("id=\"action-start-review\"")));
        mvc.perform(form(location + "/transitions", reviewer).param("action", "start-review"))
                .andExpect(redirectedUrl(location));
        MockHttpSession approver = Requests.signIn(mvc, "approver.city-of-london");
        mvc.perform(form(location + "/transitions", approver).param("action", "reject").param("reason", " "))
                .andExpect(redirectedUrl(location));
        mvc.perform(get(location).session(approver))
                .andExpect(content().string(containsString("href=\"#reason-reject\"")))
                .andExpect(content().string(containsString("In review")));
        mvc.perform(form(location + "/transitions", approver).param("action", "approve")
                .param("reason", "Review in six months")).andExpect(redirectedUrl(location));
        mvc.perform(get(location).session(approver))
                .andExpect(content().string(containsString("href=\"#reason-approve\"")))
                .andExpect(content().string(containsString("there is no ethics review yet")))
                .andExpect(content().string(containsString("In review")));
        mvc.perform(form(location + "/ethics-review", reviewer)
                        .params(GovernanceFixtures.formParams(EthicsForm.of(EthicsExamples.complete()))))
                .andExpect(redirectedUrl(location));
        mvc.perform(form(location + "/transitions", approver).param("action", "approve")
                .param("reason", "Review in six months")).andExpect(redirectedUrl(location));
        mvc.perform(form(location + "/transitions", planner).param("action", "publish"))
                .andExpect(redirectedUrl(location));
        mvc.perform(get(location).session(planner))
                .andExpect(content().string(containsString("Published")))
                .andExpect(content().string(containsString("Start a new version")));

        mvc.perform(get("/register")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Page-made chatbot")));
        mvc.perform(get("/register").param("q", "page-made CHATBOT").param("category", "communications"))
                .andExpect(content().string(containsString("href=\"/register/" + id + "\"")));
        mvc.perform(get("/register").param("q", "page-made chatbot").param("phase", "production"))
                .andExpect(content().string(not(containsString("Page-made chatbot"))));
        mvc.perform(get("/register/" + id)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Review in six months")))
                .andExpect(content().string(containsString("Bots Ltd")))
                .andExpect(content().string(containsString("Report a problem with this record")));
    }

    @Test
    @DisplayName("the editor shows each problem in an error summary linked to its field, and keeps what was typed")
    void editorErrorsAreLinkedToFields() throws Exception {
        MockHttpSession planner = Requests.signIn(mvc, "planner.metropolitan");
        mvc.perform(form("/forces/metropolitan/governance/new", planner).param("name", "")
                        .param("description", "Kept text").param("category", "").param("phase", "pilot")
                        .param("website", "ftp://example.org"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("<title>Error: New technology record")))
                .andExpect(content().string(containsString("href=\"#name\"")))
                .andExpect(content().string(containsString("href=\"#category\"")))
                .andExpect(content().string(containsString("href=\"#website\"")))
                .andExpect(content().string(containsString("Kept text")));
        mvc.perform(get("/governance")).andExpect(redirectedUrl("/register"));
        mvc.perform(get("/forces/metropolitan/governance")).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/sign-in"));
        MockHttpSession national = Requests.signIn(mvc, "coordinator.national");
        mvc.perform(get("/governance").session(national)).andExpect(redirectedUrl("/register"));
        MockHttpSession analyst = Requests.signIn(mvc, "analyst.metropolitan");
        mvc.perform(get("/forces/metropolitan/governance/new").session(analyst)).andExpect(status().isForbidden());
        MockHttpSession otherForce = Requests.signIn(mvc, "planner.city-of-london");
        mvc.perform(get("/forces/metropolitan/governance").session(otherForce)).andExpect(status().isForbidden());
    }

    @Test
    @DisplayName("a record named <script>alert(1)</script> is shown escaped on every page")
    void scriptNameIsHarmlessInPages() throws Exception {
        String id = create(mvc, "metropolitan", SCRIPT);
        publish(mvc, "metropolitan", id);
        MockHttpSession planner = Requests.signIn(mvc, "planner.metropolitan");
        for (String page : new String[] {"/register", "/register/" + id, "/register?q=script"}) {
            String body = mvc.perform(get(page)).andExpect(status().isOk()).andReturn().getResponse()
                    .getContentAsString();
            assertThat(body).as(page).doesNotContain(SCRIPT).contains(ESCAPED);
        }
        for (String page : new String[] {"/forces/metropolitan/governance", "/governance/technologies/" + id,
                "/governance/technologies/" + id + "/edit"}) {
            String body = mvc.perform(get(page).session(planner)).andExpect(status().isOk()).andReturn().getResponse()
                    .getContentAsString();
            assertThat(body).as(page).doesNotContain(SCRIPT).contains(ESCAPED);
        }
    }

    @Test
    @DisplayName("anyone reports a problem with a published record; the force's planners see and moderate it; "
            + "reports from one address are rate-limited")
    void problemReportsAreModeratedAndRateLimited() throws Exception {
        String id = create(mvc, "city-of-london", "Reported record");
        publish(mvc, "city-of-london", id);
        String address = "192.0.2.17";
        mvc.perform(post("/register/" + id + "/problems").with(csrf()).with(from(address)).param("message", ""))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("href=\"#message\"")));
        mvc.perform(post("/register/" + id + "/problems").with(csrf()).with(from(address))
                        .param("message", "The supplier changed in 2026").param("contact", ""))
                .andExpect(redirectedUrl("/register/" + id));

        MockHttpSession planner = Requests.signIn(mvc, "planner.city-of-london");
        String reports = mvc.perform(get("/forces/city-of-london/governance/reports").session(planner))
                .andExpect(status().isOk()).andExpect(content().string(containsString("The supplier changed in 2026")))
                .andReturn().getResponse().getContentAsString();
        java.util.regex.Matcher action = java.util.regex.Pattern
                .compile("action=\"(/forces/city-of-london/governance/reports/[0-9a-f-]{36})\"").matcher(reports);
        assertThat(action.find()).isTrue();
        mvc.perform(form(action.group(1), planner).param("decision", "accepted"))
                .andExpect(redirectedUrl("/forces/city-of-london/governance/reports"));
        mvc.perform(get("/forces/city-of-london/governance/reports").session(planner))
                .andExpect(content().string(containsString("accepted by planner.city-of-london")));
        mvc.perform(form(action.group(1), planner).param("decision", "dismissed")).andExpect(status().isConflict());
        MockHttpSession reviewer = Requests.signIn(mvc, "reviewer.city-of-london");
        mvc.perform(get("/forces/city-of-london/governance/reports").session(reviewer))
                .andExpect(status().isForbidden());

        for (int i = 2; i <= 5; i++) {
            mvc.perform(post("/register/" + id + "/problems").with(csrf()).with(from(address))
                    .param("message", "Report " + i)).andExpect(status().is3xxRedirection());
        }
        mvc.perform(post("/register/" + id + "/problems").with(csrf()).with(from(address))
                        .param("message", "One too many"))
                .andExpect(status().isTooManyRequests());
        mvc.perform(post("/register/" + id + "/problems").with(csrf()).with(from("192.0.2.18"))
                .param("message", "Another person")).andExpect(status().is3xxRedirection());
    }

    @Test
    @DisplayName("a draft cannot be reported on, and an unknown record is 404 on the register")
    void draftsAreNotOnTheRegister() throws Exception {
        String id = create(mvc, "metropolitan", "Unpublished draft");
        mvc.perform(get("/register/" + id)).andExpect(status().isNotFound());
        mvc.perform(post("/register/" + id + "/problems").with(csrf()).param("message", "x"))
                .andExpect(status().isNotFound());
    }
}
