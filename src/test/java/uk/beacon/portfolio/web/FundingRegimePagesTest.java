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
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import uk.beacon.platform.Role;
import uk.beacon.platform.SignedInUser;
import uk.beacon.portfolio.service.FundingRegimeService;
import uk.beacon.testsupport.Html;
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
        String result = runDemonstration();
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

    /** Runs the demonstration as the form offers it (2,000 runs, seed 42) and answers its result page. */
    private String runDemonstration() throws Exception {
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
        return result;
    }

    @Test
    @DisplayName("Each regime's money, year by year, adds up to the penny: envelope = spent + lapsed + carried "
            + "forward + unallocated, with a row for the whole period")
    void theYearByYearTableAddsUp() throws Exception {
        String result = runDemonstration();

        List<String> rows = Html.rows(result, "years");
        // Five budget years and the whole period, for each regime.
        assertThat(rows).hasSize(12);
        String[] budgets = {"2,000,000.00", "2,150,000.00", "1,870,000.00", "840,000.00", "300,000.00"};
        for (int regime = 0; regime < 2; regime++) {
            long[] sums = new long[7];
            for (int k = 0; k < 6; k++) {
                String row = rows.get(regime * 6 + k);
                List<String> cells = Html.cells(row);
                assertThat(cells).hasSize(7);
                long[] pence = cells.stream().mapToLong(FundingRegimePagesTest::pence).toArray();
                long budget = pence[0];
                long broughtForward = pence[1];
                long envelope = pence[2];
                assertThat(envelope).as(row).isEqualTo(budget + broughtForward)
                        .isEqualTo(pence[3] + pence[4] + pence[5] + pence[6]);
                if (k < 5) {
                    assertThat(strip(row)).startsWith((regime == 0 ? "In-year funding" : "Multi-year envelope")
                            + ": year " + k);
                    assertThat(cells.get(0)).isEqualTo("£" + budgets[k]);
                    for (int c = 0; c < 7; c++) {
                        sums[c] += pence[c];
                    }
                } else {
                    // The whole period: the years' budgets, spending, lapses and unallocated money added up.
                    assertThat(strip(row)).contains("all 5 years");
                    assertThat(pence[0]).isEqualTo(sums[0]).isEqualTo(716_000_000L);
                    assertThat(pence[3]).isEqualTo(sums[3]);
                    assertThat(pence[4]).isEqualTo(sums[4]);
                    assertThat(pence[6]).isEqualTo(sums[6]);
                    if (regime == 1) {
                        // The envelope: nothing lapses, and what the plan never needed is shown, not lost.
                        assertThat(pence[4]).isZero();
                        assertThat(pence[6]).isPositive();
                        assertThat(pence[3] + pence[5] + pence[6]).isEqualTo(716_000_000L);
                    }
                }
            }
        }
    }

    /** "£1,234.56" (or "−£0.05") in pence. */
    private static long pence(String money) {
        assertThat(money).matches("−?£[0-9,]+\\.[0-9]{2}");
        long value = Long.parseLong(money.replaceAll("[^0-9]", ""));
        return money.startsWith("−") ? -value : value;
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
