package uk.beacon.portfolio.service;

import java.util.List;

/**
 * Both funding regimes' results over the runs, and the difference. Money in pounds at base-year prices; present
 * values and NPSV at the Green Book rate; {@code benefits} undiscounted, within the appraisal years.
 */
public record FundingRegimeResult(int runs, long seed, String shortfallRule, int appraisalYears,
        List<Double> budgetByYear, List<Double> confirmationMonthProbabilities, Rules rules, Regime inYear,
        Regime envelope, Difference difference) {

    /** The rules as words: those common to both regimes, then each regime's own. */
    public record Rules(List<String> common, List<String> inYear, List<String> envelope) {
    }

    /** The mean over the runs and the 5th and 95th percentiles. */
    public record Figure(double mean, double p5, double p95) {
    }

    /** One regime's figures. */
    public record Regime(Figure benefits, Figure presentValueBenefits, Figure npsv, Figure spent, Figure moneyLapsed,
            Figure initiativesDescoped, Figure initiativesDelayed, Figure initiativesUnfinished) {
    }

    /** What in-year funding loses against the envelope, run by run (envelope minus in-year), and money lapsed. */
    public record Difference(Figure npsvLost, Figure benefitsLost, Figure presentValueBenefitsLost,
            Figure moneyLapsed) {
    }
}
