package uk.beacon.governance.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RegisterSearchTextTest {

    @Test
    void holdsEveryPublicPartOneALineInLowerCaseWithTheForceAndTheLabelsOfCategoryAndPhase() {
        TechnologyRecord record = new TechnologyRecord("Riverside Drone", "Films the RIVERSIDE", null, null, null,
                new TechnologyRecord.Owner("Marine unit", null, List.of(new TechnologyRecord.Supplier("Skyward Ltd",
                        null, null, null, null))),
                null, null, null, new TechnologyRecord.Risks(null, "Pilots trained", null), "automation", "pilot",
                List.of(new TechnologyRecord.LegalBasis("Air Navigation Order 2016", "https://example.org")),
                List.of("MISSING_PERSON"), "drone");

        assertThat(RegisterSearchText.of("Kent Police", record).split("\n")).containsExactly("kent police",
                Category.labelOf("automation").toLowerCase(), Phase.labelOf("pilot").toLowerCase(),
                "riverside drone", "films the riverside", "drone", "marine unit", "pilots trained", "skyward ltd",
                "air navigation order 2016", "missing_person");
    }

    @Test
    void leavesOutBlankPartsAndReadsARecordWithMissingSections() {
        TechnologyRecord record = new TechnologyRecord("Chatbot", "  ", null, null, null, null, null, null, null,
                null, "communications", "production", null, null, null);

        assertThat(RegisterSearchText.of("Essex Police", record)).doesNotContain("\n\n").endsWith("\nchatbot");
    }
}
