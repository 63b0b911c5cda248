package uk.beacon.testsupport;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Signing in as a demo account in MockMvc tests, through the real sign-in against the real accounts. */
public final class Requests {

    private Requests() {
    }

    /** HTTP Basic, as API clients sign in. */
    public static RequestPostProcessor as(String username) {
        return httpBasic(username, WebTest.PASSWORD);
    }

    /** Signs in through the sign-in form, as a person does, and returns the signed-in session. */
    public static MockHttpSession signIn(MockMvc mvc, String username) throws Exception {
        return (MockHttpSession) mvc.perform(formLogin("/sign-in").user(username).password(WebTest.PASSWORD))
                .andExpect(redirectedUrl("/"))
                .andReturn().getRequest().getSession(false);
    }

    /**
     * Follows a job through the API as the user until it has finished (or a minute has passed) and
     * returns its last JSON.
     */
    public static String awaitJob(MockMvc mvc, String username, String jobId) throws Exception {
        java.time.Instant deadline = java.time.Instant.now().plus(java.time.Duration.ofSeconds(60));
        while (java.time.Instant.now().isBefore(deadline)) {
            String body = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                            .get("/api/v1/jobs/" + jobId).with(as(username)))
                    .andReturn().getResponse().getContentAsString();
            String state = com.jayway.jsonpath.JsonPath.read(body, "$.state");
            if (java.util.List.of("succeeded", "failed", "cancelled").contains(state)) {
                return body;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("Job " + jobId + " did not finish within a minute");
    }
}
