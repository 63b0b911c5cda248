package uk.beacon.governance.domain.dpia;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A DPIA reads from the JSON the API takes and writes the same JSON back, so that it can be stored as JSON text. */
class DpiaJsonTest {

    private final JsonMapper json = JsonMapper.builder().build();

    static final String COMPLETE = """
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

    @Test
    void aCompleteDpiaReadFromJsonWritesTheSameJsonBack() {
        Dpia read = json.readValue(COMPLETE, Dpia.class);

        assertThat(read).isEqualTo(DpiaExamples.complete());
        assertThat(read.isComplete()).isTrue();
        JsonNode out = json.readTree(json.writeValueAsString(read));
        assertThat(out).isEqualTo(json.readTree(COMPLETE));
    }

    @Test
    void theJsonHoldsOnlyWhatWasWrittenNotWhatIsWorkedOutFromIt() {
        JsonNode out = json.readTree(json.writeValueAsString(DpiaExamples.complete()));

        List<String> names = out.propertyNames().stream().toList();
        assertThat(names).containsExactly("context", "principles", "risks", "actionPlan", "dpoOpinion",
                "affectedPeople", "signOff");
        assertThat(out.get("risks").get(0).has("residualScore")).isFalse();
    }

    @Test
    void anEmptyObjectReadsAsABlankDraftWithEveryPartPresent() {
        Dpia read = json.readValue("{\"risks\": [null], \"principles\": null}", Dpia.class);

        assertThat(read.context()).isEqualTo(DpiaContext.blank());
        assertThat(read.principles()).isEmpty();
        assertThat(read.risks()).containsExactly(Risk.blank(null));
        assertThat(read.signOff()).isEqualTo(SignOff.blank());
        assertThat(read.validate()).containsEntry("risks[0].kind", "Select which risk this is");
        assertThat(read.isComplete()).isFalse();
    }
}
