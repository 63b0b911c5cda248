package uk.beacon.capacity.domain.simulation;

import java.util.Arrays;
import java.util.Optional;

/** The shape of the time a unit spends on one incident (time on task, travel excluded). */
public enum ServiceDistribution {
    /** Memoryless: the textbook M/M/c case that Erlang C describes exactly. */
    EXPONENTIAL("exponential"),
    /** Skewed to the right like real times on task; given by its mean and coefficient of variation. */
    LOGNORMAL("lognormal"),
    /** Drawn with equal chance from a list of observed times. */
    EMPIRICAL("empirical");

    private final String code;

    ServiceDistribution(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<ServiceDistribution> fromCode(String code) {
        return Arrays.stream(values()).filter(value -> value.code.equals(code)).findFirst();
    }
}
