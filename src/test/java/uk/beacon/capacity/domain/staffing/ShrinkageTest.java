package uk.beacon.capacity.domain.staffing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The one rule for abstraction: each part 0 or more, together less than 90%. */
class ShrinkageTest {

    @Test
    void partsOfZeroOrMoreThatComeToLessThanNinetyPerCentKeepTheRule() {
        assertThat(Shrinkage.defaults().problems()).isEmpty();
        assertThat(new Shrinkage(0, 0, 0, 0, 0).problems()).isEmpty();
        assertThat(new Shrinkage(0.895, 0, 0, 0, 0).problems()).isEmpty();
        assertThat(new Shrinkage(0.4499, 0.45, 0, 0, 0).problems()).isEmpty();
    }

    @Test
    void ninetyPerCentOrMoreInAllIsRefusedEvenWhereDoublesWouldSayLess() {
        assertThat(new Shrinkage(0.9, 0, 0, 0, 0).problems()).containsOnlyKeys("total");
        assertThat(new Shrinkage(0.45, 0.45, 0, 0, 0).problems()).containsOnlyKeys("total");
        // 0.3 + 0.3 + 0.3 is 0.8999999999999999 in doubles: still 90%.
        assertThat(new Shrinkage(0.3, 0.3, 0.3, 0, 0).problems()).containsOnlyKeys("total");
        assertThatThrownBy(() -> new Shrinkage(0.95, 0, 0, 0, 0).check()).hasMessageContaining("90%");
    }

    @Test
    void aPartBelowZeroOrNotANumberIsRefusedByName() {
        assertThat(new Shrinkage(-0.01, 0, 0, Double.NaN, 0).problems()).containsOnlyKeys("leave", "court");
        assertThat(new Shrinkage(0, 0, Double.POSITIVE_INFINITY, 0, 0).problems()).containsOnlyKeys("sickness");
        assertThat(Shrinkage.PARTS).containsExactly("leave", "training", "sickness", "court", "other");
    }
}
