package uk.beacon.capacity.domain.simulation;

/**
 * The two-sided 95% critical value of Student's t distribution, for confidence intervals over
 * replications.
 *
 * <p>Source: the table of upper critical values of the t distribution (column 0.025) in the
 * NIST/SEMATECH e-Handbook of Statistical Methods, section 1.3.6.7.2,
 * https://www.itl.nist.gov/div898/handbook/eda/section3/eda3672.htm. Beyond 30 degrees of freedom the
 * Cornish-Fisher expansion about the normal quantile 1.959964 is used (Abramowitz and Stegun,
 * Handbook of Mathematical Functions, 26.7.5), which agrees with the table to three decimals there.
 */
public final class StudentT {

    /** t(0.975, df) for df = 1..30, from the NIST table. */
    private static final double[] TABLE = {
        12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228,
        2.201, 2.179, 2.160, 2.145, 2.131, 2.120, 2.110, 2.101, 2.093, 2.086,
        2.080, 2.074, 2.069, 2.064, 2.060, 2.056, 2.052, 2.048, 2.045, 2.042};

    private static final double Z = 1.959963984540054;

    private StudentT() {
    }

    public static double critical95(int degreesOfFreedom) {
        if (degreesOfFreedom < 1) {
            throw new IllegalArgumentException("At least one degree of freedom is needed");
        }
        if (degreesOfFreedom <= TABLE.length) {
            return TABLE[degreesOfFreedom - 1];
        }
        double n = degreesOfFreedom;
        double z3 = Z * Z * Z;
        double z5 = z3 * Z * Z;
        double z7 = z5 * Z * Z;
        return Z + (z3 + Z) / (4 * n) + (5 * z5 + 16 * z3 + 3 * Z) / (96 * n * n)
                + (3 * z7 + 19 * z5 + 17 * z3 - 15 * Z) / (384 * n * n * n);
    }
}
