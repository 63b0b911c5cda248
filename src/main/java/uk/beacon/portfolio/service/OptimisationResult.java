package uk.beacon.portfolio.service;

import java.util.List;

/**
 * A chosen portfolio: the result of a portfolio-optimisation job. {@code objectiveValue}, {@code optimal},
 * {@code gap}, {@code selected}, {@code spendByYear} and {@code marginalValueByYear} are the API's contract.
 *
 * @param objective what was maximised: npsv, officerHours or harm
 * @param objectiveValue its total over the selected initiatives (pounds of NPSV, hours, or harm units)
 * @param optimal whether the solver proved no portfolio keeping the rules does better
 * @param gap (proven bound - value) / max(1, |value|), with the value in pence (or hundredths of an hour or a harm
 *     unit); 0 when optimal
 * @param selected the initiatives funded and the year each starts, by start year
 * @param spendByYear what the selected initiatives cost in each year of the horizon
 * @param budgetByYear the budgets they were chosen within
 * @param marginalValueByYear for each year, the objective gained per extra pound in that year's budget, measured by
 *     re-solving with that year's budget raised by {@code marginalStep} pounds
 * @param marginalStep the pounds added to one year's budget for each re-solve
 * @param marginalValuesExact whether the first solve and every re-solve were proven optimal
 * @param seconds how long the first solve took
 */
public record OptimisationResult(String objective, double objectiveValue, boolean optimal, double gap,
        List<Selected> selected, double[] spendByYear, double[] budgetByYear, double[] marginalValueByYear,
        double marginalStep, boolean marginalValuesExact, double seconds) {

    /** An initiative funded, starting in {@code startYear} (0 is the horizon's first year). */
    public record Selected(String id, int startYear) {
    }
}
