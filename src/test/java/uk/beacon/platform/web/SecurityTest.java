package uk.beacon.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static uk.beacon.testsupport.Requests.as;
import static uk.beacon.testsupport.Requests.signIn;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import uk.beacon.platform.AuditLog;
import uk.beacon.platform.Role;
import uk.beacon.platform.SignedInUser;
import uk.beacon.platform.store.AuditEvent;
import uk.beacon.platform.store.UserAccountStore;
import uk.beacon.testsupport.WebTest;

@WebTest
class SecurityTest {

    private static final SignedInUser ADMIN = SignedInUser.of("admin", "beacon", Role.ADMINISTRATOR);

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAccountStore accounts;

    @Autowired
    AuditLog audit;

    @AfterEach
    void unlock() {
        accounts.clearSignInFailures("supplier.demo");
    }

    @Test
    void pagesCarryAContentSecurityPolicyWithoutInlineScripts() throws Exception {
        String csp = mvc.perform(get("/")).andExpect(status().isOk())
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andReturn().getResponse().getHeader("Content-Security-Policy");

        assertThat(csp).contains("script-src 'self'", "frame-ancestors 'none'", "object-src 'none'")
                .doesNotContain("unsafe-inline", "unsafe-eval");
        mvc.perform(get("/api/v1/forces"))
                .andExpect(header().string("Content-Security-Policy", containsString("frame-ancestors 'none'")));
    }

    @Test
    void pagesHaveNoInlineScript() throws Exception {
        String page = mvc.perform(get("/")).andReturn().getResponse().getContentAsString();

        assertThat(page.split("<script", -1)).allSatisfy(part -> assertThat(part).doesNotStartWith(">"));
        assertThat(page).contains("<script src=\"/js/beacon-body.js\"></script>");
    }

    @Test
    void strictTransportSecurityIsSentOverTlsOnly() throws Exception {
        mvc.perform(get("/").secure(true))
                .andExpect(header().string("Strict-Transport-Security", containsString("max-age=31536000")));
        mvc.perform(get("/")).andExpect(header().doesNotExist("Strict-Transport-Security"));
    }

    @Test
    void passwordsAreStoredAsBcryptHashes() {
        String hash = accounts.findByUsername("analyst.metropolitan").orElseThrow().passwordHash();

        assertThat(hash).startsWith("{bcrypt}$2").doesNotContain(WebTest.PASSWORD);
    }

    @Test
    void signingInWithoutTheFormsCsrfTokenIsRefused() throws Exception {
        mvc.perform(post("/sign-in").param("username", "analyst.metropolitan")
                        .param("password", WebTest.PASSWORD))
                .andExpect(status().isForbidden());
    }

    @Test
    void signingInGivesANewSessionIdAndIsAudited() throws Exception {
        MockHttpSession before = new MockHttpSession();
        String oldId = before.getId();

        MockHttpSession after = (MockHttpSession) mvc.perform(post("/sign-in").session(before).with(csrf())
                        .param("username", "reviewer.metropolitan")
                        .param("password", WebTest.PASSWORD))
                .andExpect(redirectedUrl("/"))
                .andReturn().getRequest().getSession(false);

        assertThat(after.getId()).isNotEqualTo(oldId);
        assertThat(audit.page(1, ADMIN).entries()).anySatisfy(entry -> {
            assertThat(entry.actor()).isEqualTo("reviewer.metropolitan");
            assertThat(entry.action()).isEqualTo("sign-in");
            assertThat(entry.organisationId()).isEqualTo("metropolitan");
        });
    }

    @Test
    void aWrongPasswordShowsTheSignInPageWithAnErrorSummary() throws Exception {
        mvc.perform(post("/sign-in").with(csrf()).param("username", "supplier.demo").param("password", "wrong"))
                .andExpect(redirectedUrl("/sign-in?error"));
        mvc.perform(get("/sign-in").param("error", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("There is a problem")))
                .andExpect(content().string(containsString("href=\"#username\"")))
                .andExpect(content().string(containsString("aria-describedby=\"username-hint username-error\"")));
    }

    @Test
    void fiveFailedSignInsLockTheAccountEvenAgainstTheRightPassword() throws Exception {
        for (int attempt = 1; attempt <= 5; attempt++) {
            mvc.perform(get("/api/v1/me").with(httpBasic("supplier.demo", "wrong-" + attempt)))
                    .andExpect(status().isUnauthorized());
        }

        mvc.perform(get("/api/v1/me").with(as("supplier.demo"))).andExpect(status().isUnauthorized());
        assertThat(accounts.findByUsername("supplier.demo").orElseThrow().lockedUntil()).isNotNull();
        assertThat(audit.page(1, ADMIN).entries()).extracting(AuditEvent::action)
                .contains("sign-in.lock", "sign-in.refused");

        accounts.clearSignInFailures("supplier.demo");
        mvc.perform(get("/api/v1/me").with(as("supplier.demo"))).andExpect(status().isOk());
    }

    @Test
    void theApiNeedsNoCsrfTokenWithHttpBasicButDoesWithASessionCookie() throws Exception {
        mvc.perform(post("/api/v1/test/jobs").param("steps", "0").with(as("analyst.metropolitan")))
                .andExpect(status().isAccepted());

        MockHttpSession session = signIn(mvc, "analyst.metropolitan");
        mvc.perform(post("/api/v1/test/jobs").param("steps", "0").session(session))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/test/jobs").param("steps", "0").session(session).with(csrf()))
                .andExpect(status().isAccepted());
    }

    @Test
    void anUnsafeApiCallWithNeitherCredentialsNorASessionIs401() throws Exception {
        mvc.perform(post("/api/v1/test/jobs").param("steps", "0"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", org.hamcrest.Matchers.containsString("Basic")));
    }

    @Test
    void signingOutEndsTheSessionAndIsAudited() throws Exception {
        MockHttpSession session = signIn(mvc, "approver.city-of-london");

        mvc.perform(post("/sign-out").session(session).with(csrf())).andExpect(redirectedUrl("/?signed-out"));
        mvc.perform(get("/organisation").session(session)).andExpect(status().is3xxRedirection());
        assertThat(audit.page(1, ADMIN).entries()).anySatisfy(entry -> {
            assertThat(entry.actor()).isEqualTo("approver.city-of-london");
            assertThat(entry.action()).isEqualTo("sign-out");
        });
    }

    @Test
    void everyChangeMadeThroughBeaconIsAudited() throws Exception {
        mvc.perform(post("/api/v1/test/jobs").param("steps", "0").with(as("planner.metropolitan")))
                .andExpect(status().isAccepted());

        assertThat(audit.page(1, ADMIN).entries()).anySatisfy(entry -> {
            assertThat(entry.actor()).isEqualTo("planner.metropolitan");
            assertThat(entry.action()).isEqualTo("request");
            assertThat(entry.target()).isEqualTo("POST /api/v1/test/jobs");
        });
    }

    @Test
    void errorResponsesNeverShowExceptionText() throws Exception {
        mvc.perform(get("/test/crash").session(signIn(mvc, "analyst.metropolitan")))
                .andExpect(status().isInternalServerError())
                .andExpect(content().string(containsString("Sorry, there is a problem with the service")))
                .andExpect(content().string(not(containsString("secret internal detail"))))
                .andExpect(content().string(not(containsString("Secret.java"))));
        mvc.perform(get("/api/v1/test/crash").with(as("analyst.metropolitan")))
                .andExpect(status().isInternalServerError())
                .andExpect(header().string("Content-Type", containsString("application/problem+json")))
                .andExpect(content().string(not(containsString("secret internal detail"))));
    }
}
