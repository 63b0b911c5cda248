package uk.beacon.portfolio.domain.optimisation;

import java.util.List;

/**
 * An initiative the portfolio may fund. Every array is by year relative to the initiative's start: index 0 is
 * the year it starts. Money is in pounds of real prices (the pence are kept; finer fractions are rounded).
 *
 * @param id unique within the problem
 * @param costsByYear what it costs in each year from its start; each of these years must fall within the
 *     plan's horizon, where a budget pays for it
 * @param benefitsByYear its monetised benefits in each year from its start, counted in full however far they run
 * @param officerHoursByYear officer hours it releases in each year from its start (empty: none claimed)
 * @param harmReductionByYear harm it reduces in each year from its start (empty: none claimed)
 * @param earliestStart the first year (0 = the horizon's first) it may start
 * @param latestStart the last year it may start
 * @param durationYears how many years, from its start, it occupies the change team (for the concurrency limit)
 * @param dependsOn ids of the initiatives it needs: each is selected too and starts no later than this one
 * @param excludes ids of the initiatives it cannot be selected with
 */
public record Initiative(String id, double[] costsByYear, double[] benefitsByYear, double[] officerHoursByYear,
        double[] harmReductionByYear, int earliestStart, int latestStart, int durationYears, List<String> dependsOn,
        List<String> excludes) {

    public Initiative {
        if (id == null) {
            throw new IllegalArgumentException("An initiative needs an id");
        }
        costsByYear = copy(costsByYear);
        benefitsByYear = copy(benefitsByYear);
        officerHoursByYear = copy(officerHoursByYear);
        harmReductionByYear = copy(harmReductionByYear);
        if (earliestStart < 0 || latestStart < earliestStart) {
            throw new IllegalArgumentException("Initiative " + id + " has no start year between "
                    + earliestStart + " and " + latestStart);
        }
        if (durationYears < 1) {
            throw new IllegalArgumentException("Initiative " + id + " must run for at least a year");
        }
        dependsOn = dependsOn == null ? List.of() : List.copyOf(dependsOn);
        excludes = excludes == null ? List.of() : List.copyOf(excludes);
    }

    /** An initiative with money only: no hours or harm claimed, running for as many years as it has costs. */
    public static Initiative of(String id, double[] costsByYear, double[] benefitsByYear, int earliestStart,
            int latestStart, List<String> dependsOn, List<String> excludes) {
        return new Initiative(id, costsByYear, benefitsByYear, null, null, earliestStart, latestStart,
                Math.max(1, costsByYear == null ? 0 : costsByYear.length), dependsOn, excludes);
    }

    /** The cost in year {@code t} from its start (0 beyond its costs). */
    public double costAt(int t) {
        return t >= 0 && t < costsByYear.length ? costsByYear[t] : 0;
    }

    private static double[] copy(double[] values) {
        return values == null ? new double[0] : values.clone();
    }

    @Override
    public double[] costsByYear() {
        return costsByYear.clone();
    }

    @Override
    public double[] benefitsByYear() {
        return benefitsByYear.clone();
    }

    @Override
    public double[] officerHoursByYear() {
        return officerHoursByYear.clone();
    }

    @Override
    public double[] harmReductionByYear() {
        return harmReductionByYear.clone();
    }
}
