package uk.beacon.capacity.web;

import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import uk.beacon.testsupport.WebTest;

/** The public Erlang C API: the check values from the shared data README, without signing in. */
@WebTest
class ErlangApiTest {

    @Autowired
    MockMvc mvc;

    private static MockHttpServletRequestBuilder checkCase() {
        return get("/api/v1/capacity/erlang-c").param("callsPerInterval", "100").param("intervalSeconds", "1800")
                .param("handlingSeconds", "180").param("targetSeconds", "20");
    }

    @Test
    void givesTheCheckFiguresForFourteenAgentsToAnyone() throws Exception {
        mvc.perform(checkCase().param("agents", "14"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.trafficErlangs").value(10.0))
                .andExpect(jsonPath("$.probabilityOfWaiting").value(closeTo(0.1741319, 5e-8), Double.class))
                .andExpect(jsonPath("$.serviceLevel").value(closeTo(0.88835, 5e-6), Double.class))
                .andExpect(jsonPath("$.averageSpeedOfAnswerSeconds").value(closeTo(7.836, 5e-4), Double.class))
                .andExpect(jsonPath("$.occupancy").value(closeTo(10.0 / 14, 1e-9), Double.class));
    }

    @Test
    void returnsFewestAgentsMeetingTargetWithTheirFigures() throws Exception {
        mvc.perform(checkCase().param("serviceLevelTarget", "0.8"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.agents").value(14))
                .andExpect(jsonPath("$.serviceLevel").value(closeTo(0.88835, 5e-6), Double.class))
                .andExpect(jsonPath("$.probabilityOfWaiting").value(closeTo(0.1741319, 5e-8), Double.class));
        mvc.perform(checkCase().param("agents", "13"))
                .andExpect(jsonPath("$.serviceLevel").value(closeTo(0.7956, 5e-5), Double.class));
    }

    @Test
    void saysTooFewAgentsAreNotStableWithoutInventingAWait() throws Exception {
        mvc.perform(checkCase().param("agents", "10"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.stable").value(false))
                .andExpect(jsonPath("$.serviceLevel").value(0.0))
                .andExpect(jsonPath("$.probabilityOfWaiting").value(1.0))
                .andExpect(jsonPath("$.averageSpeedOfAnswerSeconds").value(nullValue()));
    }

    @Test
    void badParametersAreA400ProblemNamingTheParameter() throws Exception {
        mvc.perform(checkCase().param("agents", "14").param("handlingSeconds", "abc").param("handlingSeconds", "x"))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/capacity/erlang-c").param("callsPerInterval", "100").param("intervalSeconds", "1800")
                        .param("handlingSeconds", "-5").param("targetSeconds", "20").param("agents", "14"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.detail").value(containsString("'handlingSeconds'")));
        mvc.perform(checkCase()).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("'serviceLevelTarget'")));
        mvc.perform(checkCase().param("serviceLevelTarget", "1.2")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("'serviceLevelTarget'")));
        mvc.perform(checkCase().param("agents", "2.5")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("'agents'")));
        mvc.perform(get("/api/v1/capacity/erlang-c").param("intervalSeconds", "1800").param("handlingSeconds", "180")
                        .param("targetSeconds", "20").param("agents", "14"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("'callsPerInterval'")));
        mvc.perform(checkCase().param("intervalSeconds", "0").param("agents", "3")).andExpect(status().isBadRequest());
    }
}
