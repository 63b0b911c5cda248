package uk.beacon.portfolio.domain.initiatives;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A GDP deflator index by year, with the source it came from, which converts nominal pounds to the real prices of
 * a base year: {@code real = nominal × index(base) / index(year)}.
 *
 * <p>Beacon ships no official deflator series (the machines it is built on cannot fetch one to check it), so
 * the default index ({@link #TWO_PERCENT_A_YEAR}) assumes prices rise by 2% a year, the Bank of England's
 * inflation target set in HM Treasury's remit for the Monetary Policy Committee. It is an assumption, said as
 * such wherever it is used. A force's planners replace it with HM Treasury's "GDP deflators at market prices, and
 * money GDP" (the latest quarterly release), which is what the Green Book asks for (see {@link DeflatorSeries}).
 */
public final class GdpDeflator {

    /** The Bank of England's inflation target, used as the assumed rise in prices each year. */
    public static final BigDecimal ASSUMED_INFLATION = new BigDecimal("0.02");
    public static final int FIRST_YEAR = 2000;
    public static final int LAST_YEAR = 2075;

    /** How the assumption is named wherever it is used: it is not an official series. */
    public static final String ASSUMPTION_SOURCE = "Assumption, not an official deflator: prices rise 2% a year "
            + "(the Bank of England inflation target), index 100 in " + FIRST_YEAR + ", " + FIRST_YEAR + " to "
            + LAST_YEAR;

    /** 100 in {@link #FIRST_YEAR}, rising by {@link #ASSUMED_INFLATION} a year to {@link #LAST_YEAR}. */
    public static final GdpDeflator TWO_PERCENT_A_YEAR = assumedGrowth(ASSUMED_INFLATION);

    private static GdpDeflator assumedGrowth(BigDecimal rate) {
        Map<Integer, BigDecimal> index = new java.util.HashMap<>();
        BigDecimal value = new BigDecimal("100");
        for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
            index.put(year, value);
            value = value.multiply(BigDecimal.ONE.add(rate), MathContext.DECIMAL128);
        }
        return new GdpDeflator(ASSUMPTION_SOURCE, index, true);
    }

    private final SortedMap<Integer, BigDecimal> index;
    private final String source;
    private final boolean assumption;

    /** A series from a named source, such as HM Treasury's; at least one year, every index above 0. */
    public GdpDeflator(String source, Map<Integer, BigDecimal> index) {
        this(source, index, false);
    }

    private GdpDeflator(String source, Map<Integer, BigDecimal> index, boolean assumption) {
        if (source == null || source.isBlank()) {
            throw new IllegalArgumentException("A deflator series names its source");
        }
        if (index.isEmpty() || index.values().stream().anyMatch(v -> v == null || v.signum() <= 0)) {
            throw new IllegalArgumentException("A deflator series has at least one year, each index above 0");
        }
        this.source = source;
        this.index = Collections.unmodifiableSortedMap(new TreeMap<>(index));
        this.assumption = assumption;
    }

    /** Where the series comes from, such as "HM Treasury, GDP deflators at market prices, ..., September 2026". */
    public String source() {
        return source;
    }

    /** True for Beacon's 2% assumption, false for a loaded series. */
    public boolean assumption() {
        return assumption;
    }

    /** The index by year, earliest first. */
    public SortedMap<Integer, BigDecimal> table() {
        return index;
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
        if (!covers(year) || !covers(baseYear)) {
            throw new IllegalArgumentException("The deflator covers " + firstYear() + " to " + lastYear()
                    + ", not " + (covers(year) ? baseYear : year));
        }
        return nominal.multiply(index.get(baseYear)).divide(index.get(year), MathContext.DECIMAL128);
    }

    public int firstYear() {
        return index.firstKey();
    }

    public int lastYear() {
        return index.lastKey();
    }
}
