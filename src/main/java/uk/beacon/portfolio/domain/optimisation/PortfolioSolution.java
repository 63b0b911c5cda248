package uk.beacon.portfolio.domain.optimisation;

/**
 * A chosen portfolio and what the solver could prove about it.
 *
 * @param objectiveValue the total of the objective over the selected initiatives, from the unrounded figures
 * @param optimal whether the solver proved that no portfolio keeping the rules does better
 * @param gap how far it may be from the best: (proven bound - value) / max(1, |value|) in the solver's units
 *     (pence, or hundredths of an hour or of a harm unit); 0 when optimal
 * @param bound the solver's proven bound: no portfolio keeping the rules is worth more (in the objective's units)
 * @param startYears the start year of each initiative, in the problem's order; -1 for one not selected
 * @param spendByYear the selected initiatives' costs in each year of the horizon
 * @param seconds how long the solve took
 */
public record PortfolioSolution(double objectiveValue, boolean optimal, double gap, double bound, int[] startYears,
        double[] spendByYear, double seconds) {

    public PortfolioSolution {
        startYears = startYears.clone();
        spendByYear = spendByYear.clone();
    }

    /** A better portfolio for the same problem, found later: the bound still holds, so the gap narrows. */
    PortfolioSolution improvedTo(PortfolioSolution better) {
        double gap = Math.max(0, bound - better.objectiveValue)
                / Math.max(1 / PortfolioOptimiser.SCALE, Math.abs(better.objectiveValue));
        return new PortfolioSolution(better.objectiveValue, false, gap, bound, better.startYears, better.spendByYear,
                seconds);
    }

    @Override
    public int[] startYears() {
        return startYears.clone();
    }

    @Override
    public double[] spendByYear() {
        return spendByYear.clone();
    }
}
