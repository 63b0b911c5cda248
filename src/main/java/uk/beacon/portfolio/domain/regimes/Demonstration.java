package uk.beacon.portfolio.domain.regimes;

import java.util.List;

/**
 * The demonstration portfolio of the funding-regimes page: eight illustrative police transformation initiatives over
 * five financial years, four of them running across a year end, with each year's budget just covering the plan.
 * The figures are invented for illustration (a Beacon example, not any force's data).
 */
public final class Demonstration {

    public static final int YEARS = 5;
    public static final int APPRAISAL_YEARS = 10;

    private Demonstration() {
    }

    public static List<RegimeInitiative> initiatives() {
        return List.of(
                RegimeInitiative.yearly("Online crime reporting", 0, 1, 18, new double[] {600_000, 300_000},
                        repeat(450_000, 6)),
                RegimeInitiative.yearly("Mobile data for response officers", 0, 4, 9, new double[] {800_000},
                        repeat(500_000, 6)),
                RegimeInitiative.yearly("Records management replacement", 0, 7, 24,
                        new double[] {1_200_000, 1_500_000}, repeat(900_000, 6)),
                RegimeInitiative.yearly("Automated redaction of case files", 1, 3, 6, new double[] {250_000},
                        repeat(200_000, 6)),
                RegimeInitiative.yearly("Body-worn video upgrade", 1, 9, 8, new double[] {500_000},
                        repeat(250_000, 5)),
                RegimeInitiative.yearly("Control room triage", 2, 1, 12, new double[] {700_000}, repeat(450_000, 6)),
                RegimeInitiative.yearly("Digital evidence management", 2, 10, 15, new double[] {650_000, 350_000},
                        repeat(400_000, 6)),
                RegimeInitiative.yearly("Workforce scheduling", 4, 2, 6, new double[] {300_000}, repeat(220_000, 6)));
    }

    /**
     * Whether a portfolio holds any of the demonstration's initiatives unchanged (same name, start, costs and
     * benefits): figures worked out from it are then drawn from invented data.
     */
    public static boolean usedIn(List<RegimeInitiative> portfolio) {
        List<RegimeInitiative> invented = initiatives();
        return portfolio.stream().anyMatch(invented::contains);
    }

    /** Each year's budget: the plan's spend that year, rounded up to the next £10,000. */
    public static double[] budgets() {
        double[] spend = plannedSpendByYear(initiatives(), YEARS);
        for (int y = 0; y < spend.length; y++) {
            spend[y] = Math.max(0, Math.ceil(spend[y] / 10_000 - 1e-9) * 10_000) + 0.0;
        }
        return spend;
    }

    /** What the plan spends in each year: each initiative's months of work at its planned months. */
    public static double[] plannedSpendByYear(List<RegimeInitiative> initiatives, int years) {
        double[] spend = new double[years];
        for (RegimeInitiative initiative : initiatives) {
            double[] costs = initiative.monthlyCosts();
            for (int k = 0; k < costs.length; k++) {
                int year = (initiative.plannedStart() + k) / 12;
                if (year < years) {
                    spend[year] += costs[k];
                }
            }
        }
        return spend;
    }

    private static double[] repeat(double value, int years) {
        double[] values = new double[years];
        java.util.Arrays.fill(values, value);
        return values;
    }
}
