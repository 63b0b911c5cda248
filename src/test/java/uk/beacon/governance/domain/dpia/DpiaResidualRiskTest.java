package uk.beacon.governance.domain.dpia;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DpiaResidualRiskTest {

    private static Dpia risks(Risk... risks) {
        return new Dpia(null, null, List.of(risks), null, null, null, null);
    }

    @Test
    void theHighestResidualRiskIsTheLargestSeverityTimesLikelihoodAfterMeasures() {
        // After measures: 3 × 1 = 3, 2 × 2 = 4, 2 × 1 = 2.
        assertThat(DpiaExamples.complete().highestResidualRisk()).isEqualTo(4);
        assertThat(risks(new Risk(RiskKind.DISAPPEARANCE, null, null, null, null, 4, 4, 4, 4))
                .highestResidualRisk()).isEqualTo(16);
    }

    @Test
    void theRiskBeforeMeasuresDoesNotCount() {
        assertThat(risks(new Risk(RiskKind.ILLEGITIMATE_ACCESS, null, null, null, null, 4, 4, 1, 2),
                new Risk(RiskKind.DISAPPEARANCE, null, null, null, null, 3, 3, 1, 1)).highestResidualRisk())
                .isEqualTo(2);
    }

    @Test
    void risksNotYetAssessedAfterMeasuresOrOffTheScaleAreLeftOut() {
        assertThat(Dpia.blank().highestResidualRisk()).isNull();
        assertThat(risks(new Risk(RiskKind.ILLEGITIMATE_ACCESS, null, null, null, null, 4, 4, 4, null),
                new Risk(RiskKind.DISAPPEARANCE, null, null, null, null, 4, 4, 9, 4),
                new Risk(RiskKind.UNWANTED_MODIFICATION, null, null, null, null, 4, 4, 1, 3)).highestResidualRisk())
                .isEqualTo(3);
    }
}
