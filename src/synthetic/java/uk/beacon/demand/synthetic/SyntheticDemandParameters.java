package uk.beacon.demand.synthetic;

import java.time.YearMonth;
import java.util.Objects;

/**
 * What to generate. Volume comes from the first of these that is given: {@code incidents} (an exact
 * count), {@code population}, {@code officers}, or the force's residents in the shipped reference
 * figures. Start from {@link #defaults()} and change what you need with the {@code with...} methods.
 *
 * @param forceId        the force, as data.police.uk names it ({@code metropolitan}, {@code kent}, ...)
 * @param population     residents to size volume by, or null
 * @param officers       police officers (FTE) to size volume by when no population is known, or null
 * @param incidents      exactly how many incidents to write, or null to size by population
 * @param firstMonth     the first month (UTC) of the period
 * @param months         how many months the period lasts
 * @param seed           the seed: the same seed and parameters give byte-identical output
 * @param format         the file format
 * @param emergencyShare the share of incidents graded priority 1 (emergency)
 * @param boundingBox    where incidents are placed, or null for the force's known extent
 * @param threads        how many threads render rows (the output does not depend on it)
 * @param columns        whether every canonical column is filled, or only those an export must have
 */
public record SyntheticDemandParameters(String forceId, Long population, Double officers, Long incidents,
        YearMonth firstMonth, int months, long seed, OutputFormat format, double emergencyShare,
        BoundingBox boundingBox, int threads, Columns columns) {

    /** Which canonical columns the generated incidents fill. */
    public enum Columns {
        /** Every column: times of arrival and clearance, units, officer-minutes, place and outcome. */
        ALL,
        /**
         * Only what the canonical format requires of every row: id, created time, month, type and
         * priority, the rest left empty, as in the leanest exports (and, at about 75 bytes a row, the
         * size of file issue 3's import benchmark supposes).
         */
        REQUIRED
    }

    /** The Metropolitan Police Service: Beacon's largest demonstration force. */
    public static final String DEFAULT_FORCE = "metropolitan";
    public static final YearMonth DEFAULT_FIRST_MONTH = YearMonth.of(2025, 1);
    public static final int DEFAULT_MONTHS = 12;
    public static final long DEFAULT_SEED = 42;
    /** An assumption within the 10-15% range we expect; no national figure is published. */
    public static final double DEFAULT_EMERGENCY_SHARE = 0.12;

    public SyntheticDemandParameters {
        Objects.requireNonNull(forceId, "forceId");
        Objects.requireNonNull(firstMonth, "firstMonth");
        Objects.requireNonNull(format, "format");
        if (!forceId.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            throw new IllegalArgumentException("'" + forceId + "' is not a force id such as metropolitan or kent");
        }
        if (population != null && population <= 0) {
            throw new IllegalArgumentException("the population must be positive, not " + population);
        }
        if (officers != null && !(officers > 0)) {
            throw new IllegalArgumentException("the officer count must be positive, not " + officers);
        }
        if (incidents != null && incidents < 0) {
            throw new IllegalArgumentException("the incident count cannot be negative: " + incidents);
        }
        if (firstMonth.getYear() < 1900 || firstMonth.getYear() > 2999) {
            throw new IllegalArgumentException("the period starts between 1900 and 2999, not " + firstMonth);
        }
        if (months < 1 || months > 1200) {
            throw new IllegalArgumentException("the period is 1 to 1200 months, not " + months);
        }
        if (!(emergencyShare >= 0 && emergencyShare <= 0.9)) {
            throw new IllegalArgumentException("the emergency share is between 0 and 0.9, not " + emergencyShare);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("at least one thread is needed, not " + threads);
        }
        Objects.requireNonNull(columns, "columns");
    }

    /** The Metropolitan Police Service, January to December 2025, seed 42, CSV, sized by population. */
    public static SyntheticDemandParameters defaults() {
        return new SyntheticDemandParameters(DEFAULT_FORCE, null, null, null, DEFAULT_FIRST_MONTH, DEFAULT_MONTHS,
                DEFAULT_SEED, OutputFormat.CSV, DEFAULT_EMERGENCY_SHARE, null,
                Math.max(1, Runtime.getRuntime().availableProcessors()), Columns.ALL);
    }

    public SyntheticDemandParameters withForce(String newForceId) {
        return new SyntheticDemandParameters(newForceId, population, officers, incidents, firstMonth, months, seed,
                format, emergencyShare, boundingBox, threads, columns);
    }

    public SyntheticDemandParameters withPopulation(Long newPopulation) {
        return new SyntheticDemandParameters(forceId, newPopulation, officers, incidents, firstMonth, months, seed,
                format, emergencyShare, boundingBox, threads, columns);
    }

    public SyntheticDemandParameters withOfficers(Double newOfficers) {
        return new SyntheticDemandParameters(forceId, population, newOfficers, incidents, firstMonth, months, seed,
                format, emergencyShare, boundingBox, threads, columns);
    }

    public SyntheticDemandParameters withIncidents(Long newIncidents) {
        return new SyntheticDemandParameters(forceId, population, officers, newIncidents, firstMonth, months, seed,
                format, emergencyShare, boundingBox, threads, columns);
    }

    public SyntheticDemandParameters withPeriod(YearMonth newFirstMonth, int newMonths) {
        return new SyntheticDemandParameters(forceId, population, officers, incidents, newFirstMonth, newMonths, seed,
                format, emergencyShare, boundingBox, threads, columns);
    }

    public SyntheticDemandParameters withSeed(long newSeed) {
        return new SyntheticDemandParameters(forceId, population, officers, incidents, firstMonth, months, newSeed,
                format, emergencyShare, boundingBox, threads, columns);
    }

    public SyntheticDemandParameters withFormat(OutputFormat newFormat) {
        return new SyntheticDemandParameters(forceId, population, officers, incidents, firstMonth, months, seed,
                newFormat, emergencyShare, boundingBox, threads, columns);
    }

    public SyntheticDemandParameters withEmergencyShare(double newEmergencyShare) {
        return new SyntheticDemandParameters(forceId, population, officers, incidents, firstMonth, months, seed,
                format, newEmergencyShare, boundingBox, threads, columns);
    }

    public SyntheticDemandParameters withBoundingBox(BoundingBox newBoundingBox) {
        return new SyntheticDemandParameters(forceId, population, officers, incidents, firstMonth, months, seed,
                format, emergencyShare, newBoundingBox, threads, columns);
    }

    public SyntheticDemandParameters withThreads(int newThreads) {
        return new SyntheticDemandParameters(forceId, population, officers, incidents, firstMonth, months, seed,
                format, emergencyShare, boundingBox, newThreads, columns);
    }

    public SyntheticDemandParameters withColumns(Columns newColumns) {
        return new SyntheticDemandParameters(forceId, population, officers, incidents, firstMonth, months, seed,
                format, emergencyShare, boundingBox, threads, newColumns);
    }

    /** The month after the period's last. */
    public YearMonth endMonthExclusive() {
        return firstMonth.plusMonths(months);
    }
}
