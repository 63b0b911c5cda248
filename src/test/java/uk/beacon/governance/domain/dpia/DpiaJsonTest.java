package uk.beacon.governance.domain.dpia;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A DPIA reads from the JSON the API takes and writes the same JSON back, so that it can be stored as JSON text. */
class DpiaJsonTest {

    private final JsonMapper json = JsonMapper.builder().build();

    static final String COMPLETE = DpiaJsonTestData.COMPLETE;

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
