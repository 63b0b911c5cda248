package uk.beacon.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static uk.beacon.testsupport.Requests.as;
import static uk.beacon.testsupport.Requests.signIn;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import uk.beacon.testsupport.WebTest;

/**
 * Refused access (401 and 403) is recorded in the audit log, with who, what and from where, and each caller's
 * refusals are recorded only so often, so that a flood of refused requests cannot flood the log. Each test sends
 * from its own address (from the documentation range), so that its refusals are its own.
 */
@WebTest
@ExtendWith(OutputCaptureExtension.class)
class RefusalAuditTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aCrossForceRefusalOnTheApiLeavesOneAuditEntry() throws Exception {
        mvc.perform(get("/api/v1/forces/city-of-london/demand/imports").with(as("analyst.metropolitan"))
                        .with(from("203.0.113.10")))
                .andExpect(status().isForbidden());

        List<Map<String, Object>> entries = refusalsFrom("203.0.113.10");
        assertThat(entries).hasSize(1);
        assertThat(entries.get(0)).containsEntry("actor", "analyst.metropolitan")
                .containsEntry("organisation_id", "metropolitan")
                .containsEntry("target", "GET /api/v1/forces/city-of-london/demand/imports");
        assertThat((String) entries.get(0).get("detail")).startsWith("403").contains("203.0.113.10");
    }

    @Test
    void anAnonymousRefusalOnTheApiLeavesOneAuditEntry() throws Exception {
        mvc.perform(get("/api/v1/me").with(from("203.0.113.11"))).andExpect(status().isUnauthorized());

        List<Map<String, Object>> entries = refusalsFrom("203.0.113.11");
        assertThat(entries).hasSize(1);
        assertThat(entries.get(0)).containsEntry("actor", "anonymous").containsEntry("target", "GET /api/v1/me");
        assertThat((String) entries.get(0).get("detail")).startsWith("401");
    }

    @Test
    void aRoleRefusalOnAPageLeavesOneAuditEntry() throws Exception {
        MockHttpSession session = signIn(mvc, "reviewer.city-of-london");

        mvc.perform(get("/admin/audit").session(session).with(from("203.0.113.12"))).andExpect(status().isForbidden());

        List<Map<String, Object>> entries = refusalsFrom("203.0.113.12");
        assertThat(entries).hasSize(1);
        assertThat(entries.get(0)).containsEntry("actor", "reviewer.city-of-london")
                .containsEntry("organisation_id", "city-of-london").containsEntry("target", "GET /admin/audit");
    }

    @Test
    void aCrossForceRefusalOfAPageLeavesOneAuditEntry() throws Exception {
        MockHttpSession session = signIn(mvc, "planner.city-of-london");

        mvc.perform(get("/forces/metropolitan/demand/imports").session(session).with(from("203.0.113.13")))
                .andExpect(status().isForbidden());

        assertThat(refusalsFrom("203.0.113.13")).singleElement()
                .satisfies(entry -> assertThat(entry).containsEntry("actor", "planner.city-of-london"));
    }

    @Test
    void aThousandRefusalsFromOneCallerLeaveABoundedNumberOfEntriesAndALogLine(CapturedOutput output)
            throws Exception {
        MockHttpSession session = signIn(mvc, "planner.metropolitan");

        for (int i = 0; i < 1000; i++) {
            mvc.perform(get("/api/v1/forces/city-of-london/demand/imports").session(session)
                    .with(from("203.0.113.14"))).andExpect(status().isForbidden());
        }

        assertThat(refusalsFrom("203.0.113.14")).hasSizeBetween(1, RefusalAudit.PER_CALLER_A_MINUTE);
        assertThat(output.getOut()).contains("planner.metropolitan from 203.0.113.14")
                .contains("further refusals this minute are counted, not recorded");
    }

    private List<Map<String, Object>> refusalsFrom(String address) {
        return jdbc.sql("select actor, organisation_id, target, detail from audit_event "
                        + "where action = 'access.refused' and (detail like ? or detail like ?) order by id")
                .params("%from " + address, "%from " + address + ";%").query().listOfRows();
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }
}
