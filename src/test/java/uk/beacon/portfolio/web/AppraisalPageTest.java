package uk.beacon.portfolio.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static uk.beacon.testsupport.Html.strip;
import static uk.beacon.testsupport.Html.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import uk.beacon.testsupport.WebTest;

/** The public Green Book calculator page: the answer to anyone, without JavaScript, and errors linked to fields. */
@WebTest
class AppraisalPageTest {

    @Autowired
    MockMvc mvc;

    private String page(RequestBuilder request, int status) throws Exception {
        return mvc.perform(request).andExpect(status().is(status)).andReturn().getResponse().getContentAsString();
    }

    private static List<String> matches(String body, String regex) {
        Matcher matcher = Pattern.compile(regex, Pattern.DOTALL).matcher(body);
        List<String> found = new ArrayList<>();
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    /** The rows of the body of the year-by-year table. */
    private static List<String> yearRows(String page) {
        String table = page.substring(page.indexOf("id=\"years\""));
        return matches(table.substring(table.indexOf("<tbody"), table.indexOf("</tbody>")),
                "<tr class=\"govuk-table__row\">(.*?)</tr>");
    }

    @Test
    void theBlankFormStartsWithTheTreasuryUpperBounds() throws Exception {
        String page = page(get("/portfolio/appraisal"), 200);

        assertThat(page).contains("<h1 class=\"govuk-heading-xl\">Green Book appraisal calculator</h1>");
        assertThat(page).containsPattern("id=\"capitalOptimismBias\"[^>]*value=\"200\"");
        assertThat(page).containsPattern("id=\"durationOptimismBias\"[^>]*value=\"54\"");
        assertThat(page).contains("<form method=\"get\" action=\"/portfolio/appraisal\"");
        assertThat(page).doesNotContain("id=\"summary\"");

        String example = matches(page, "id=\"example-link\"\\s+href=\"([^\"]+)\"").get(0).replace("&amp;", "&");
        String answer = page(get(java.net.URI.create(example)), 200);
        assertThat(text(answer, "pv-costs", "tr")).startsWith("Present value of costs £");
        assertThat(text(answer, "bias-applied", "p")).contains("50%", "1 year", "20%", "3-year");
    }

    @Test
    void answersAnyoneWithTheSummaryTheSwitchingValuesAndEveryYear() throws Exception {
        String page = page(get("/portfolio/appraisal").param("baseYear", "2025").param("costs", "£1,000")
                .param("benefits", "0\n600\r\n600").param("capitalOptimismBias", "0")
                .param("durationOptimismBias", "0%"), 200);

        assertThat(text(page, "pv-costs", "tr")).isEqualTo("Present value of costs £1,000.00 £1,000.00");
        assertThat(text(page, "pv-benefits", "tr")).isEqualTo("Present value of benefits £1,139.82 £1,139.82");
        assertThat(text(page, "npsv", "tr")).isEqualTo("Net present social value (NPSV) £139.82 £139.82");
        assertThat(text(page, "bcr", "tr")).isEqualTo("Benefit-cost ratio (BCR) 1.1398 1.1398");
        assertThat(text(page, "benefits-switch", "dd")).isEqualTo("−£139.82 (−12.27%)");
        assertThat(text(page, "costs-switch", "dd")).isEqualTo("+£139.82 (+13.98%)");
        List<String> rows = yearRows(page);
        assertThat(rows).hasSize(3);
        assertThat(strip(rows.get(1)))
                .isEqualTo("2026 (year 1) 3.5% £0.00 £0.00 £600.00 £600.00 0.966184 £0.00 £579.71");
    }

    @Test
    void discountsYearThirtyOneAtThreePerCentAndStatesTheSchedule() throws Exception {
        String page = page(get("/portfolio/appraisal").param("baseYear", "2025").param("costs", "0")
                .param("benefits", String.join(" ", java.util.Collections.nCopies(33, "1000")))
                .param("capitalOptimismBias", "0").param("durationOptimismBias", "0"), 200);

        List<String> rows = yearRows(page);
        assertThat(rows).hasSize(33);
        assertThat(strip(rows.get(30))).isEqualTo("2055 (year 30) 3.5% £0.00 £0.00 £1,000.00 £1,000.00 0.356278 "
                + "£0.00 £356.28");
        assertThat(strip(rows.get(31))).isEqualTo("2056 (year 31) 3.0% £0.00 £0.00 £1,000.00 £1,000.00 0.345901 "
                + "£0.00 £345.90");
        assertThat(strip(page)).contains("3.5% for years 1 to 30, 3.0% for years 31 to 75, 2.5% for years 76 to "
                + "125, 2.0% for years 126 to 200, 1.5% for years 201 to 300 and 1.0% from year 301")
                .doesNotContain("into year 32");
    }

    @Test
    void showsWhatOptimismBiasDidBesideTheFiguresWithoutIt() throws Exception {
        String page = page(get("/portfolio/appraisal").param("baseYear", "2025").param("costs", "1000 1000")
                .param("benefits", "0 0 1500 1500").param("capitalOptimismBias", "200")
                .param("durationOptimismBias", "54"), 200);

        assertThat(text(page, "pv-costs", "tr")).isEqualTo("Present value of costs £5,898.55 £1,966.18");
        assertThat(text(page, "bias-applied", "p")).contains("200%", "2 years", "54%", "2-year");
        List<String> rows = yearRows(page);
        assertThat(rows).hasSize(6);
        assertThat(strip(rows.get(4))).startsWith("2029 (year 4) 3.5% £0.00 £0.00 £0.00 £1,500.00");
    }

    @Test
    void linksEachErrorToItsFieldAndKeepsWhatWasTyped() throws Exception {
        String page = page(get("/portfolio/appraisal").param("baseYear", "next year").param("costs", "100 abc 300")
                .param("benefits", "").param("capitalOptimismBias", "200").param("durationOptimismBias", "900"), 400);

        assertThat(page).contains("<title>Error:");
        assertThat(matches(page, "<li>\\s*<a href=\"(#[^\"]+)\"")).containsExactly("#baseYear", "#costs",
                "#durationOptimismBias");
        assertThat(text(page, "costs-error", "p")).contains("Figure 2 of the costs (year 1), ‘abc’");
        assertThat(page).containsPattern("id=\"costs\"[^>]*aria-describedby=\"costs-hint costs-error\"");
        assertThat(page).contains(">100 abc 300</textarea>");
        assertThat(page).doesNotContain("id=\"summary\"");

        String empty = page(get("/portfolio/appraisal").param("baseYear", "2025").param("costs", " ")
                .param("capitalOptimismBias", "200").param("durationOptimismBias", "54"), 400);
        assertThat(matches(empty, "<li>\\s*<a href=\"(#[^\"]+)\"")).containsExactly("#costs");
    }
}
