package uk.beacon.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static uk.beacon.testsupport.Requests.as;
import static uk.beacon.testsupport.Requests.signIn;

import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import uk.beacon.testsupport.WebTest;

/** Long-running jobs: 202 with a Location, progress, results, failures, cancellation and privacy. */
@WebTest
class JobsTest {

    @Autowired
    MockMvc mvc;

    private String start(String user, String query) throws Exception {
        MvcResult result = mvc.perform(post("/api/v1/test/jobs?" + query).with(as(user)))
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.state").value("queued"))
                .andExpect(jsonPath("$.progress").value(0))
                .andReturn();
        String id = JsonPath.read(result.getResponse().getContentAsString(), "$.id");
        assertThat(result.getResponse().getHeader("Location")).isEqualTo("/api/v1/jobs/" + id);
        return id;
    }

    /** Polls the job API, as a client would, until the job reaches the state or ten seconds pass. */
    private String awaitState(String user, String id, String state) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        String body;
        do {
            body = mvc.perform(get("/api/v1/jobs/" + id).with(as(user))).andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsString();
            if (state.equals(JsonPath.read(body, "$.state"))) {
                return body;
            }
            Thread.sleep(20);
        } while (Instant.now().isBefore(deadline));
        throw new AssertionError("Job " + id + " did not reach " + state + ": " + body);
    }

    @Test
    void aStartedJobAnswers202AndSucceedsWithItsResultAsJson() throws Exception {
        String id = start("analyst.metropolitan", "steps=3");

        String done = awaitState("analyst.metropolitan", id, "succeeded");

        assertThat((Integer) JsonPath.read(done, "$.progress")).isEqualTo(100);
        assertThat((Integer) JsonPath.read(done, "$.result.steps")).isEqualTo(3);
        assertThat((String) JsonPath.read(done, "$.organisationId")).isEqualTo("metropolitan");
        assertThat((String) JsonPath.read(done, "$.owner")).isEqualTo("analyst.metropolitan");
        assertThat((String) JsonPath.read(done, "$.finishedAt")).isNotBlank();
    }

    @Test
    void aJobThatFailsRecordsWhy() throws Exception {
        String id = start("analyst.metropolitan", "outcome=fail");

        String failed = awaitState("analyst.metropolitan", id, "failed");

        assertThat((String) JsonPath.read(failed, "$.message"))
                .isEqualTo("sample.csv line 7, column Month: '2021-13' is not a month");
        assertThat((Object) JsonPath.read(failed, "$.result")).isNull();
    }

    @Test
    void aJobWhoseFailureIsLongerThanItsColumnStillEndsAsFailedWithTheMessageCutToFit() throws Exception {
        String id = start("analyst.metropolitan", "outcome=long");

        String failed = awaitState("analyst.metropolitan", id, "failed");

        String message = JsonPath.read(failed, "$.message");
        assertThat(message).startsWith("sample.csv line 1: xxx").endsWith("…");
        assertThat(message.length()).isEqualTo(uk.beacon.platform.store.JobStore.MESSAGE_LENGTH);
    }

    @Test
    void aJobThatCrashesSaysSoWithoutTheExceptionText() throws Exception {
        String id = start("analyst.metropolitan", "outcome=crash");

        String failed = awaitState("analyst.metropolitan", id, "failed");

        assertThat((String) JsonPath.read(failed, "$.message")).contains("failed unexpectedly", id)
                .doesNotContain("secret");
    }

    @Test
    void aRunningJobCanBeCancelled() throws Exception {
        String id = start("planner.metropolitan", "steps=1&outcome=wait");
        awaitState("planner.metropolitan", id, "running");

        mvc.perform(post("/api/v1/jobs/" + id + "/cancel").with(as("planner.metropolitan")))
                .andExpect(status().isOk());

        String cancelled = awaitState("planner.metropolitan", id, "cancelled");
        assertThat((Boolean) JsonPath.read(cancelled, "$.cancelRequested")).isTrue();
    }

    @Test
    void anotherForcesJobIs404AndCannotBeCancelled() throws Exception {
        String id = start("analyst.metropolitan", "steps=1&outcome=wait");

        mvc.perform(get("/api/v1/jobs/" + id).with(as("analyst.city-of-london")))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/jobs/" + id + "/cancel").with(as("analyst.city-of-london")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/jobs/" + id).session(signIn(mvc, "analyst.city-of-london")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/jobs").with(as("analyst.city-of-london")))
                .andExpect(content().string(not(containsString(id))));
        mvc.perform(get("/api/v1/jobs/" + id)).andExpect(status().isUnauthorized());

        mvc.perform(post("/api/v1/jobs/" + id + "/cancel").with(as("reviewer.metropolitan")))
                .andExpect(status().isOk());
        awaitState("analyst.metropolitan", id, "cancelled");
    }

    @Test
    void theJobPageShowsProgressAndCanCancelWithPostRedirectGet() throws Exception {
        String id = start("analyst.metropolitan", "steps=1&outcome=wait");
        awaitState("analyst.metropolitan", id, "running");
        var session = signIn(mvc, "analyst.metropolitan");

        mvc.perform(get("/jobs/" + id).session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-job-id=\"" + id + "\"")))
                .andExpect(content().string(containsString("<progress id=\"job-progress\"")))
                .andExpect(content().string(containsString("Cancel this job")));
        mvc.perform(get("/jobs").session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/jobs/" + id)));

        mvc.perform(post("/jobs/" + id + "/cancel").session(session).with(csrf()))
                .andExpect(redirectedUrl("/jobs/" + id));
        awaitState("analyst.metropolitan", id, "cancelled");
        mvc.perform(get("/jobs/" + id).session(session))
                .andExpect(content().string(not(containsString("Cancel this job"))));
    }

    @Test
    void anUnknownJobIs404ProblemJson() throws Exception {
        mvc.perform(get("/api/v1/jobs/no-such-job").with(as("analyst.metropolitan")))
                .andExpect(status().isNotFound())
                .andExpect(header().string("Content-Type", containsString("application/problem+json")));
    }
}
