package uk.beacon.portfolio.service;

import java.math.BigDecimal;
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

    /**
     * One regime's figures, and where each year's money went: {@code years}, one account for each budget year (for
     * in-year funding the mean over the runs), and {@code wholePeriod}, the years as one account.
     */
    public record Regime(Figure benefits, Figure presentValueBenefits, Figure npsv, Figure spent, Figure moneyLapsed,
            Figure moneyUnallocated, Figure initiativesDescoped, Figure initiativesDelayed,
            Figure initiativesUnfinished, List<Account> years, Account wholePeriod) {
    }

    /**
     * Where a year's money went, in pounds to the penny, adding up exactly: {@code envelope} (the year's
     * {@code budget} and the money {@code broughtForward} from the year before) = {@code spent} + {@code lapsed} +
     * {@code carriedForward} + {@code unallocated}. Money left at a year end is set against the planned work not yet
     * done (still to do, or cut that year for lack of time): under in-year funding that much lapses, in the envelope
     * it is carried forward; anything more is unallocated, as no planned work is left to use it. In the whole
     * period's account {@code year} is null, {@code broughtForward} is what the first year brought in and
     * {@code carriedForward} what the last year carried out.
     */
    public record Account(Integer year, BigDecimal budget, BigDecimal broughtForward, BigDecimal envelope,
            BigDecimal spent, BigDecimal lapsed, BigDecimal carriedForward, BigDecimal unallocated) {
    }

    /** What in-year funding loses against the envelope, run by run (envelope minus in-year), and money lapsed. */
    public record Difference(Figure npsvLost, Figure benefitsLost, Figure presentValueBenefitsLost,
            Figure moneyLapsed) {
    }
}
