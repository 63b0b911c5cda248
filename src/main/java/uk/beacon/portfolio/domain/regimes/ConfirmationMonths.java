package uk.beacon.portfolio.domain.regimes;

import java.util.SplittableRandom;

/**
 * The month (1 to 12 of the financial year, 1 = April) in which a year's budget is confirmed under in-year funding,
 * as a discrete distribution: the probability of each month.
 *
 * <p>{@link #BEACON_DEFAULT} is a <strong>Beacon assumption</strong>, not a published figure: a triangular
 * distribution from month 1 (April) to month 9 (December), most likely month 4 (July). It stands for in-year grants
 * for transformation (for example ring-fenced or special grants) that are confirmed a quarter or more into the
 * financial year; the core police grant settlement itself is normally known before April. A force should replace it
 * with the dates of its own past grant letters.
 */
public final class ConfirmationMonths {

    /** Beacon assumption: triangular over months 1 to 9, mode 4 (see the class comment). */
    public static final ConfirmationMonths BEACON_DEFAULT = triangular(1, 4, 9);

    private final double[] probabilities;
    private final double[] cumulative;

    private ConfirmationMonths(double[] weights) {
        if (weights.length != 12) {
            throw new IllegalArgumentException("There are 12 months");
        }
        double total = 0;
        for (double weight : weights) {
            if (!Double.isFinite(weight) || weight < 0) {
                throw new IllegalArgumentException("A month's weight is a number of 0 or more");
            }
            total += weight;
        }
        if (total <= 0) {
            throw new IllegalArgumentException("At least one month must have a weight above 0");
        }
        probabilities = new double[12];
        cumulative = new double[12];
        double running = 0;
        for (int m = 0; m < 12; m++) {
            probabilities[m] = weights[m] / total;
            running += probabilities[m];
            cumulative[m] = running;
        }
        cumulative[11] = 1.0;
    }

    /** A discrete (empirical) distribution: the weight of each month 1 to 12, scaled to add up to 1. */
    public static ConfirmationMonths discrete(double[] weights) {
        return new ConfirmationMonths(weights.clone());
    }

    /** Certain confirmation in one month. */
    public static ConfirmationMonths certain(int month) {
        double[] weights = new double[12];
        weights[month - 1] = 1;
        return new ConfirmationMonths(weights);
    }

    /**
     * A triangular distribution from month {@code min} to {@code max} with its mode at {@code mode}, made discrete:
     * each month takes the probability of the continuous triangle over [month − ½, month + ½] on the support
     * [min − ½, max + ½].
     */
    public static ConfirmationMonths triangular(int min, int mode, int max) {
        if (min < 1 || max > 12 || mode < min || mode > max) {
            throw new IllegalArgumentException("Months from 1 to 12 with min ≤ mode ≤ max");
        }
        double a = min - 0.5;
        double b = max + 0.5;
        double c = mode;
        double[] weights = new double[12];
        for (int m = min; m <= max; m++) {
            weights[m - 1] = triangularCdf(m + 0.5, a, c, b) - triangularCdf(m - 0.5, a, c, b);
        }
        return new ConfirmationMonths(weights);
    }

    private static double triangularCdf(double x, double a, double c, double b) {
        if (x <= a) {
            return 0;
        }
        if (x >= b) {
            return 1;
        }
        if (x <= c) {
            return (x - a) * (x - a) / ((b - a) * (c - a));
        }
        return 1 - (b - x) * (b - x) / ((b - a) * (b - c));
    }

    /** The probability of each month 1 to 12 (index 0 is month 1). */
    public double[] probabilities() {
        return probabilities.clone();
    }

    /** The probability of a month, 1 to 12. */
    public double probability(int month) {
        return probabilities[month - 1];
    }

    /** The expected month of confirmation. */
    public double mean() {
        double mean = 0;
        for (int m = 0; m < 12; m++) {
            mean += (m + 1) * probabilities[m];
        }
        return mean;
    }

    /** A month 1 to 12 drawn from the distribution. */
    public int draw(SplittableRandom random) {
        double u = random.nextDouble();
        for (int m = 0; m < 12; m++) {
            if (u < cumulative[m] && probabilities[m] > 0) {
                return m + 1;
            }
        }
        for (int m = 11; m >= 0; m--) {
            if (probabilities[m] > 0) {
                return m + 1;
            }
        }
        throw new IllegalStateException("No month has a probability");
    }
}
