package uk.beacon.capacity.web;

import uk.beacon.testsupport.Html;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static uk.beacon.capacity.web.ScenarioApiTest.analyst;
import static uk.beacon.capacity.web.ScenarioApiTest.planner;
import static uk.beacon.testsupport.Html.textarea;

import com.jayway.jsonpath.JsonPath;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import uk.beacon.testsupport.WebTest;

/** The shift-plan and simulation pages start from the force's staffing requirement and workload. */
@WebTest
class ScenarioWiringTest {

    @Autowired
    MockMvc mvc;

    @Test
    void theShiftPlanFormTakesTheForcesResponseRequirement() throws Exception {
        mvc.perform(put("/api/v1/forces/north-yorkshire/capacity/workload").contentType(MediaType.APPLICATION_JSON)
                .content(ScenarioApiTest.workload()).with(planner("north-yorkshire"))).andExpect(status().isOk());
        String staffing = mvc.perform(get("/api/v1/forces/north-yorkshire/capacity/staffing")
                .with(analyst("north-yorkshire"))).andReturn().getResponse().getContentAsString();
        List<Integer> onDuty = JsonPath.read(staffing, "$.response.onDuty");

        String blank = mvc.perform(get("/forces/north-yorkshire/capacity/shift-plans").with(analyst("north-yorkshire")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(textarea(blank, "requirement")).isEmpty();
        assertThat(Html.hrefs(blank, "from-staffing", "p"))
                .containsExactly("/forces/north-yorkshire/capacity/shift-plans?from=staffing");

        String page = mvc.perform(get("/forces/north-yorkshire/capacity/shift-plans").param("from", "staffing")
                .with(analyst("north-yorkshire"))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        List<Integer> prefilled = Arrays.stream(textarea(page, "requirement").split("\\s+")).map(Integer::valueOf)
                .toList();
        assertThat(prefilled).isEqualTo(onDuty);
        mvc.perform(get("/forces/north-yorkshire/capacity/shift-plans").param("from", "staffing")
                .with(analyst("west-yorkshire"))).andExpect(status().isForbidden());
    }

    @Test
    void theSimulationFormTakesTheForcesPriorityOneWorkAndRunsFromIt() throws Exception {
        mvc.perform(put("/api/v1/forces/south-yorkshire/capacity/workload").contentType(MediaType.APPLICATION_JSON)
                .content(ScenarioApiTest.workload()).with(planner("south-yorkshire"))).andExpect(status().isOk());
        String page = mvc.perform(get("/forces/south-yorkshire/capacity/simulations").param("from", "p1")
                .with(analyst("south-yorkshire"))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        // Violent crime, the only priority 1 work: 1.5 incidents an hour, 2 officers each.
        String arrivals = textarea(page, "arrivalsPerHour");
        assertThat(arrivals.split("\\s+")).hasSize(168).containsOnly("3");
        // 90 officer minutes over 2 officers, less 8 minutes' travel.
        assertThat(Html.value(page, "meanServiceMinutes")).isEqualTo("37");
        assertThat(Html.value(page, "targetMinutes")).isEqualTo("15");
        assertThat(textarea(page, "priorities")).isEqualTo("Priority 1, 504, 15, 8");
        assertThat(textarea(page, "servers").split("\\s+")).hasSize(168);

        String all = mvc.perform(get("/forces/south-yorkshire/capacity/simulations").param("from", "deployed")
                .with(analyst("south-yorkshire"))).andReturn().getResponse().getContentAsString();
        assertThat(textarea(all, "priorities").split("\\R")).hasSize(3);
        // Another force's workload is private: its simulation form cannot start from it.
        mvc.perform(get("/forces/south-yorkshire/capacity/simulations").param("from", "p1")
                .with(analyst("west-yorkshire"))).andExpect(status().isForbidden());

        mvc.perform(post("/forces/south-yorkshire/capacity/simulations").with(analyst("south-yorkshire"))
                        .param("arrivalsPerHour", arrivals).param("meanServiceMinutes", "37")
                        .param("serviceDistribution", "exponential").param("servers", textarea(page, "servers"))
                        .param("weeks", "1").param("seed", "42").param("targetMinutes", "15")
                        .param("replications", "2").param("priorities", textarea(page, "priorities")))
                .andExpect(redirectedUrlPattern("/forces/south-yorkshire/capacity/simulations/*"));
    }
}
