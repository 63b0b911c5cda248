package uk.beacon.governance.domain.dpia;

/** The JSON of {@link DpiaExamples#complete()}, as a client would send it. */
public final class DpiaJsonTestData {

    private DpiaJsonTestData() {
    }

    public static final String COMPLETE = """
            {
              "context": {
                "processingDescription": "Retrospective facial recognition against the custody image database.",
                "controller": "Chief Constable of City of London Police",
                "processors": "Example Biometrics Ltd (hosting and support)",
                "responsibilities": "The Head of Intelligence owns the processing; the supplier processes on instructions.",
                "dataCategories": "Custody images (biometric data); probe images from CCTV; case references.",
                "dataLifecycle": "Probe images are searched, results reviewed by a trained officer, then deleted after 31 days.",
                "supportingAssets": "Search server in the force data centre; analyst workstations; the supplier's support desk."
              },
              "principles": [
                {"principle": "PURPOSES", "answer": "Answer for Purposes", "justification": "Because Purposes"},
                {"principle": "LEGAL_BASIS", "answer": "Answer for Legal basis", "justification": "Because Legal basis"},
                {"principle": "MINIMISATION", "answer": "Answer for Minimisation", "justification": "Because Minimisation"},
                {"principle": "ACCURACY", "answer": "Answer for Accuracy", "justification": "Because Accuracy"},
                {"principle": "RETENTION", "answer": "Answer for Retention", "justification": "Because Retention"},
                {"principle": "INFORMATION_AND_RIGHTS", "answer": "Answer for Information and rights of data subjects",
                 "justification": "Because Information and rights of data subjects"},
                {"principle": "PROCESSORS", "answer": "Answer for Processors", "justification": "Because Processors"},
                {"principle": "TRANSFERS", "answer": "Answer for Transfers outside the UK",
                 "justification": "Because Transfers outside the UK"}
              ],
              "risks": [
                {"kind": "ILLEGITIMATE_ACCESS", "impacts": "Identification of innocent people", "threats": "Misuse by staff",
                 "sources": "Insiders", "measures": "Access logs and audit",
                 "severityBefore": 4, "likelihoodBefore": 3, "severityAfter": 3, "likelihoodAfter": 1},
                {"kind": "UNWANTED_MODIFICATION", "impacts": "Wrong person linked to a case", "threats": "Tampering",
                 "sources": "Insiders, attackers", "measures": "Hashes of images",
                 "severityBefore": 3, "likelihoodBefore": 2, "severityAfter": 2, "likelihoodAfter": 2},
                {"kind": "DISAPPEARANCE", "impacts": "Lost evidence", "threats": "Hardware failure",
                 "sources": "Non-human", "measures": "Backups",
                 "severityBefore": 2, "likelihoodBefore": 2, "severityAfter": 2, "likelihoodAfter": 1}
              ],
              "actionPlan": [
                {"measure": "Quarterly audit of searches", "owner": "Head of Information Management", "due": "2026-03-31"}
              ],
              "dpoOpinion": {"name": "A. Officer", "opinion": "The residual risks are acceptable.", "date": "2026-01-15"},
              "affectedPeople": {"sought": false, "views": null,
                                 "reasonNotSought": "Covert investigative use; the public panel will be consulted."},
              "signOff": {"decision": "VALIDATED_WITH_SIGNATURE", "signedBy": "Deputy Chief Constable",
                          "date": "2026-01-20", "signatureFile": "signed-dpia.pdf", "rejectionReasons": null}
            }
            """;
}
