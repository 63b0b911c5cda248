package uk.beacon.portfolio.service;

import java.util.List;

/**
 * A portfolio to choose, as {@code POST /api/v1/portfolio/optimisations} takes it. Years are counted from 0, the
 * first year of the horizon; an initiative's arrays run from its own start. Money is in pounds of real prices.
 *
 * @param horizonYears how many years the plan covers, 1 to 30
 * @param budgetByYear the budget of each of those years
 * @param maxConcurrent the most initiatives running in any one year (null: no limit)
 * @param objective what to maximise: {@code npsv} (default), {@code officerHours} or {@code harm}
 * @param initiatives the initiatives to choose from
 */
public record OptimisationRequest(Integer horizonYears, List<Double> budgetByYear, Integer maxConcurrent,
        String objective, List<Initiative> initiatives) {

    /**
     * An initiative to choose or not, and when to start.
     *
     * @param id unique within the request
     * @param costsByYear its costs in each year from its start; all must fall within the horizon
     * @param benefitsByYear its monetised benefits in each year from its start (may run past the horizon)
     * @param earliestStart the first year it may start (null: 0)
     * @param latestStart the last year it may start (null: the last year in which its costs still fit)
     * @param durationYears how many years it keeps the change team busy (null: as many as it has costs, at least 1)
     * @param dependsOn ids of initiatives it needs: funded too, and started no later than this one
     * @param excludes ids of initiatives it cannot be funded with
     * @param officerHoursByYear officer hours released each year from its start (optional)
     * @param harmReductionByYear harm reduced each year from its start (optional)
     */
    public record Initiative(String id, List<Double> costsByYear, List<Double> benefitsByYear, Integer earliestStart,
            Integer latestStart, Integer durationYears, List<String> dependsOn, List<String> excludes,
            List<Double> officerHoursByYear, List<Double> harmReductionByYear) {
    }
}
