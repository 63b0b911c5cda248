package uk.beacon.capacity.domain.simulation;

import java.util.random.RandomGenerator;

/**
 * Draws service times in minutes. Immutable and shared by replications; each replication brings its
 * own random generator, so draws never depend on another replication.
 */
public final class ServiceTimes {

    private final ServiceDistribution distribution;
    private final double mean;
    private final double mu;
    private final double sigma;
    private final double[] samples;

    private ServiceTimes(ServiceDistribution distribution, double mean, double mu, double sigma, double[] samples) {
        this.distribution = distribution;
        this.mean = mean;
        this.mu = mu;
        this.sigma = sigma;
        this.samples = samples;
    }

    public static ServiceTimes exponential(double meanMinutes) {
        requirePositive(meanMinutes, "mean");
        return new ServiceTimes(ServiceDistribution.EXPONENTIAL, meanMinutes, 0, 0, null);
    }

    /**
     * A lognormal with the given mean and coefficient of variation (standard deviation / mean): the
     * underlying normal has variance ln(1 + cv²) and mean ln(mean) - variance / 2, which gives exactly
     * the requested mean and spread.
     */
    public static ServiceTimes lognormal(double meanMinutes, double coefficientOfVariation) {
        requirePositive(meanMinutes, "mean");
        requirePositive(coefficientOfVariation, "coefficient of variation");
        double variance = Math.log1p(coefficientOfVariation * coefficientOfVariation);
        return new ServiceTimes(ServiceDistribution.LOGNORMAL, meanMinutes, Math.log(meanMinutes) - variance / 2,
                Math.sqrt(variance), null);
    }

    /** Each of the observed times is drawn with equal chance. */
    public static ServiceTimes empirical(double[] samplesMinutes) {
        if (samplesMinutes.length == 0) {
            throw new IllegalArgumentException("An empirical distribution needs at least one sample");
        }
        double sum = 0;
        for (double sample : samplesMinutes) {
            if (!(sample >= 0) || Double.isInfinite(sample)) {
                throw new IllegalArgumentException("Service time samples must be finite and not negative");
            }
            sum += sample;
        }
        if (sum <= 0) {
            throw new IllegalArgumentException("At least one service time sample must be above zero");
        }
        return new ServiceTimes(ServiceDistribution.EMPIRICAL, sum / samplesMinutes.length, 0, 0,
                samplesMinutes.clone());
    }

    private static void requirePositive(double value, String what) {
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException("The " + what + " must be a finite number above zero");
        }
    }

    public ServiceDistribution distribution() {
        return distribution;
    }

    /** The mean service time in minutes. */
    public double mean() {
        return mean;
    }

    public double sample(RandomGenerator random) {
        return switch (distribution) {
            case EXPONENTIAL -> mean * random.nextExponential();
            case LOGNORMAL -> Math.exp(mu + sigma * random.nextGaussian());
            case EMPIRICAL -> samples[random.nextInt(samples.length)];
        };
    }
}
