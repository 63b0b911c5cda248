package uk.beacon.portfolio.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static uk.beacon.testsupport.Html.strip;
import static uk.beacon.testsupport.Html.text;
import static uk.beacon.testsupport.Html.value;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import uk.beacon.platform.Role;
import uk.beacon.platform.SignedInUser;
import uk.beacon.portfolio.domain.initiatives.InitiativeDefinition;
import uk.beacon.portfolio.service.InitiativeRecord;
import uk.beacon.portfolio.service.InitiativeService;
import uk.beacon.testsupport.WebTest;

/** The portfolio-optimisation page: prefilled from the force's initiatives, run as a job, with both tables. */
@WebTest
class OptimisationPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    InitiativeService initiatives;

    private static SignedInUser planner(String force) {
        return SignedInUser.of("planner." + force, force, Role.PLANNER);
    }

    private static RequestPostProcessor as(SignedInUser signedIn) {
        RequestPostProcessor user = user(signedIn);
        return request -> csrf().postProcessRequest(user.postProcessRequest(request));
    }

    private String page(RequestBuilder request, int status) throws Exception {
        return mvc.perform(request).andExpect(status().is(status)).andReturn().getResponse().getContentAsString();
    }

    private static BigDecimal pounds(long amount) {
        return BigDecimal.valueOf(amount);
    }

    private static InitiativeDefinition definition(String name, int start, int months,
            List<InitiativeDefinition.YearFigures> years, List<String> dependsOn) {
        return new InitiativeDefinition(name, "Digital evidence", List.of(), start, 2026, "REAL",
                List.of(new InitiativeDefinition.Phase("Build", months)), years, "Less paperwork",
                new BigDecimal("40"), dependsOn, List.of(), "EQUIPMENT_AND_DEVELOPMENT", List.of(), "Why",
                "How bought", "Who runs it");
    }

    private static InitiativeDefinition.YearFigures year(int year, long capital, long cashable, long hours) {
        return new InitiativeDefinition.YearFigures(year, pounds(capital), BigDecimal.ZERO, pounds(cashable),
                pounds(hours), null);
    }

    /** Three initiatives: A in 2026, B in 2027 (benefits as officer hours), C over 2027-28 needing A. */
    private void threeInitiatives(String force) {
        SignedInUser planner = planner(force);
        InitiativeRecord a = initiatives.create(force, planner, definition("Body-worn video upgrade", 2026, 12,
                List.of(year(2026, 500_000, 0, 0), year(2027, 0, 400_000, 0), year(2028, 0, 400_000, 0)), List.of()));
        initiatives.create(force, planner, definition("Mobile case files", 2027, 12,
                List.of(year(2027, 300_000, 0, 0), year(2028, 0, 0, 10_000)), List.of()));
        initiatives.create(force, planner, definition("Evidence sharing hub", 2027, 24,
                List.of(year(2027, 200_000, 0, 0), year(2028, 100_000, 0, 0), year(2029, 0, 500_000, 0)),
                List.of(a.id())));
    }

    @Test
    @DisplayName("The form is prefilled from the force's initiatives: years they span and their planned spend as "
            + "budgets")
    void theFormIsPrefilledFromTheForcesInitiatives() throws Exception {
        threeInitiatives("warwickshire");

        String page = page(get("/forces/warwickshire/portfolio/optimisation")
                .with(as(SignedInUser.of("analyst.warwickshire", "warwickshire", Role.ANALYST))), 200);

        assertThat(value(page, "firstYear")).isEqualTo("2026");
        assertThat(value(page, "horizonYears")).isEqualTo("4");
        assertThat(value(page, "budgets")).isEqualTo("500000 500000 100000 0");
        assertThat(strip(page)).contains("force's 3 initiatives");
        assertThat(page(get("/portfolio").with(as(planner("warwickshire"))), 200))
                .contains("href=\"/forces/warwickshire/portfolio/optimisation\"");
    }

    @Test
    @DisplayName("Running on the force's initiatives shows the objective, the timeline and spend charts and both "
            + "tables")
    void aRunShowsTheChosenPortfolioAndBothTables() throws Exception {
        threeInitiatives("cleveland");
        SignedInUser planner = planner("cleveland");
        String form = page(get("/forces/cleveland/portfolio/optimisation").with(as(planner)), 200);

        String location = mvc.perform(post("/forces/cleveland/portfolio/optimisation").with(as(planner))
                        .param("firstYear", value(form, "firstYear")).param("horizonYears", value(form, "horizonYears"))
                        .param("budgets", "500000 300000 100000 0").param("maxConcurrent", "")
                        .param("objective", "npsv").param("window", "0"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/forces/cleveland/portfolio/optimisation/");

        String result = "";
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        while (Instant.now().isBefore(deadline) && !result.contains("id=\"years\"")) {
            Thread.sleep(100);
            result = page(get(location).with(as(planner)), 200);
        }
        assertThat(result).contains("id=\"timeline\"").contains("id=\"spend-chart\"").contains("role=\"img\"");
        assertThat(strip(result)).contains("Net present social value: £").contains("Optimal");
        // 2027 has room for B (300,000) or C's first year (200,000) but not both: the budget decides.
        String selected = text(result, "selected", "table");
        assertThat(selected).contains("Body-worn video upgrade 2026 1");
        assertThat(selected.contains("Mobile case files 2027 1") ^ selected.contains("Evidence sharing hub 2027 2"))
                .as(selected).isTrue();
        String years = text(result, "years", "table");
        assertThat(years).contains("2026 £500,000 £500,000").contains("2029 £0 £0")
                .containsPattern("2027 £300,000 £[23]00,000 £");
    }

    @Test
    @DisplayName("A form that cannot be read is shown again with a 400 and the error linked to its field")
    void errorsAreLinkedToTheirFields() throws Exception {
        threeInitiatives("durham");
        String page = page(post("/forces/durham/portfolio/optimisation").with(as(planner("durham")))
                .param("firstYear", "2026").param("horizonYears", "4").param("budgets", "1000 lots")
                .param("maxConcurrent", "").param("objective", "npsv").param("window", "1"), 400);
        assertThat(page).contains("href=\"#budgets\"").contains("govuk-input--error");

        String short_ = page(post("/forces/durham/portfolio/optimisation").with(as(planner("durham")))
                .param("firstYear", "2026").param("horizonYears", "4").param("budgets", "1000 2000")
                .param("maxConcurrent", "").param("objective", "npsv").param("window", "1"), 400);
        assertThat(short_).contains("href=\"#budgets\"").contains("one budget for each of the 4 years");
    }

    @Test
    @DisplayName("Another force's people get 403 for the form, the run and the result page")
    void anotherForceIsForbidden() throws Exception {
        SignedInUser outsider = SignedInUser.of("analyst.kent", "kent", Role.ANALYST);
        page(get("/forces/cleveland/portfolio/optimisation").with(as(outsider)), 403);
        page(post("/forces/cleveland/portfolio/optimisation").with(as(outsider)).param("firstYear", "2026")
                .param("horizonYears", "4").param("budgets", "1 1 1 1").param("objective", "npsv")
                .param("window", "0"), 403);
        page(get("/forces/cleveland/portfolio/optimisation/some-job").with(as(outsider)), 403);
    }
}
