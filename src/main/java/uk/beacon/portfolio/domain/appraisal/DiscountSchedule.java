package uk.beacon.portfolio.domain.appraisal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Arrays;
import java.util.List;
import uk.beacon.platform.format.Numbers;

/**
 * The real discount rate by year of an appraisal, and the discount factors it gives: the one schedule of the
 * portfolio, used by the appraisal calculator, the initiatives' appraisals, the portfolio optimiser and the
 * funding-regime simulation.
 *
 * <p>{@link #GREEN_BOOK} is HM Treasury's social time preference rate (STPR) schedule for the long
 * term: The Green Book (2022), Table 8 and annex A6 (discounting): 3.5% for years 0 to 30, 3.0% for
 * 31 to 75, 2.5% for 76 to 125, 2.0% for 126 to 200, 1.5% for 201 to 300 and 1.0% from 301 on.
 *
 * <p>Convention: year 0 is the base year and is not discounted (factor 1). The flows of each later year are
 * discounted at the rate of the band that holds that year: the factor of year {@code t} is the product of
 * {@code 1 / (1 + r(y))} over the years {@code y = 1 .. t}. So year 30's factor is {@code 1.035^-30}, year 31 is
 * the first at 3.0% ({@code 1.035^-30 / 1.03}), year 75's is {@code 1.035^-30 × 1.03^-45} and year 76 is the
 * first at 2.5% (that {@code / 1.025}). {@link #rate} is the rate applied to the year's flows.
 *
 * <p>Factors are kept to 34 significant digits ({@link MathContext#DECIMAL128}), so that money rounded
 * to the penny is not disturbed by the arithmetic. They are computed once and kept, so that the optimiser,
 * which values each initiative at every start year, reads them from a table.
 */
public final class DiscountSchedule {

    /** Arithmetic precision of the factors: 34 significant digits. */
    public static final MathContext PRECISION = MathContext.DECIMAL128;

    /** Years {@code firstYear} to {@code lastYear} (null: for ever after) at a real rate, as a share. */
    public record Band(int firstYear, Integer lastYear, BigDecimal rate) {

        boolean contains(int year) {
            return year >= firstYear && (lastYear == null || year <= lastYear);
        }
    }

    /** HM Treasury Green Book (2022) Table 8: the STPR and its long-term decline. */
    public static final DiscountSchedule GREEN_BOOK = new DiscountSchedule(List.of(
            new Band(0, 30, new BigDecimal("0.035")),
            new Band(31, 75, new BigDecimal("0.030")),
            new Band(76, 125, new BigDecimal("0.025")),
            new Band(126, 200, new BigDecimal("0.020")),
            new Band(201, 300, new BigDecimal("0.015")),
            new Band(301, null, new BigDecimal("0.010"))));

    private final List<Band> bands;
    /** The factors of years 0 to {@code length - 1}, exactly to {@link #PRECISION}; replaced whole as it grows. */
    private volatile BigDecimal[] exact = {BigDecimal.ONE};
    /** The same factors as doubles, for the optimiser and the simulation. */
    private volatile double[] approximate = {1};

    public DiscountSchedule(List<Band> bands) {
        if (bands.isEmpty() || bands.get(0).firstYear() != 0 || bands.get(bands.size() - 1).lastYear() != null) {
            throw new IllegalArgumentException("The bands must start at year 0 and the last must be open-ended");
        }
        for (int i = 1; i < bands.size(); i++) {
            Integer previousLast = bands.get(i - 1).lastYear();
            if (previousLast == null || bands.get(i).firstYear() != previousLast + 1) {
                throw new IllegalArgumentException("The bands must follow one another without gaps");
            }
        }
        this.bands = List.copyOf(bands);
    }

    public List<Band> bands() {
        return bands;
    }

    /**
     * The real rate of year {@code year} (0 or more), as a share such as 0.035: the rate its flows are discounted at
     * from the year before. Year 0 is in the first band but is not discounted.
     */
    public BigDecimal rate(int year) {
        requireYear(year);
        for (Band band : bands) {
            if (band.contains(year)) {
                return band.rate();
            }
        }
        throw new IllegalStateException("No band holds year " + year);
    }

    /** The discount factor of year {@code year} (0 or more), to {@link #PRECISION}. */
    public BigDecimal factor(int year) {
        requireYear(year);
        BigDecimal[] table = exact;
        return year < table.length ? table[year] : extendTo(year).exact[year];
    }

    /** The discount factor of year {@code year} as a double: the nearest double to {@link #factor}. */
    public double factorAsDouble(int year) {
        requireYear(year);
        double[] table = approximate;
        return year < table.length ? table[year] : extendTo(year).approximate[year];
    }

    /** The discount factors of years 0 to {@code years - 1}, to {@link #PRECISION}. */
    public List<BigDecimal> factors(int years) {
        if (years <= 0) {
            return List.of();
        }
        factor(years - 1);
        return List.of(Arrays.copyOf(exact, years));
    }

    /** Makes the tables reach year {@code year} at least, each step dividing by one plus the year's rate. */
    private synchronized DiscountSchedule extendTo(int year) {
        BigDecimal[] table = exact;
        if (year < table.length) {
            return this;
        }
        int size = Math.max(year + 1, Math.min(2 * table.length, table.length + 1_000));
        BigDecimal[] longer = Arrays.copyOf(table, size);
        double[] doubles = Arrays.copyOf(approximate, size);
        for (int t = table.length; t < size; t++) {
            longer[t] = longer[t - 1].divide(BigDecimal.ONE.add(rate(t)), PRECISION);
            doubles[t] = longer[t].doubleValue();
        }
        approximate = doubles;
        exact = longer;
        return this;
    }

    /**
     * The schedule in words, for pages and the API: "3.5% for years 1 to 30, 3.0% for years 31 to 75, … and 1.0%
     * from year 301" (year 0, the base year, is not discounted).
     */
    public String describe() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < bands.size(); i++) {
            Band band = bands.get(i);
            if (i > 0) {
                text.append(i == bands.size() - 1 ? " and " : ", ");
            }
            text.append(Numbers.percent(band.rate().doubleValue(), 1));
            int first = Math.max(1, band.firstYear());
            text.append(band.lastYear() == null ? " from year " + first
                    : " for years " + first + " to " + band.lastYear());
        }
        return text.toString();
    }

    private static void requireYear(int year) {
        if (year < 0) {
            throw new IllegalArgumentException("A year of an appraisal is 0 or more");
        }
    }
}
