package uk.beacon.portfolio.domain.optimisation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which initiatives to fund and when each starts, over {@code horizonYears} years (0 is the first), within
 * each year's budget and at most {@code maxConcurrent} initiatives running in any year.
 *
 * @param maxConcurrent the most initiatives running in any one year; 0 for no limit
 */
public record PortfolioProblem(int horizonYears, double[] budgetByYear, int maxConcurrent, Objective objective,
        List<Initiative> initiatives) {

    public PortfolioProblem {
        if (horizonYears < 1 || budgetByYear == null || budgetByYear.length != horizonYears) {
            throw new IllegalArgumentException("A budget is needed for each of the " + horizonYears + " years");
        }
        budgetByYear = budgetByYear.clone();
        if (maxConcurrent < 0) {
            throw new IllegalArgumentException("maxConcurrent cannot be negative");
        }
        objective = objective == null ? Objective.NPSV : objective;
        initiatives = List.copyOf(initiatives);
        Map<String, Integer> seen = new HashMap<>();
        for (Initiative initiative : initiatives) {
            if (seen.put(initiative.id(), seen.size()) != null) {
                throw new IllegalArgumentException("Two initiatives have the id " + initiative.id());
            }
        }
        for (Initiative initiative : initiatives) {
            for (String other : initiative.dependsOn()) {
                if (!seen.containsKey(other)) {
                    throw new IllegalArgumentException(initiative.id() + " depends on unknown " + other);
                }
            }
            for (String other : initiative.excludes()) {
                if (!seen.containsKey(other)) {
                    throw new IllegalArgumentException(initiative.id() + " excludes unknown " + other);
                }
            }
        }
    }

    @Override
    public double[] budgetByYear() {
        return budgetByYear.clone();
    }

    /** The same problem with one year's budget raised by {@code extra}. */
    public PortfolioProblem withMoreBudget(int year, double extra) {
        double[] budgets = budgetByYear.clone();
        budgets[year] += extra;
        return new PortfolioProblem(horizonYears, budgets, maxConcurrent, objective, initiatives);
    }
}
