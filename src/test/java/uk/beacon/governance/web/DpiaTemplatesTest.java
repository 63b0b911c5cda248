package uk.beacon.governance.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.beacon.governance.domain.dpia.Action;
import uk.beacon.governance.domain.dpia.AffectedPeople;
import uk.beacon.governance.domain.dpia.Dpia;
import uk.beacon.governance.domain.dpia.DpiaContext;
import uk.beacon.governance.domain.dpia.DpiaExamples;
import uk.beacon.governance.domain.dpia.DpoOpinion;
import uk.beacon.governance.domain.dpia.Principle;
import uk.beacon.governance.domain.dpia.PrincipleAssessment;
import uk.beacon.governance.domain.dpia.Risk;
import uk.beacon.governance.domain.dpia.RiskKind;
import uk.beacon.governance.domain.dpia.SignOff;
import uk.beacon.governance.domain.dpia.SignOffDecision;

class DpiaTemplatesTest {

    static final String SCRIPT = "<script>alert(1)</script>";
    static final String ESCAPED = "&lt;script&gt;alert(1)&lt;/script&gt;";

    private static String view(Dpia dpia) {
        return DpiaTemplates.render("governance/dpia-view", "dpiaView",
                Map.of("dpia", dpia, "riskMap", DpiaRiskMap.of(dpia)));
    }

    private static String form(DpiaForm form, Map<String, String> errors) {
        return DpiaTemplates.render("governance/dpia-form", "dpiaFields", Map.of("form", form, "errors", errors));
    }

    /** A DPIA with the script in every text field. */
    static Dpia hostile() {
        return new Dpia(new DpiaContext(SCRIPT, SCRIPT, SCRIPT, SCRIPT, SCRIPT, SCRIPT, SCRIPT),
                Arrays.stream(Principle.values()).map(p -> new PrincipleAssessment(p, SCRIPT, SCRIPT)).toList(),
                Arrays.stream(RiskKind.values()).map(k -> new Risk(k, SCRIPT, SCRIPT, SCRIPT, SCRIPT, 3, 3, 2, 2))
                        .toList(),
                List.of(new Action(SCRIPT, SCRIPT, LocalDate.of(2026, 3, 31))),
                new DpoOpinion(SCRIPT, SCRIPT, LocalDate.of(2026, 1, 1)), new AffectedPeople(true, SCRIPT, SCRIPT),
                new SignOff(SignOffDecision.REJECTED, SCRIPT, LocalDate.of(2026, 1, 2), null, SCRIPT));
    }

    @Test
    void theViewShowsEachPartTheRiskMapAndTheActionPlan() {
        String html = view(DpiaExamples.complete());

        assertThat(html).contains("Retrospective facial recognition against the custody image database.")
                .contains("Answer for Transfers outside the UK").contains("Because Legal basis")
                .contains("Identification of innocent people")
                .contains("<strong id=\"dpia-highest-residual-risk\">4</strong>")
                .contains("Quarterly audit of searches").contains("31 March 2026")
                .contains("Validated, with signature attached").contains("signed-dpia.pdf")
                .contains("Not sought, because:").contains("Covert investigative use")
                .contains("<svg").contains("role=\"img\"").contains("id=\"dpia-risk-table\"")
                .contains("<td class=\"govuk-table__cell\">4 Maximum</td>");
    }

    @Test
    void aBlankDraftSaysWhatIsNotWrittenAndDrawsNoMap() {
        String html = view(Dpia.blank());

        assertThat(html).contains("not assessed yet").contains("Not written yet").contains("No actions are planned.")
                .contains("Not signed off yet").contains("No risk has its severity and likelihood assessed yet.")
                .doesNotContain("<svg");
    }

    @Test
    void textPeopleWroteIsEscapedInTheView() {
        String html = view(hostile());

        assertThat(html).doesNotContain(SCRIPT).doesNotContain("<script").contains(ESCAPED);
    }

    @Test
    void textPeopleWroteIsEscapedInTheForm() {
        String html = form(DpiaForm.of(hostile()), Map.of("context.controller", SCRIPT));

        assertThat(html).doesNotContain("<script").contains(ESCAPED).contains("value=\"" + ESCAPED + "\"");
    }

    @Test
    void theFormLinksEachErrorToItsFieldAndKeepsWhatWasChosen() {
        Dpia dpia = DpiaExamples.complete();
        Map<String, String> errors = Map.of("risks[0].severityAfter", "Select the severity after measures",
                "context.processingDescription", "Enter a description of the processing");

        String html = form(DpiaForm.of(dpia), errors).replaceAll("\\s+", " ");

        assertThat(html).contains("id=\"risks[0].severityAfter-error\"")
                .contains("<input class=\"govuk-radios__input\" type=\"radio\" id=\"risks[0].severityAfter\" "
                        + "name=\"risks[0].severityAfter\" value=\"1\">")
                .contains("id=\"risks[0].severityAfter-3\" name=\"risks[0].severityAfter\" value=\"3\" "
                        + "checked=\"checked\"")
                .contains("aria-describedby=\"risks[0].severityAfter-error\"")
                .contains("aria-describedby=\"context.processingDescription-hint context.processingDescription-error\"")
                .contains("govuk-textarea govuk-textarea--error")
                .contains("name=\"principles[7].principle\" value=\"TRANSFERS\"")
                .contains("name=\"actionPlan[2].due\"").doesNotContain("name=\"actionPlan[3].due\"")
                .contains("value=\"VALIDATED_WITH_SIGNATURE\" checked=\"checked\"")
                .contains("id=\"affectedPeople.sought-2\" name=\"affectedPeople.sought\" value=\"no\" "
                        + "checked=\"checked\"");
    }
}
