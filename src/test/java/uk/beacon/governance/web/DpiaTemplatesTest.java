package uk.beacon.governance.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.beacon.governance.domain.dpia.Dpia;
import uk.beacon.governance.domain.dpia.DpiaExamples;

class DpiaTemplatesTest {

    @Test
    void theViewShowsEachPartTheRiskMapAndTheActionPlan() {
        Dpia dpia = DpiaExamples.complete();

        String html = DpiaTemplates.render("governance/dpia-view", "dpiaView",
                Map.of("dpia", dpia, "riskMap", DpiaRiskMap.of(dpia)));
        System.out.println(html);

        assertThat(html).contains("Retrospective facial recognition against the custody image database.")
                .contains("Answer for Transfers outside the UK").contains("Because Legal basis")
                .contains("Identification of innocent people")
                .contains("<strong id=\"dpia-highest-residual-risk\">4</strong>")
                .contains("Quarterly audit of searches").contains("31 March 2026")
                .contains("Validated, with signature attached").contains("signed-dpia.pdf")
                .contains("Covert investigative use").contains("<svg").contains("id=\"dpia-risk-table\"");
    }
}
