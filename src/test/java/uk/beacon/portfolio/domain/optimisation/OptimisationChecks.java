package uk.beacon.portfolio.domain.optimisation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.beacon.portfolio.domain.appraisal.GreenBookOracle;

/**
 * An independent reading of the portfolio rules, for tests: the value of a plan and whether it keeps every rule,
 * computed from the problem's figures without the optimiser's code.
 */
final class OptimisationChecks {

    private OptimisationChecks() {
    }

    /** Green Book discount factor, from the tests' closed-form reading of the schedule. */
    static double discount(int year) {
        return GreenBookOracle.factorAsDouble(year);
    }

    static double valueOf(PortfolioProblem problem, Initiative initiative, int start) {
        double total = 0;
        switch (problem.objective()) {
            case NPSV -> {
                double[] costs = initiative.costsByYear();
                double[] benefits = initiative.benefitsByYear();
                for (int t = 0; t < benefits.length; t++) {
                    total += discount(start + t) * benefits[t];
                }
                for (int t = 0; t < costs.length; t++) {
                    total -= discount(start + t) * costs[t];
                }
            }
            case OFFICER_HOURS -> {
                double[] hours = initiative.officerHoursByYear();
                for (int t = 0; t < hours.length; t++) {
                    total += start + t < problem.horizonYears() ? hours[t] : 0;
                }
            }
            case HARM -> {
                double[] harm = initiative.harmReductionByYear();
                for (int t = 0; t < harm.length; t++) {
                    total += start + t < problem.horizonYears() ? harm[t] : 0;
                }
            }
        }
        return total;
    }

    static double valueOf(PortfolioProblem problem, int[] startYears) {
        double total = 0;
        for (int i = 0; i < startYears.length; i++) {
            if (startYears[i] >= 0) {
                total += valueOf(problem, problem.initiatives().get(i), startYears[i]);
            }
        }
        return total;
    }

    /** The first rule the plan breaks, or null when it keeps them all. */
    static String brokenRule(PortfolioProblem problem, int[] startYears) {
        List<Initiative> initiatives = problem.initiatives();
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < initiatives.size(); i++) {
            index.put(initiatives.get(i).id(), i);
        }
        int horizon = problem.horizonYears();
        double[] spend = new double[horizon];
        int[] running = new int[horizon];
        for (int i = 0; i < initiatives.size(); i++) {
            int s = startYears[i];
            if (s < 0) {
                continue;
            }
            Initiative initiative = initiatives.get(i);
            if (s < initiative.earliestStart() || s > initiative.latestStart()) {
                return initiative.id() + " starts outside its window";
            }
            double[] costs = initiative.costsByYear();
            if (s + costs.length > horizon) {
                return initiative.id() + " has costs after the horizon";
            }
            for (int t = 0; t < costs.length; t++) {
                spend[s + t] += costs[t];
            }
            for (int y = s; y < Math.min(horizon, s + initiative.durationYears()); y++) {
                running[y]++;
            }
            for (String needed : initiative.dependsOn()) {
                int a = index.get(needed);
                if (startYears[a] < 0 || startYears[a] > s) {
                    return initiative.id() + " runs without " + needed + " started by then";
                }
            }
            for (String other : initiative.excludes()) {
                if (startYears[index.get(other)] >= 0) {
                    return initiative.id() + " runs with " + other + ", which it excludes";
                }
            }
        }
        double[] budgets = problem.budgetByYear();
        for (int y = 0; y < horizon; y++) {
            if (spend[y] > budgets[y] + 1e-6) {
                return "year " + y + " spends " + spend[y] + " of a budget of " + budgets[y];
            }
            if (problem.maxConcurrent() > 0 && running[y] > problem.maxConcurrent()) {
                return "year " + y + " runs " + running[y] + " initiatives";
            }
        }
        return null;
    }
}
