package uk.beacon.governance.domain.dpia;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/** A complete DPIA for tests: every part written, signed off as validated with a signature attached. */
public final class DpiaExamples {

    private DpiaExamples() {
    }

    public static Dpia complete() {
        return new Dpia(
                new DpiaContext("Retrospective facial recognition against the custody image database.",
                        "Chief Constable of City of London Police", "Example Biometrics Ltd (hosting and support)",
                        "The Head of Intelligence owns the processing; the supplier processes on instructions.",
                        "Custody images (biometric data); probe images from CCTV; case references.",
                        "Probe images are searched, results reviewed by a trained officer, then deleted after 31 days.",
                        "Search server in the force data centre; analyst workstations; the supplier's support desk."),
                Arrays.stream(Principle.values())
                        .map(p -> new PrincipleAssessment(p, "Answer for " + p.label(), "Because " + p.label()))
                        .toList(),
                List.of(new Risk(RiskKind.ILLEGITIMATE_ACCESS, "Identification of innocent people",
                                "Misuse by staff", "Insiders", "Access logs and audit", 4, 3, 3, 1),
                        new Risk(RiskKind.UNWANTED_MODIFICATION, "Wrong person linked to a case", "Tampering",
                                "Insiders, attackers", "Hashes of images", 3, 2, 2, 2),
                        new Risk(RiskKind.DISAPPEARANCE, "Lost evidence", "Hardware failure", "Non-human",
                                "Backups", 2, 2, 2, 1)),
                List.of(new Action("Quarterly audit of searches", "Head of Information Management",
                        LocalDate.of(2026, 3, 31))),
                new DpoOpinion("A. Officer", "The residual risks are acceptable.", LocalDate.of(2026, 1, 15)),
                new AffectedPeople(false, null, "Covert investigative use; the public panel will be consulted."),
                new SignOff(SignOffDecision.VALIDATED_WITH_SIGNATURE, "Deputy Chief Constable",
                        LocalDate.of(2026, 1, 20), "signed-dpia.pdf", null));
    }
}
