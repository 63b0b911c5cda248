package uk.beacon.demand.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Imports test data through the demand API, as the page tests' setting up, and waits for the job. */
final class ApiImports {

    static final String CANONICAL_HEADER = "incident_id,created_at,month,raw_type,priority,latitude,longitude,lsoa,"
            + "beat,first_arrival_at,cleared_at,units,officer_minutes,outcome\n";

    private ApiImports() {
    }

    /** Imports a canonical incident CSV through the beacon-canonical mapping and returns the finished job's JSON. */
    static String importCanonical(MockMvc mvc, RequestPostProcessor user, String force, String fileName, String rows)
            throws Exception {
        MockMultipartFile file = new MockMultipartFile("file", fileName, "text/csv",
                (CANONICAL_HEADER + rows).getBytes(StandardCharsets.UTF_8));
        String body = mvc.perform(multipart("/api/v1/forces/" + force + "/demand/imports").file(file)
                        .param("format", "cad").param("mapping", "beacon-canonical").with(user))
                .andExpect(status().isAccepted()).andReturn().getResponse().getContentAsString();
        return awaitFinished(mvc, user, JsonPath.read(body, "$.id"));
    }

    static String awaitFinished(MockMvc mvc, RequestPostProcessor user, String jobId) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(deadline)) {
            String body = mvc.perform(get("/api/v1/jobs/" + jobId).with(user)).andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsString();
            if (List.of("succeeded", "failed", "cancelled").contains(JsonPath.<String>read(body, "$.state"))) {
                return body;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("Job " + jobId + " did not finish");
    }
}
