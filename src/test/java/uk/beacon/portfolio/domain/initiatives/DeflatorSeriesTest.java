package uk.beacon.portfolio.domain.initiatives;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rules of a loaded deflator series, and converting with it. */
class DeflatorSeriesTest {

    private static DeflatorSeries.Entry entry(Integer year, String value) {
        return new DeflatorSeries.Entry(year, value == null ? null : new BigDecimal(value));
    }

    private static DeflatorSeries series(DeflatorSeries.Entry... entries) {
        return new DeflatorSeries("HM Treasury, GDP deflators at market prices, and money GDP", Arrays.asList(entries));
    }

    @Test
    void aContiguousSeriesInAnyOrderKeepsTheRulesAndConverts() {
        DeflatorSeries series = series(entry(2026, "103.5"), entry(2025, "100"), entry(2024, "98"));
        assertThat(series.errors()).isEmpty();
        GdpDeflator deflator = series.deflator();
        assertThat(deflator.assumption()).isFalse();
        assertThat(deflator.source()).isEqualTo("HM Treasury, GDP deflators at market prices, and money GDP");
        assertThat(deflator.firstYear()).isEqualTo(2024);
        assertThat(deflator.lastYear()).isEqualTo(2026);
        assertThat(deflator.table().keySet()).containsExactly(2024, 2025, 2026);
        // 1,035 of 2026 is 1,035 x 100 / 103.5 = 1,000 of 2025.
        assertThat(deflator.toReal(new BigDecimal("1035"), 2026, 2025)).isEqualByComparingTo("1000");
    }

    @Test
    void eachEntryIsCheckedAndNamedByItsPlace() {
        DeflatorSeries series = series(entry(2024, "98"), entry(2025, "-1"), entry(2026, null), entry(null, "1"),
                entry(2027, "1000000"), entry(2028, "1.0000000000001"), entry(1899, "5"));
        assertThat(series.errors()).containsExactly(
                java.util.Map.entry("index[1].value", "The index for 2025 must be more than 0"),
                java.util.Map.entry("index[2].value", "Enter the index for 2026"),
                java.util.Map.entry("index[3].year", "Enter the year, such as 2024"),
                java.util.Map.entry("index[4].value", "The index for 2027 must be less than 1,000,000"),
                java.util.Map.entry("index[5].value", "The index for 2028 has more than 12 decimal places"),
                java.util.Map.entry("index[6].year", "The year 1899 is not from 1900 to 2200"));
    }

    @Test
    void yearsAreUniqueAndContiguous() {
        assertThat(series(entry(2024, "98"), entry(2025, "100"), entry(2024, "98")).errors())
                .containsExactly(java.util.Map.entry("index[2].year", "The year 2024 appears twice"));
        assertThat(series(entry(2024, "98"), entry(2027, "105"), entry(2025, "100")).errors())
                .containsExactly(java.util.Map.entry("index[1].year",
                        "There is no year between 2025 and 2027: give every year from the first to the last"));
    }

    @Test
    void theSourceAndAtLeastTwoYearsAreNeeded() {
        assertThat(new DeflatorSeries(" ", List.of(entry(2024, "98"))).errors()).containsOnlyKeys("source", "index");
        assertThat(new DeflatorSeries("x".repeat(501), List.of(entry(2024, "98"), entry(2025, "99"))).errors())
                .containsOnlyKeys("source");
        assertThat(new DeflatorSeries("HMT", null).errors()).containsOnlyKeys("index");
        List<DeflatorSeries.Entry> withNull = new ArrayList<>(List.of(entry(2024, "98")));
        withNull.add(null);
        assertThat(new DeflatorSeries("HMT", withNull).errors()).containsOnlyKeys("index[1].year");
    }
}
