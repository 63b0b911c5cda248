package uk.beacon.governance.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.beacon.governance.domain.dpia.Dpia;
import uk.beacon.governance.domain.dpia.DpiaExamples;
import uk.beacon.governance.domain.dpia.Principle;
import uk.beacon.governance.domain.dpia.RiskKind;

class DpiaFormTest {

    @Test
    void aDpiaShownInTheFormReadsBackTheSame() {
        Dpia dpia = DpiaExamples.complete();

        DpiaForm form = DpiaForm.of(dpia);
        DpiaForm.Parsed parsed = form.parse();

        assertThat(form.actionPlan()).hasSize(1 + DpiaForm.BLANK_ACTIONS);
        assertThat(form.actionPlan().get(0).due()).isEqualTo("31 3 2026");
        assertThat(parsed.errors()).isEmpty();
        assertThat(parsed.dpia()).isEqualTo(dpia);
    }

    @Test
    void theBlankFormHasAPlaceForEachPrincipleAndRiskAndReadsAsAnEmptyDraft() {
        DpiaForm form = DpiaForm.blank();

        assertThat(form.principles()).extracting(DpiaForm.PrincipleFields::principle)
                .containsExactly(List.of(Principle.values()).stream().map(Enum::name).toArray(String[]::new));
        assertThat(form.risks()).extracting(DpiaForm.RiskFields::label).containsExactly(
                "Illegitimate access to data", "Unwanted modification of data", "Disappearance of data");
        DpiaForm.Parsed parsed = form.parse();
        assertThat(parsed.errors()).isEmpty();
        assertThat(parsed.dpia()).isEqualTo(Dpia.blank());
    }

    @Test
    void namesEachFieldThatCannotBeRead() {
        DpiaForm blank = DpiaForm.blank();
        List<DpiaForm.RiskFields> risks = new ArrayList<>(blank.risks());
        risks.set(1, new DpiaForm.RiskFields("UNWANTED_MODIFICATION", null, null, null, null, "three", "2", "9", ""));
        DpiaForm form = new DpiaForm(blank.context(), blank.principles(), risks,
                List.of(new DpiaForm.ActionFields("Audit", "DPO", "31 2 2026")),
                new DpiaForm.DpoFields("A. Officer", null, "next week"),
                new DpiaForm.PeopleFields("maybe", null, null),
                new DpiaForm.SignOffFields("APPROVED", null, "2026-01-20", null, null));

        Map<String, String> errors = form.parse().errors();

        assertThat(errors).containsOnlyKeys("risks[1].severityBefore", "risks[1].severityAfter",
                "actionPlan[0].due", "dpoOpinion.date", "affectedPeople.sought", "signOff.decision");
        assertThat(errors.get("actionPlan[0].due")).isEqualTo("The due date must be a real date, such as 31 3 2026");
        assertThat(errors.get("risks[1].severityAfter"))
                .isEqualTo("The severity after measures for unwanted modification of data must be from 1 "
                        + "(negligible) to 4 (maximum)");
        assertThat(form.parse().dpia().signOff().date()).isEqualTo(LocalDate.of(2026, 1, 20));
    }

    @Test
    void emptyActionRowsAreDroppedAndErrorsNameTheRowOfTheForm() {
        DpiaForm blank = DpiaForm.blank();
        DpiaForm form = new DpiaForm(blank.context(), blank.principles(), blank.risks(), List.of(
                new DpiaForm.ActionFields("", " ", ""),
                new DpiaForm.ActionFields("Train staff", "x".repeat(201), "1/4/2026"),
                new DpiaForm.ActionFields(null, null, null)), blank.dpoOpinion(), blank.affectedPeople(),
                blank.signOff());

        DpiaForm.Parsed parsed = form.parse();

        assertThat(parsed.dpia().actionPlan()).hasSize(1);
        assertThat(parsed.dpia().actionPlan().get(0).due()).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(parsed.errors()).containsOnlyKeys("actionPlan[1].owner");
        assertThat(form.formField("actionPlan[0].due")).as("a missing field found on submission")
                .isEqualTo("actionPlan[1].due");
        assertThat(form.formField("risks[0].impacts")).isEqualTo("risks[0].impacts");
    }

    @Test
    void principlesAndRisksTheDpiaLacksGetAPlaceInTheForm() {
        Dpia partial = new Dpia(null, null, List.of(DpiaExamples.complete().risk(RiskKind.DISAPPEARANCE)), null,
                null, null, null);

        DpiaForm form = DpiaForm.of(partial);

        assertThat(form.principles()).hasSize(Principle.values().length);
        assertThat(form.risks()).extracting(DpiaForm.RiskFields::kind)
                .containsExactly("DISAPPEARANCE", "ILLEGITIMATE_ACCESS", "UNWANTED_MODIFICATION");
        assertThat(form.risks().get(0).severityBefore()).isEqualTo("2");
    }
}
