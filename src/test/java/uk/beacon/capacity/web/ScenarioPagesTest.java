package uk.beacon.capacity.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static uk.beacon.capacity.web.ScenarioApiTest.analyst;
import static uk.beacon.capacity.web.ScenarioApiTest.planner;

import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import uk.beacon.testsupport.Html;
import uk.beacon.testsupport.WebTest;

/** The scenario pages. Each test that saves something uses a force of its own. */
@WebTest
class ScenarioPagesTest {

    @Autowired
    MockMvc mvc;

    private String page(RequestBuilder request, int status) throws Exception {
        return mvc.perform(request).andExpect(status().is(status)).andReturn().getResponse().getContentAsString();
    }

    /** Creates a scenario through the form and returns its page's path. */
    private String createThroughTheForm(String force, String name) throws Exception {
        return mvc.perform(post("/forces/" + force + "/capacity/scenarios").param("name", name)
                        .param("description", "Health partners take a share").with(planner(force)))
                .andExpect(redirectedUrlPattern("/forces/" + force + "/capacity/scenarios/*"))
                .andReturn().getResponse().getRedirectedUrl();
    }

    @Test
    void aPlannerBuildsTheRightCareRightPersonScenarioOnThePageAndItsRunShowsFewerResponseOfficerHours()
            throws Exception {
        RequestPostProcessor planner = planner("devon-and-cornwall");
        mvc.perform(put("/api/v1/forces/devon-and-cornwall/capacity/workload").contentType(MediaType.APPLICATION_JSON)
                .content(ScenarioApiTest.workload()).with(planner)).andExpect(status().isOk());
        String path = createThroughTheForm("devon-and-cornwall", "Right Care, Right Person");
        mvc.perform(post(path + "/changes").param("kind", "MOVE_WORK").param("workType", "CONCERN_FOR_SAFETY")
                        .param("priority", "").param("sharePercent", "30").param("toRole", "PARTNER_AGENCY")
                        .with(planner))
                .andExpect(redirectedUrl(path));
        String before = page(get(path).with(planner), 200);
        assertThat(Html.rows(before, "changes")).singleElement().satisfies(row -> assertThat(Html.strip(row))
                .contains("Move 30% of concern for safety and welfare to partner agency (health, social care)"));

        mvc.perform(post(path + "/runs").with(analyst("devon-and-cornwall"))).andExpect(redirectedUrl(path + "#run"));
        String running = page(get(path).with(analyst("devon-and-cornwall")), 200);
        String jobId = Html.tag(running, "job").replaceAll(".*data-job-id=\"([^\"]+)\".*", "$1");
        awaitFinished(jobId, analyst("devon-and-cornwall"));

        String done = page(get(path).with(analyst("devon-and-cornwall")), 200);
        List<String> response = Html.cells(Html.element(done, "response-hours", "tr"));
        int baseline = Integer.parseInt(response.get(0).replace(",", ""));
        int scenario = Integer.parseInt(response.get(1).replace(",", ""));
        assertThat(scenario).isLessThan(baseline);
        // Pages write a change with its sign, and a true minus (U+2212) below zero.
        assertThat(scenario - baseline).isNegative();
        assertThat(response.get(2)).isEqualTo("\u2212" + String.format("%,d", baseline - scenario));
        assertThat(Html.cells(Html.element(done, "role-PARTNER_AGENCY", "tr"))).containsExactly("0", "302.4",
                "+302.4");
        assertThat(Html.cells(Html.element(done, "role-POLICE_OFFICER", "tr")).get(2)).isEqualTo("\u2212302.4");
        // The chart has a table of its numbers beside it.
        assertThat(Html.tag(done, "role-chart")).contains("role=\"img\"");
        assertThat(Html.has(done, "hours-by-role")).isTrue();
        assertThat(Html.has(done, "sim-urgent-p90")).isTrue();
        assertThat(Html.cells(Html.element(done, "shift-optimal", "tr"))).startsWith("Yes", "Yes");
    }

    private void awaitFinished(String jobId, RequestPostProcessor who) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
        while (Instant.now().isBefore(deadline)) {
            String body = page(get("/api/v1/jobs/" + jobId).with(who), 200);
            String state = JsonPath.read(body, "$.state");
            if (!state.equals("queued") && !state.equals("running")) {
                assertThat(state).as(body).isEqualTo("succeeded");
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("Scenario run did not finish");
    }

    @Test
    void eachErrorIsLinkedToItsField() throws Exception {
        String created = page(post("/forces/gloucestershire/capacity/scenarios").param("name", " ")
                .with(planner("gloucestershire")), 400);
        assertThat(Html.title(created)).startsWith("Error:");
        assertThat(Html.errorLinks(created)).containsExactly("#name");
        assertThat(Html.tag(created, "name")).containsPattern("aria-describedby=\"[^\"]*name-error");

        String path = createThroughTheForm("gloucestershire", "Too much");
        String share = page(post(path + "/changes").param("kind", "MOVE_WORK").param("workType", "CONCERN_FOR_SAFETY")
                .param("sharePercent", "130").param("toRole", "PARTNER_AGENCY").with(planner("gloucestershire")), 400);
        assertThat(Html.errorLinks(share)).containsExactly("#sharePercent");
        assertThat(Html.value(share, "sharePercent")).isEqualTo("130");

        String role = page(post(path + "/changes").param("kind", "MOVE_WORK").param("workType", "VIOLENT_CRIME")
                .param("sharePercent", "10").param("toRole", "PCSO").with(planner("gloucestershire")), 400);
        assertThat(Html.errorLinks(role)).containsExactly("#toRole");
        assertThat(Html.text(role, "toRole-error", "p")).contains("cannot do VIOLENT_CRIME work");

        String several = page(post(path + "/changes").param("kind", "CUT_MINUTES").param("workType", "")
                .param("minutesSaved", "many").with(planner("gloucestershire")), 400);
        assertThat(Html.errorLinks(several)).containsExactly("#workType", "#minutesSaved");
        assertThat(Html.has(page(get(path).with(planner("gloucestershire")), 200), "no-changes")).isTrue();
    }

    @Test
    void scenarioPagesArePrivateAndOnlyPlannersChangeThem() throws Exception {
        String path = createThroughTheForm("dorset", "Private");
        mvc.perform(get(path)).andExpect(status().is3xxRedirection());
        mvc.perform(get("/forces/dorset/capacity/scenarios")).andExpect(status().is3xxRedirection());
        page(get(path).with(planner("kent")), 403);
        page(get("/forces/dorset/capacity/scenarios").with(analyst("kent")), 403);
        page(post(path + "/runs").with(planner("kent")), 403);

        String list = page(get("/forces/dorset/capacity/scenarios").with(analyst("dorset")), 200);
        assertThat(Html.rows(list, "scenarios")).singleElement().satisfies(row -> assertThat(row).contains("Private"));
        assertThat(Html.has(list, "create")).isFalse();
        assertThat(Html.has(list, "planners-only")).isTrue();
        page(post("/forces/dorset/capacity/scenarios").param("name", "Mine").with(analyst("dorset")), 403);
        page(post(path + "/delete").with(analyst("dorset")), 403);
        page(get(path + "/edit").with(analyst("dorset")), 403);
        assertThat(Html.has(page(get(path).with(analyst("dorset")), 200), "add-change")).isFalse();
    }

    @Test
    void aPlannerRenamesAndDeletesAScenarioAfterConfirming() throws Exception {
        String path = createThroughTheForm("wiltshire", "First name");
        assertThat(Html.value(page(get(path + "/edit").with(planner("wiltshire")), 200), "name"))
                .isEqualTo("First name");
        String error = page(post(path + "/edit").param("name", "").with(planner("wiltshire")), 400);
        assertThat(Html.errorLinks(error)).containsExactly("#name");
        mvc.perform(post(path + "/edit").param("name", "Second name").param("description", "")
                .with(planner("wiltshire"))).andExpect(redirectedUrl(path));
        assertThat(page(get(path).with(planner("wiltshire")), 200)).contains("Second name");

        String confirm = page(get(path + "/delete").with(planner("wiltshire")), 200);
        assertThat(Html.strip(confirm)).contains("Yes, delete it").contains("cannot be undone");
        mvc.perform(post(path + "/delete").with(planner("wiltshire")))
                .andExpect(redirectedUrl("/forces/wiltshire/capacity/scenarios"));
        page(get(path).with(planner("wiltshire")), 404);
        assertThat(Html.has(page(get("/forces/wiltshire/capacity/scenarios").with(planner("wiltshire")), 200),
                "no-scenarios")).isTrue();
    }

    @Test
    void theRoleMatrixPageShowsTheBasisAndPlannersChangeIt() throws Exception {
        String matrix = page(get("/forces/avon-and-somerset/capacity/scenarios/roles")
                .with(analyst("avon-and-somerset")), 200);
        assertThat(Html.text(matrix, "row-CONCERN_FOR_SAFETY", "tr")).contains("Right Care, Right Person");
        assertThat(Html.has(matrix, "can-CONCERN_FOR_SAFETY-PCSO")).isFalse();

        String editable = page(get("/forces/avon-and-somerset/capacity/scenarios/roles")
                .with(planner("avon-and-somerset")), 200);
        assertThat(Html.tag(editable, "can-CONCERN_FOR_SAFETY-PARTNER_AGENCY")).contains("checked");
        assertThat(Html.tag(editable, "can-CONCERN_FOR_SAFETY-PCSO")).doesNotContain("checked");
        mvc.perform(post("/forces/avon-and-somerset/capacity/scenarios/roles")
                        .param("can-CONCERN_FOR_SAFETY-PCSO", "true").with(planner("avon-and-somerset")))
                .andExpect(status().is3xxRedirection());
        String saved = page(get("/forces/avon-and-somerset/capacity/scenarios/roles")
                .with(planner("avon-and-somerset")), 200);
        assertThat(Html.tag(saved, "can-CONCERN_FOR_SAFETY-PCSO")).contains("checked");
        assertThat(Html.tag(saved, "can-CONCERN_FOR_SAFETY-PARTNER_AGENCY")).doesNotContain("checked");
        page(post("/forces/avon-and-somerset/capacity/scenarios/roles").with(analyst("avon-and-somerset")), 403);
    }

    @Test
    void theCapacityHubLinksToScenarios() throws Exception {
        String hub = page(get("/forces/metropolitan/capacity").with(analyst("metropolitan")), 200);
        assertThat(Html.hrefs(hub, "capacity-links", "ul")).contains("/forces/metropolitan/capacity/scenarios");
    }
}
