package uk.beacon.governance.domain.dpia;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.beacon.governance.domain.FieldErrors;

class DpiaValidationTest {

    private static final Dpia COMPLETE = DpiaExamples.complete();

    private static Dpia withRisk(int index, Risk risk) {
        List<Risk> risks = new ArrayList<>(COMPLETE.risks());
        risks.set(index, risk);
        return new Dpia(COMPLETE.context(), COMPLETE.principles(), risks, COMPLETE.actionPlan(),
                COMPLETE.dpoOpinion(), COMPLETE.affectedPeople(), COMPLETE.signOff());
    }

    private static Dpia withSignOff(SignOff signOff) {
        return new Dpia(COMPLETE.context(), COMPLETE.principles(), COMPLETE.risks(), COMPLETE.actionPlan(),
                COMPLETE.dpoOpinion(), COMPLETE.affectedPeople(), signOff);
    }

    private static Dpia withPeople(AffectedPeople people) {
        return new Dpia(COMPLETE.context(), COMPLETE.principles(), COMPLETE.risks(), COMPLETE.actionPlan(),
                COMPLETE.dpoOpinion(), people, COMPLETE.signOff());
    }

    private static Dpia withPrinciples(List<PrincipleAssessment> principles) {
        return new Dpia(COMPLETE.context(), principles, COMPLETE.risks(), COMPLETE.actionPlan(),
                COMPLETE.dpoOpinion(), COMPLETE.affectedPeople(), COMPLETE.signOff());
    }

    @Test
    void aCompleteDpiaHasNoProblems() {
        assertThat(COMPLETE.validate()).isEmpty();
        assertThat(COMPLETE.missing()).isEmpty();
        assertThat(COMPLETE.isComplete()).isTrue();
    }

    @Test
    void aBlankDraftIsValidButIncompleteAndNamesEveryFieldStillToWrite() {
        Dpia blank = Dpia.blank();

        assertThat(blank.validate()).isEmpty();
        assertThat(blank.isComplete()).isFalse();
        assertThat(blank.missing()).containsKeys("context.processingDescription", "context.controller",
                "context.processors", "context.responsibilities", "context.dataCategories", "context.dataLifecycle",
                "context.supportingAssets", "principles[0].answer", "principles[7].justification",
                "risks[0].impacts", "risks[2].measures", "risks[1].severityBefore", "risks[1].likelihoodBefore",
                "risks[1].severityAfter", "risks[1].likelihoodAfter", "dpoOpinion.name", "dpoOpinion.opinion",
                "dpoOpinion.date", "affectedPeople.sought", "signOff.decision", "signOff.signedBy", "signOff.date")
                .doesNotContainKeys("principles", "risks", "signOff.signatureFile", "signOff.rejectionReasons");
        assertThat(blank.missing()).containsEntry("risks[0].severityAfter",
                "Select the severity after measures for illegitimate access to data");
    }

    @Test
    void severityAndLikelihoodMustBeOnTheScaleOfOneToFour() {
        Dpia dpia = withRisk(1, new Risk(RiskKind.UNWANTED_MODIFICATION, "i", "t", "s", "m", 0, 5, -1, 4));

        assertThat(dpia.validate()).containsOnlyKeys("risks[1].severityBefore", "risks[1].likelihoodBefore",
                "risks[1].severityAfter");
        assertThat(dpia.validate().get("risks[1].severityBefore")).isEqualTo(
                "The severity before measures for unwanted modification of data must be from 1 (negligible) to 4 "
                        + "(maximum)");
    }

    @Test
    void measuresCannotRaiseTheSeverityOrLikelihoodOfARisk() {
        Dpia dpia = withRisk(0, new Risk(RiskKind.ILLEGITIMATE_ACCESS, "i", "t", "s", "m", 2, 1, 3, 2));

        assertThat(dpia.validate()).containsOnlyKeys("risks[0].severityAfter", "risks[0].likelihoodAfter");
        assertThat(dpia.validate().get("risks[0].severityAfter")).isEqualTo(
                "The severity after measures must not be more than before them (2 Limited) for illegitimate access "
                        + "to data");
    }

    @Test
    void eachRiskIsAssessedOnceAndNamesItsKind() {
        Dpia twice = withRisk(2, Risk.blank(RiskKind.ILLEGITIMATE_ACCESS));
        Dpia unnamed = withRisk(2, Risk.blank(null));

        assertThat(twice.validate()).containsOnlyKeys("risks[2].kind");
        assertThat(twice.missing()).containsEntry("risks", "Assess the risk: Disappearance of data");
        assertThat(unnamed.validate()).containsEntry("risks[2].kind", "Select which risk this is");
    }

    @Test
    void eachPrincipleIsAnsweredOnceAndAllAreAnswered() {
        List<PrincipleAssessment> principles = new ArrayList<>(COMPLETE.principles().subList(0, 6));
        principles.add(COMPLETE.principles().get(0));
        principles.add(PrincipleAssessment.blank());

        Dpia dpia = withPrinciples(principles);

        assertThat(dpia.validate()).containsOnlyKeys("principles[6].principle", "principles[7].principle");
        assertThat(dpia.validate().get("principles[6].principle")).isEqualTo("Answer Purposes only once");
        assertThat(dpia.missing()).containsEntry("principles",
                "Answer the principles: Processors, Transfers outside the UK");
    }

    @Test
    void textLongerThanTheLimitIsNamedByItsField() {
        String tooLong = "x".repeat(FieldErrors.LONG_TEXT + 1);
        Dpia dpia = new Dpia(new DpiaContext(tooLong, "c".repeat(FieldErrors.SHORT_TEXT + 1), "p", "r", "d", "l",
                "s"), COMPLETE.principles(), COMPLETE.risks(), COMPLETE.actionPlan(), COMPLETE.dpoOpinion(),
                COMPLETE.affectedPeople(), COMPLETE.signOff());

        assertThat(dpia.validate()).containsOnlyKeys("context.processingDescription", "context.controller");
        assertThat(dpia.validate().get("context.processingDescription"))
                .isEqualTo("The description of the processing must be 10,000 characters or fewer");
        assertThat(new Dpia(new DpiaContext("x".repeat(FieldErrors.LONG_TEXT), "c", "p", "r", "d", "l", "s"),
                COMPLETE.principles(), COMPLETE.risks(), COMPLETE.actionPlan(), COMPLETE.dpoOpinion(),
                COMPLETE.affectedPeople(), COMPLETE.signOff()).validate()).isEmpty();
    }

    @Test
    void aSignatureAttachedNeedsItsFileNameWithoutFolders() {
        LocalDate day = LocalDate.of(2026, 1, 20);

        assertThat(withSignOff(new SignOff(SignOffDecision.VALIDATED_WITH_SIGNATURE, "DCC", day, " ", null))
                .validate()).containsEntry("signOff.signatureFile", "Enter the name of the attached signature file");
        assertThat(withSignOff(new SignOff(SignOffDecision.VALIDATED_WITH_SIGNATURE, "DCC", day, "../etc/passwd",
                null)).validate()).containsOnlyKeys("signOff.signatureFile");
        assertThat(withSignOff(new SignOff(SignOffDecision.VALIDATED_WITH_SIGNATURE, "DCC", day, "C:\\sig.pdf",
                null)).validate()).containsOnlyKeys("signOff.signatureFile");
        assertThat(withSignOff(new SignOff(SignOffDecision.VALIDATED, "DCC", day, "sig.pdf", null)).validate())
                .containsEntry("signOff.signatureFile",
                        "Choose validated with signature attached, or remove the signature file");
        assertThat(withSignOff(new SignOff(SignOffDecision.VALIDATED, "DCC", day, null, null)).isComplete())
                .isTrue();
    }

    @Test
    void aRejectionNeedsItsReasons() {
        LocalDate day = LocalDate.of(2026, 1, 20);

        assertThat(withSignOff(new SignOff(SignOffDecision.REJECTED, "DCC", day, null, "")).validate())
                .containsOnly(java.util.Map.entry("signOff.rejectionReasons",
                        "Enter the reasons the DPIA was rejected"));
        Dpia rejected = withSignOff(new SignOff(SignOffDecision.REJECTED, "DCC", day, null, "Retention too long"));
        assertThat(rejected.isComplete()).as("a rejected DPIA is complete: it has been decided").isTrue();
    }

    @Test
    void theViewsOfPeopleAffectedOrWhyTheyWereNotSoughtAreNeeded() {
        assertThat(withPeople(new AffectedPeople(true, "", "n/a")).missing())
                .containsOnlyKeys("affectedPeople.views");
        assertThat(withPeople(new AffectedPeople(false, "We asked", null)).missing())
                .containsOnlyKeys("affectedPeople.reasonNotSought");
        assertThat(withPeople(new AffectedPeople(true, "The independent advisory group supported it", null))
                .isComplete()).isTrue();
    }

    @Test
    void eachActionNeedsItsMeasureOwnerAndDueDate() {
        Dpia dpia = new Dpia(COMPLETE.context(), COMPLETE.principles(), COMPLETE.risks(),
                List.of(COMPLETE.actionPlan().get(0), new Action("Train staff", " ", null)), COMPLETE.dpoOpinion(),
                COMPLETE.affectedPeople(), COMPLETE.signOff());

        assertThat(dpia.missing()).containsOnlyKeys("actionPlan[1].owner", "actionPlan[1].due");
        assertThat(dpia.missing().get("actionPlan[1].due")).isEqualTo("Enter the date action 2 is due");
        assertThat(dpia.validate()).isEmpty();
    }

    @Test
    void theProblemsPutWhatIsWrongBeforeWhatIsMissingForTheSameField() {
        Dpia dpia = withSignOff(new SignOff(SignOffDecision.VALIDATED, "x".repeat(201), null, null, null));

        assertThat(dpia.problems()).containsOnlyKeys("signOff.signedBy", "signOff.date");
        assertThat(dpia.problems().get("signOff.signedBy")).contains("200 characters or fewer");
    }
}
