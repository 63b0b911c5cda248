package uk.beacon.demand.synthetic;

import java.util.SplittableRandom;

/**
 * The few random draws the generator needs, made so that a seed gives the same numbers on every
 * machine and JDK: {@link SplittableRandom}'s integer stream, and {@link StrictMath} wherever a
 * transcendental function is needed.
 */
final class Randomness {

    private Randomness() {
    }

    /** A well-mixed seed for one independent stream (one batch of incidents, or the schedule). */
    static long streamSeed(long seed, long stream) {
        return mix(mix(seed) ^ (stream * 0x9E3779B97F4A7C15L + 0x632BE59BD9B4E019L));
    }

    // A 64-bit finaliser (xor-shift-multiply): neighbouring inputs give unrelated outputs.
    private static long mix(long value) {
        long z = value;
        z = (z ^ (z >>> 33)) * 0xFF51AFD7ED558CCDL;
        z = (z ^ (z >>> 33)) * 0xC4CEB9FE1A85EC53L;
        return z ^ (z >>> 33);
    }

    /** A standard normal draw (Box-Muller). */
    static double normal(SplittableRandom random) {
        double u1 = 1.0 - random.nextDouble(); // in (0, 1], so the logarithm is finite
        double u2 = random.nextDouble();
        return StrictMath.sqrt(-2.0 * StrictMath.log(u1)) * StrictMath.cos(2.0 * Math.PI * u2);
    }

    /**
     * How many of {@code trials} independent events with chance {@code p} happen: exact inversion
     * for small expected counts, the normal approximation above that (within a count or two of exact,
     * and far below the hour-to-hour variation real demand shows).
     */
    static long binomial(SplittableRandom random, long trials, double p) {
        if (trials <= 0 || p <= 0) {
            return 0;
        }
        if (p >= 1) {
            return trials;
        }
        double mean = trials * p;
        if (mean < 30) {
            double odds = p / (1 - p);
            double probability = StrictMath.exp(trials * StrictMath.log1p(-p));
            double cumulative = probability;
            double u = random.nextDouble();
            long count = 0;
            while (u > cumulative && count < trials) {
                probability *= (double) (trials - count) / (count + 1) * odds;
                count++;
                cumulative += probability;
                if (probability == 0) {
                    break;
                }
            }
            return count;
        }
        double draw = Math.rint(mean + StrictMath.sqrt(mean * (1 - p)) * normal(random));
        return (long) Math.max(0, Math.min(trials, draw));
    }
}
