package uk.beacon.portfolio.domain.initiatives;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Map;
import java.util.Optional;

/**
 * Converts nominal pounds to the real prices of a base year: {@code real = nominal × index(base) / index(year)}.
 *
 * <p>The shipped index ({@link #ILLUSTRATIVE}) is ILLUSTRATIVE, NOT an official series: financial years
 * written as the calendar year in which they start, 2019 = 100, rising by roughly the recent path of UK
 * GDP inflation and about 2% a year after 2025. Before an appraisal is relied on, replace it with HM
 * Treasury's "GDP deflators at market prices, and money GDP" (the latest quarterly release, for example
 * the one following the most recent Budget or Spring Statement), which is what the Green Book asks for.
 */
public final class GdpDeflator {

    /** Illustrative index, 2019 = 100 (see the class comment: not an official series). */
    public static final GdpDeflator ILLUSTRATIVE = new GdpDeflator(Map.ofEntries(
            Map.entry(2019, new BigDecimal("100.0")), Map.entry(2020, new BigDecimal("105.0")),
            Map.entry(2021, new BigDecimal("104.5")), Map.entry(2022, new BigDecimal("110.0")),
            Map.entry(2023, new BigDecimal("117.0")), Map.entry(2024, new BigDecimal("120.5")),
            Map.entry(2025, new BigDecimal("123.5")), Map.entry(2026, new BigDecimal("126.0")),
            Map.entry(2027, new BigDecimal("128.5")), Map.entry(2028, new BigDecimal("131.1")),
            Map.entry(2029, new BigDecimal("133.7")), Map.entry(2030, new BigDecimal("136.4")),
            Map.entry(2031, new BigDecimal("139.1")), Map.entry(2032, new BigDecimal("141.9")),
            Map.entry(2033, new BigDecimal("144.7")), Map.entry(2034, new BigDecimal("147.6")),
            Map.entry(2035, new BigDecimal("150.6"))));

    private final Map<Integer, BigDecimal> index;

    public GdpDeflator(Map<Integer, BigDecimal> index) {
        this.index = Map.copyOf(index);
    }

    public Optional<BigDecimal> index(int year) {
        return Optional.ofNullable(index.get(year));
    }

    public boolean covers(int year) {
        return index.containsKey(year);
    }

    /** Nominal pounds of {@code year} in real prices of {@code baseYear}; both years must be covered. */
    public BigDecimal toReal(BigDecimal nominal, int year, int baseYear) {
        if (nominal == null) {
            return null;
        }
        return nominal.multiply(index.get(baseYear)).divide(index.get(year), MathContext.DECIMAL128);
    }

    public int firstYear() {
        return index.keySet().stream().mapToInt(Integer::intValue).min().orElseThrow();
    }

    public int lastYear() {
        return index.keySet().stream().mapToInt(Integer::intValue).max().orElseThrow();
    }
}
