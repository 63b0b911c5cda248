package uk.beacon.portfolio.domain.appraisal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;

/**
 * The real discount rate by year of an appraisal, and the discount factors it gives.
 *
 * <p>{@link #GREEN_BOOK} is HM Treasury's social time preference rate (STPR) schedule for the long
 * term: The Green Book (2022), Table 8 and annex A6 (discounting): 3.5% for years 0 to 30, 3.0% for
 * 31 to 75, 2.5% for 76 to 125, 2.0% for 126 to 200, 1.5% for 201 to 300 and 1.0% from 301 on.
 *
 * <p>Convention: year 0 is the base year and is not discounted (factor 1). The rate of year {@code i}
 * discounts the step from year {@code i} to year {@code i + 1}, so the factor for year {@code t} is the
 * product of {@code 1 / (1 + r_i)} over the years {@code i = 0 .. t - 1} before it. The 31 years 0 to 30
 * each take a 3.5% step: the factor for year 31 is {@code 1.035^-31}, and the first 3.0% step is the one
 * into year 32 ({@code 1.035^-31 / 1.03}). The steps of the later bands follow the same rule.
 *
 * <p>Factors are kept to 34 significant digits ({@link MathContext#DECIMAL128}), so that money rounded
 * to the penny is not disturbed by the arithmetic.
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

    /** The real rate of year {@code year} (0 or more), as a share such as 0.035. */
    public BigDecimal rate(int year) {
        if (year < 0) {
            throw new IllegalArgumentException("A year of an appraisal is 0 or more");
        }
        for (Band band : bands) {
            if (band.contains(year)) {
                return band.rate();
            }
        }
        throw new IllegalStateException("No band holds year " + year);
    }

    /** The discount factors of years 0 to {@code years - 1}, to {@link #PRECISION}. */
    public List<BigDecimal> factors(int years) {
        List<BigDecimal> factors = new ArrayList<>(years);
        BigDecimal factor = BigDecimal.ONE;
        for (int year = 0; year < years; year++) {
            factors.add(factor);
            factor = factor.divide(BigDecimal.ONE.add(rate(year)), PRECISION);
        }
        return factors;
    }
}
