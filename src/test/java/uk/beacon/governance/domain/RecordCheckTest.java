package uk.beacon.governance.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RecordCheckTest {

    private static TechnologyRecord record(String name, String website, List<TechnologyRecord.Supplier> suppliers,
            List<String> workTypes) {
        return new TechnologyRecord(name, "Describes it", null, null, website,
                new TechnologyRecord.Owner(null, null, suppliers), null, null, null, null, "automation", "pilot",
                List.of(new TechnologyRecord.LegalBasis("Police Act 1996", "https://www.legislation.gov.uk/")),
                workTypes, "robotic-process-automation");
    }

    @Test
    void aCompleteRecordHasNoProblems() {
        assertThat(RecordCheck.check(record("RPA", "https://example.org", List.of(
                new TechnologyRecord.Supplier("Bots Ltd", "SC123456", null, null, null)), List.of("PROACTIVE"))))
                .isEmpty();
    }

    @Test
    void eachProblemIsNamedByItsField() {
        assertThat(RecordCheck.check(record(" ", "javascript:alert(1)", List.of(
                new TechnologyRecord.Supplier("", "123", null, null, null)), List.of("proactive"))))
                .containsOnlyKeys("name", "website", "supplier-0-name", "supplier-0-companiesHouseNumber", "workTypes");
        assertThat(RecordCheck.check(record("x".repeat(201), null, null, null))).containsOnlyKeys("name");
        TechnologyRecord nothing = new TechnologyRecord(null, null, null, null, null, null, null, null, null, null,
                "magic", null, null, null, "Not A Code");
        assertThat(RecordCheck.check(nothing))
                .containsOnlyKeys("name", "description", "category", "phase", "technologyType");
    }
}
