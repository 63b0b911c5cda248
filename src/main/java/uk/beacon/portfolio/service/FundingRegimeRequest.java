package uk.beacon.portfolio.service;

import java.util.List;

/**
 * A funding-regimes comparison as asked: budgets by financial year (year 0 first), the portfolio in priority order,
 * how many runs and the seed, the confirmation-month distribution and the rules. Years count from 0; months are
 * months of the financial year, 1 (April) to 12 (March).
 *
 * @param shortfallRule {@code descope} or {@code delay}
 * @param appraisalYears the years over which costs and benefits are counted and discounted (default the larger of
 *     10 and the budget years)
 */
public record FundingRegimeRequest(List<Double> budgetByYear, Integer runs, Long seed, Integer appraisalYears,
        String shortfallRule, Confirmation confirmation, List<Initiative> initiatives) {

    /**
     * The month in which each year's budget is confirmed under in-year funding: {@code triangular} with
     * {@code min}, {@code mode} and {@code max} months, or {@code discrete} with a weight for each of the 12 months.
     * Left out: Beacon's assumption, triangular from 1 to 9 with mode 4.
     */
    public record Confirmation(String distribution, Integer min, Integer mode, Integer max, List<Double> weights) {
    }

    /**
     * One initiative: its planned start (year and month), its duration in months, and its costs either by year of its
     * work ({@code costsByYear}, spread evenly over that year's months) or month by month ({@code costsByMonth},
     * one per month of its duration); its benefits by year of operation after go-live.
     */
    public record Initiative(String id, Integer startYear, Integer startMonth, Integer durationMonths,
            List<Double> costsByYear, List<Double> costsByMonth, List<Double> benefitsByYear) {
    }
}
