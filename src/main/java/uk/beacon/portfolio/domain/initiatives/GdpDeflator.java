package uk.beacon.portfolio.domain.initiatives;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Map;
import java.util.Optional;

/**
 * Converts nominal pounds to the real prices of a base year: {@code real = nominal × index(base) / index(year)}.
 *
 * <p>Beacon ships no official deflator series (the machines it is built on cannot fetch one to check it), so
 * the default index ({@link #TWO_PERCENT_A_YEAR}) assumes prices rise by 2% a year, the Bank of England's
 * inflation target set in HM Treasury's remit for the Monetary Policy Committee. It is an assumption, said as
 * such wherever it is used. Before an appraisal is relied on, replace it with HM Treasury's "GDP deflators at
 * market prices, and money GDP" (the latest quarterly release), which is what the Green Book asks for.
 */
public final class GdpDeflator {

    /** The Bank of England's inflation target, used as the assumed rise in prices each year. */
    public static final BigDecimal ASSUMED_INFLATION = new BigDecimal("0.02");
    public static final int FIRST_YEAR = 2000;
    public static final int LAST_YEAR = 2075;

    /** 100 in {@link #FIRST_YEAR}, rising by {@link #ASSUMED_INFLATION} a year to {@link #LAST_YEAR}. */
    public static final GdpDeflator TWO_PERCENT_A_YEAR = assumedGrowth(ASSUMED_INFLATION);

    private static GdpDeflator assumedGrowth(BigDecimal rate) {
        Map<Integer, BigDecimal> index = new java.util.HashMap<>();
        BigDecimal value = new BigDecimal("100");
        for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
            index.put(year, value);
            value = value.multiply(BigDecimal.ONE.add(rate), MathContext.DECIMAL128);
        }
        return new GdpDeflator(index);
    }

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
