package uk.beacon.governance.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.beacon.governance.domain.dpia.Dpia;
import uk.beacon.governance.domain.dpia.DpiaExamples;
import uk.beacon.governance.domain.dpia.Risk;
import uk.beacon.governance.domain.dpia.RiskKind;

class DpiaRiskMapTest {

    private static final int CELL = DpiaRiskMap.CELL;

    private static DpiaRiskMap.Marker marker(DpiaRiskMap map, String code, boolean after) {
        return map.markers().stream().filter(m -> m.code().equals(code) && m.after() == after).findFirst()
                .orElseThrow();
    }

    @Test
    void placesEachRiskInTheCellOfItsLikelihoodAcrossAndSeverityUp() {
        DpiaRiskMap map = DpiaRiskMap.of(DpiaExamples.complete());

        // Illegitimate access: severity 4, likelihood 3 before; severity 3, likelihood 1 after.
        DpiaRiskMap.Marker before = marker(map, "A", false);
        DpiaRiskMap.Marker after = marker(map, "A", true);
        assertThat(before.cx()).isBetween(DpiaRiskMap.LEFT + 2 * CELL, DpiaRiskMap.LEFT + 3 * CELL);
        assertThat(before.cy()).isBetween(DpiaRiskMap.TOP, DpiaRiskMap.TOP + CELL);
        assertThat(after.cx()).isBetween(DpiaRiskMap.LEFT, DpiaRiskMap.LEFT + CELL);
        assertThat(after.cy()).isBetween(DpiaRiskMap.TOP + CELL, DpiaRiskMap.TOP + 2 * CELL);
        assertThat(after.title()).isEqualTo(
                "Illegitimate access to data after measures: severity 3 Significant, likelihood 1 Negligible");
        assertThat(map.lines()).contains(new DpiaRiskMap.Line(before.cx(), before.cy(), after.cx(), after.cy()));
    }

    @Test
    void circlesSharingACellDoNotOverlap() {
        Risk same = new Risk(null, null, null, null, null, 2, 2, 2, 2);
        Dpia dpia = new Dpia(null, null, List.of(
                new Risk(RiskKind.ILLEGITIMATE_ACCESS, null, null, null, null, 2, 2, 2, 2),
                new Risk(RiskKind.UNWANTED_MODIFICATION, null, null, null, null, 2, 2, 2, 2),
                new Risk(RiskKind.DISAPPEARANCE, null, null, null, null, 2, 2, 2, 2), same), null, null, null, null);

        List<DpiaRiskMap.Marker> markers = DpiaRiskMap.of(dpia).markers();

        assertThat(markers).hasSize(6);
        for (DpiaRiskMap.Marker a : markers) {
            assertThat(a.cx()).isBetween(DpiaRiskMap.LEFT + CELL, DpiaRiskMap.LEFT + 2 * CELL);
            assertThat(a.cy()).isBetween(DpiaRiskMap.TOP + 2 * CELL, DpiaRiskMap.TOP + 3 * CELL);
            for (DpiaRiskMap.Marker b : markers) {
                if (a != b) {
                    double distance = Math.hypot(a.cx() - b.cx(), a.cy() - b.cy());
                    assertThat(distance).as(a.title() + " and " + b.title()).isGreaterThan(2 * DpiaRiskMap.RADIUS);
                }
            }
        }
    }

    @Test
    void theTableHasTheSameNumbersAsTheMap() {
        DpiaRiskMap map = DpiaRiskMap.of(DpiaExamples.complete());

        assertThat(map.rows()).containsExactly(
                new DpiaRiskMap.Row("A", "Illegitimate access to data", "4 Maximum", "3 Significant",
                        "3 Significant", "1 Negligible", "3"),
                new DpiaRiskMap.Row("M", "Unwanted modification of data", "3 Significant", "2 Limited", "2 Limited",
                        "2 Limited", "4"),
                new DpiaRiskMap.Row("D", "Disappearance of data", "2 Limited", "2 Limited", "2 Limited",
                        "1 Negligible", "2"));
    }

    @Test
    void aRiskNotYetAssessedHasARowButNoCircle() {
        Dpia dpia = new Dpia(null, null, List.of(new Risk(RiskKind.DISAPPEARANCE, null, null, null, null, 3, 2, null,
                null)), null, null, null, null);

        DpiaRiskMap map = DpiaRiskMap.of(dpia);

        assertThat(map.markers()).extracting(DpiaRiskMap.Marker::after).containsExactly(false);
        assertThat(map.lines()).isEmpty();
        assertThat(map.rows().get(0).severityAfter()).isEqualTo("Not assessed");
        assertThat(DpiaRiskMap.of(Dpia.blank()).empty()).isTrue();
    }

    @Test
    void cellsAreShadedByCnilsReadingOfTheMap() {
        DpiaRiskMap map = DpiaRiskMap.of(Dpia.blank());

        assertThat(map.cells()).hasSize(16);
        assertThat(map.cells()).filteredOn(c -> c.severity() >= 3 && c.likelihood() >= 3)
                .extracting(DpiaRiskMap.Cell::fill).containsOnly(DpiaRiskMap.AVOID).hasSize(4);
        assertThat(map.cells()).filteredOn(c -> c.severity() <= 2 && c.likelihood() <= 2)
                .extracting(DpiaRiskMap.Cell::fill).containsOnly(DpiaRiskMap.ACCEPT).hasSize(4);
        assertThat(map.cells()).extracting(DpiaRiskMap.Cell::fill).filteredOn(DpiaRiskMap.REDUCE::equals).hasSize(8);
    }
}
