package uk.beacon.platform.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class NumbersTest {

    @Test
    void countsAreGroupedWithATrueMinus() {
        assertThat(Numbers.count(1_234_567)).isEqualTo("1,234,567");
        assertThat(Numbers.count(-12)).isEqualTo("−12");
        assertThat(Numbers.signedCount(1234)).isEqualTo("+1,234");
        assertThat(Numbers.signedCount(0)).isEqualTo("0");
        assertThat(Numbers.signedCount(-5)).isEqualTo("−5");
    }

    @Test
    void decimalsHaveFixedPlacesAndNeverShowMinusZero() {
        assertThat(Numbers.decimal(1234.56, 1)).isEqualTo("1,234.6");
        assertThat(Numbers.decimal(-0.04, 1)).isEqualTo("0.0");
        assertThat(Numbers.decimal(-2.25, 1)).isEqualTo("−2.3");
        assertThat(Numbers.decimal(null, 1)).isEqualTo("Not known");
        assertThat(Numbers.upTo(15.0, 2)).isEqualTo("15");
        assertThat(Numbers.upTo(12.5, 2)).isEqualTo("12.5");
        assertThat(Numbers.upTo(0.254, 2)).isEqualTo("0.25");
        assertThat(Numbers.upTo(12345.5, 2)).isEqualTo("12345.5");
    }

    @Test
    void poundsRoundHalfUpAndPutTheMinusBeforeThePoundSign() {
        assertThat(Numbers.pounds(1234.5)).isEqualTo("£1,235");
        assertThat(Numbers.pounds(-40.2)).isEqualTo("−£40");
        assertThat(Numbers.pounds(-0.4)).isEqualTo("£0");
        assertThat(Numbers.pence(new BigDecimal("1234.505"))).isEqualTo("£1,234.51");
        assertThat(Numbers.pence(new BigDecimal("-0.05"))).isEqualTo("−£0.05");
    }

    @Test
    void sharesArePercentages() {
        assertThat(Numbers.percent(0.88835, 2)).isEqualTo("88.84%");
        assertThat(Numbers.percent(null, 1)).isEqualTo("Not known");
    }
}
