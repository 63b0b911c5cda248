package uk.beacon.portfolio.domain.appraisal;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * The Green Book (2022, Table 8) discount factor of year {@code t}, written for the tests in closed form, band by
 * band, without stepping year to year as the product code does: each year's flows are discounted at the rate of
 * the band that holds the year, so
 * {@code D(t) = 1.035^-a · 1.03^-b · 1.025^-c · 1.02^-d · 1.015^-e · 1.01^-f}, where {@code a} is how many of the
 * years 1 to 30 are at most {@code t}, {@code b} how many of 31 to 75, {@code c} of 76 to 125, {@code d} of 126 to
 * 200, {@code e} of 201 to 300 and {@code f} of 301 on. Year 0 is not discounted.
 */
public final class GreenBookOracle {

    private static final MathContext SIXTY = new MathContext(60);

    private GreenBookOracle() {
    }

    /** The factor of year {@code t} to 60 significant digits. */
    public static BigDecimal factor(int t) {
        BigDecimal denominator = power("1.035", yearsUpTo(t, 1, 30))
                .multiply(power("1.03", yearsUpTo(t, 31, 75)), SIXTY)
                .multiply(power("1.025", yearsUpTo(t, 76, 125)), SIXTY)
                .multiply(power("1.02", yearsUpTo(t, 126, 200)), SIXTY)
                .multiply(power("1.015", yearsUpTo(t, 201, 300)), SIXTY)
                .multiply(power("1.01", yearsUpTo(t, 301, Integer.MAX_VALUE)), SIXTY);
        return BigDecimal.ONE.divide(denominator, SIXTY);
    }

    /** The same factor in doubles, with {@link Math#pow}. */
    public static double factorAsDouble(int t) {
        return Math.pow(1.035, -yearsUpTo(t, 1, 30)) * Math.pow(1.03, -yearsUpTo(t, 31, 75))
                * Math.pow(1.025, -yearsUpTo(t, 76, 125)) * Math.pow(1.02, -yearsUpTo(t, 126, 200))
                * Math.pow(1.015, -yearsUpTo(t, 201, 300)) * Math.pow(1.01, -yearsUpTo(t, 301, Integer.MAX_VALUE));
    }

    /** How many of the years {@code first} to {@code last} are at most {@code t}. */
    private static int yearsUpTo(int t, int first, int last) {
        return Math.max(0, Math.min(t, last) - first + 1);
    }

    private static BigDecimal power(String base, int exponent) {
        return new BigDecimal(base).pow(exponent, SIXTY);
    }
}
