package uk.beacon.governance.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AtrsExportTest {

    private static final AtrsExport.Published PUBLISHED = new AtrsExport.Published("t1", "kent", "Kent Police", 2,
            Instant.parse("2026-11-27T09:00:00Z"), null,
            new TechnologyRecord("=cmd|' /C calc'!A0", "Reads plates", null, null, null,
                    new TechnologyRecord.Owner("Roads", null, List.of(
                            new TechnologyRecord.Supplier("A Ltd", null, "Cameras", null, null),
                            new TechnologyRecord.Supplier("B Ltd", null, "Storage", null, null))),
                    null, null, null, null, "automation", "pilot", null, List.of("ROAD_TRAFFIC"), null),
            true, false, 6, null);

    @Test
    void theCsvHasOneColumnPerFieldAndNeutralisesFormulas() {
        List<String> header = AtrsExport.header();
        List<String> row = AtrsExport.row(PUBLISHED);
        assertThat(row).hasSameSizeAs(header);
        assertThat(row.get(header.indexOf("owner_and_responsibility.external_supplier"))).isEqualTo("A Ltd; B Ltd");
        assertThat(row.get(header.indexOf("tier_1.phase"))).isEqualTo("Pilot");
        assertThat(CsvText.line(row)).startsWith("\"'=cmd|' /C calc'!A0\",\"Reads plates\"");
        assertThat(CsvText.line(List.of("a \"quoted\" value", "-1"))).isEqualTo("\"a \"\"quoted\"\" value\",\"'-1\"\r\n");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theJsonNestsFieldsInTheStandardsSections() {
        Map<String, Object> json = AtrsExport.json(PUBLISHED);
        assertThat(json).containsOnlyKeys("tier_1", "tier_2", "beacon");
        assertThat((Map<String, Object>) json.get("tier_1")).containsEntry("organisation", "Kent Police");
        Map<String, Object> tier2 = (Map<String, Object>) json.get("tier_2");
        assertThat(tier2).containsOnlyKeys("owner_and_responsibility", "description_and_rationale",
                "decision_making_process", "tool_specification", "risks_mitigations_and_impact_assessments");
        assertThat((List<?>) ((Map<String, Object>) tier2.get("owner_and_responsibility")).get("external_suppliers"))
                .hasSize(2);
        assertThat((Map<String, Object>) json.get("beacon")).containsEntry("version", 2)
                .containsEntry("highest_residual_risk", 6).containsEntry("work_types", List.of("ROAD_TRAFFIC"));
    }
}
