package uk.beacon.portfolio.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static uk.beacon.testsupport.Html.strip;
import static uk.beacon.testsupport.Html.textarea;
import static uk.beacon.testsupport.Html.value;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import uk.beacon.platform.Role;
import uk.beacon.platform.SignedInUser;
import uk.beacon.portfolio.service.FundingRegimeService;
import uk.beacon.testsupport.WebTest;

/** The funding-regimes page: the demonstration, run as a job, with its numbers on the page. */
@WebTest
class FundingRegimePagesTest {

    @Autowired
    MockMvc mvc;

    private static RequestPostProcessor planner() {
        RequestPostProcessor user = user(SignedInUser.of("planner.city-of-london", "city-of-london", Role.PLANNER));
        return request -> csrf().postProcessRequest(user.postProcessRequest(request));
    }

    private String page(RequestBuilder request, int status) throws Exception {
        return mvc.perform(request).andExpect(status().is(status)).andReturn().getResponse().getContentAsString();
    }

    @Test
    @DisplayName("The form is for signed-in users only, prefilled with the demonstration and stating the rules")
    void theFormStartsWithTheDemonstrationAndTheRules() throws Exception {
        mvc.perform(get("/portfolio/funding-regimes")).andExpect(status().is3xxRedirection());

        String page = page(get("/portfolio/funding-regimes").with(planner()), 200);

        assertThat(textarea(page, "initiatives").strip().split("\\R")).hasSize(8);
        assertThat(value(page, "budgets")).isEqualTo("2000000 2150000 1870000 840000 300000");
        assertThat(strip(page)).contains("Money not spent by the end of the year (March) lapses")
                .contains("Beacon assumption").contains("carried into the next");
        assertThat(value(page, "confirmationMode")).isEqualTo("4");
    }

    @Test
    @DisplayName("Running the demonstration shows in-year funding losing value, with the numbers in a table beside "
            + "the chart")
    void theDemonstrationShowsTheLossOnThePage() throws Exception {
        String form = page(get("/portfolio/funding-regimes").with(planner()), 200);
        String location = mvc.perform(post("/portfolio/funding-regimes").with(planner())
                        .param("budgets", value(form, "budgets")).param("initiatives", textarea(form, "initiatives"))
                        .param("shortfallRule", "descope").param("distribution", "triangular")
                        .param("confirmationMin", "1").param("confirmationMode", "4").param("confirmationMax", "9")
                        .param("weights", value(form, "weights")).param("appraisalYears", "10")
                        .param("runs", "2000").param("seed", "42"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/portfolio/funding-regimes/");

        String result = "";
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline) && !result.contains("id=\"figures\"")) {
            Thread.sleep(50);
            result = page(get(location).with(planner()), 200);
        }
        assertThat(result).contains("id=\"figures\"").contains("<svg").contains("id=\"chart\"");
        String headline = strip(result.substring(result.indexOf("id=\"headline\""),
                result.indexOf("</div>", result.indexOf("govuk-panel__body"))));
        assertThat(headline).matches(".*In-year funding loses £[1-9][0-9,]+ of net present social value.*");
        String npsvRow = strip(result.substring(result.indexOf("id=\"row-npsv\""),
                result.indexOf("</tr>", result.indexOf("id=\"row-npsv\""))));
        assertThat(npsvRow).matches(".*Net present social value £[0-9,]+ £[0-9,]+ to £[0-9,]+ £[0-9,]+ −£[1-9][0-9,]+");
        String lapsedRow = strip(result.substring(result.indexOf("id=\"row-lapsed\""),
                result.indexOf("</tr>", result.indexOf("id=\"row-lapsed\""))));
        assertThat(lapsedRow).matches("\"?.*Money lapsed £[1-9][0-9,]+ .* £0 £[1-9][0-9,]+");
    }

    @Test
    @DisplayName("A form that cannot be read is shown again with a 400 and the error linked to its field")
    void errorsAreLinkedToTheirFields() throws Exception {
        String page = page(post("/portfolio/funding-regimes").with(planner()).param("budgets", "1000 lots")
                .param("initiatives", "A | 0 | 1 | 12 | 1000 | 500").param("shortfallRule", "descope")
                .param("distribution", "triangular").param("confirmationMin", "1").param("confirmationMode", "4")
                .param("confirmationMax", "9").param("weights", "").param("appraisalYears", "10")
                .param("runs", "100").param("seed", "1"), 400);
        assertThat(page).contains("href=\"#budgets\"").contains("govuk-input--error");

        String late = page(post("/portfolio/funding-regimes").with(planner()).param("budgets", "1000")
                .param("initiatives", "A | 3 | 1 | 12 | 1000 | 500").param("shortfallRule", "descope")
                .param("distribution", "triangular").param("confirmationMin", "1").param("confirmationMode", "4")
                .param("confirmationMax", "9").param("weights", "").param("appraisalYears", "10")
                .param("runs", String.valueOf(FundingRegimeService.DEFAULT_RUNS)).param("seed", "1"), 400);
        assertThat(late).contains("href=\"#initiatives\"").contains("initiatives[0].startYear");
    }
}
