package uk.beacon.demand.synthetic;

/**
 * A log-normal distribution of durations in minutes, sampled from a quantile table so that each
 * draw costs one uniform number and no logarithms (the table is built once with StrictMath, so draws
 * are the same on every machine). The extreme 0.025% at each end is clipped, which keeps a single
 * freak value from dominating a benchmark.
 */
final class LogNormal {

    private static final int POINTS = 2048;
    private static final double[] STANDARD_NORMAL_QUANTILES = standardNormalQuantiles();

    private final double median;
    private final double sigma;
    private final double[] quantiles = new double[POINTS];

    LogNormal(double median, double sigma) {
        if (!(median > 0) || !(sigma >= 0)) {
            throw new IllegalArgumentException("median " + median + ", sigma " + sigma);
        }
        this.median = median;
        this.sigma = sigma;
        for (int i = 0; i < POINTS; i++) {
            quantiles[i] = median * StrictMath.exp(sigma * STANDARD_NORMAL_QUANTILES[i]);
        }
    }

    /**
     * The distribution with the given median whose value stays within {@code limit} with probability
     * {@code share}: the form service standards are published in ("87% attended within 15 minutes").
     */
    static LogNormal withShareWithin(double median, double limit, double share) {
        return new LogNormal(median, StrictMath.log(limit / median) / standardNormalQuantile(share));
    }

    /** A draw, in minutes, for a uniform number in [0, 1). */
    double sample(double uniform) {
        double position = uniform * POINTS - 0.5;
        if (position <= 0) {
            return quantiles[0];
        }
        int below = (int) position;
        if (below >= POINTS - 1) {
            return quantiles[POINTS - 1];
        }
        double fraction = position - below;
        return quantiles[below] + (quantiles[below + 1] - quantiles[below]) * fraction;
    }

    double median() {
        return median;
    }

    double sigma() {
        return sigma;
    }

    /** The standard normal quantile of a probability, from the same table (accurate to about 1e-6). */
    static double standardNormalQuantile(double probability) {
        return Cdf.INSTANCE.quantile(probability);
    }

    private static double[] standardNormalQuantiles() {
        double[] result = new double[POINTS];
        for (int i = 0; i < POINTS; i++) {
            result[i] = Cdf.INSTANCE.quantile((i + 0.5) / POINTS);
        }
        return result;
    }

    /** The standard normal distribution function, tabulated by integrating its density. */
    private static final class Cdf {
        static final Cdf INSTANCE = new Cdf();
        private static final double LOW = -8;
        private static final int STEPS = 1 << 16;
        private static final double STEP = 16.0 / STEPS;

        private final double[] cumulative = new double[STEPS + 1];

        private Cdf() {
            double norm = 1 / StrictMath.sqrt(2 * Math.PI);
            double previousDensity = norm * StrictMath.exp(-LOW * LOW / 2);
            for (int i = 1; i <= STEPS; i++) {
                double x = LOW + i * STEP;
                double midpoint = x - STEP / 2;
                double density = norm * StrictMath.exp(-x * x / 2);
                double middle = norm * StrictMath.exp(-midpoint * midpoint / 2);
                // Simpson's rule over each step: exact enough that the table's error is below 1e-12.
                cumulative[i] = cumulative[i - 1] + STEP / 6 * (previousDensity + 4 * middle + density);
                previousDensity = density;
            }
        }

        double quantile(double probability) {
            if (!(probability > 0 && probability < 1)) {
                throw new IllegalArgumentException("probability " + probability);
            }
            int low = 0;
            int high = STEPS;
            while (high - low > 1) {
                int middle = (low + high) >>> 1;
                if (cumulative[middle] < probability) {
                    low = middle;
                } else {
                    high = middle;
                }
            }
            double fraction = (probability - cumulative[low]) / (cumulative[high] - cumulative[low]);
            return LOW + (low + fraction) * STEP;
        }
    }
}
