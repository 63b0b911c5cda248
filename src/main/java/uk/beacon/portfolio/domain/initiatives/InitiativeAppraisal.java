package uk.beacon.portfolio.domain.initiatives;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import uk.beacon.portfolio.domain.appraisal.Appraisal;
import uk.beacon.portfolio.domain.appraisal.GreenBookAppraisal;
import uk.beacon.portfolio.domain.appraisal.OptimismBias;

/**
 * An initiative's Green Book appraisal, with and without optimism bias, from the portfolio's
 * {@link GreenBookAppraisal}.
 *
 * <p>Money by year: nominal figures are first put into base-year prices with the {@link GdpDeflator}. Costs
 * are capital plus running; benefits are cashable savings, officer hours released × hourly cost, and harm
 * reduction. The capital uplift applies to capital only and the duration uplift is measured on the years
 * with capital spending (so a long tail of running costs does not count as late delivery): the capital
 * and the benefits are appraised together with the uplifts, the running costs on their own without.
 */
public final class InitiativeAppraisal {

    /** Year by year in base-year prices (pounds). */
    public record RealYear(int year, BigDecimal capital, BigDecimal running, BigDecimal cashableSavings,
            BigDecimal hoursValue, BigDecimal harmReduction, BigDecimal benefits) {
    }

    /** One side of the summary: with or without optimism bias. */
    public record Result(OptimismBias optimismBias, BigDecimal presentValueCapital, BigDecimal presentValueRunning,
            BigDecimal presentValueCosts, BigDecimal presentValueBenefits, BigDecimal npsv, BigDecimal bcr,
            int delayYears) {
    }

    /**
     * The appraisal; {@code deflator} names the series that put nominal figures into base-year prices, and is
     * null when the figures were given in real prices (nothing was converted).
     */
    public record Summary(int baseYear, Deflator deflator, List<RealYear> years, BigDecimal totalCapital,
            BigDecimal totalRunning, BigDecimal totalBenefits, Result withoutOptimismBias, Result withOptimismBias) {
    }

    /** The deflator series used: its source, and whether it is Beacon's 2% assumption rather than a loaded series. */
    public record Deflator(String source, boolean assumption) {
    }

    private InitiativeAppraisal() {
    }

    /**
     * Appraises a definition that keeps {@link InitiativeRules} with this deflator (nominal figures need every year
     * covered: see {@link InitiativeRules#deflatorGap}).
     */
    public static Summary appraise(InitiativeDefinition d, GdpDeflator deflator) {
        int base = d.baseYear();
        boolean nominal = "NOMINAL".equals(d.prices());
        int last = d.years().stream().mapToInt(InitiativeDefinition.YearFigures::year).max().orElse(base);
        int horizon = last - base + 1;
        List<BigDecimal> capital = zeros(horizon);
        List<BigDecimal> running = zeros(horizon);
        List<BigDecimal> benefits = zeros(horizon);
        List<RealYear> years = new ArrayList<>();
        BigDecimal hourly = InitiativeRules.orZero(d.hourlyCost());
        BigDecimal totalCapital = BigDecimal.ZERO;
        BigDecimal totalRunning = BigDecimal.ZERO;
        BigDecimal totalBenefits = BigDecimal.ZERO;
        for (InitiativeDefinition.YearFigures y : d.years().stream()
                .sorted((a, b) -> Integer.compare(a.year(), b.year())).toList()) {
            BigDecimal cap = real(y.capital(), y.year(), base, nominal, deflator);
            BigDecimal run = real(y.running(), y.year(), base, nominal, deflator);
            BigDecimal cash = real(y.cashableSavings(), y.year(), base, nominal, deflator);
            BigDecimal hours = InitiativeRules.orZero(y.officerHoursReleased()).multiply(hourly);
            BigDecimal harm = real(y.harmReduction(), y.year(), base, nominal, deflator);
            BigDecimal benefit = cash.add(hours).add(harm);
            int t = y.year() - base;
            capital.set(t, cap);
            running.set(t, run);
            benefits.set(t, benefit);
            totalCapital = totalCapital.add(cap);
            totalRunning = totalRunning.add(run);
            totalBenefits = totalBenefits.add(benefit);
            years.add(new RealYear(y.year(), pennies(cap), pennies(run), pennies(cash), pennies(hours), pennies(harm),
                    pennies(benefit)));
        }
        return new Summary(base, nominal ? new Deflator(deflator.source(), deflator.assumption()) : null,
                List.copyOf(years), pennies(totalCapital), pennies(totalRunning),
                pennies(totalBenefits), result(base, capital, running, benefits, OptimismBias.NONE),
                result(base, capital, running, benefits, InitiativeRules.optimismBias(d)));
    }

    private static Result result(int base, List<BigDecimal> capital, List<BigDecimal> running,
            List<BigDecimal> benefits, OptimismBias bias) {
        GreenBookAppraisal greenBook = GreenBookAppraisal.greenBook();
        Appraisal capitalAndBenefits = greenBook.appraise(base, capital, benefits, bias);
        Appraisal runningOnly = greenBook.appraise(base, running, List.of(), OptimismBias.NONE);
        BigDecimal costs = capitalAndBenefits.presentValueCosts().add(runningOnly.presentValueCosts());
        BigDecimal pvBenefits = capitalAndBenefits.presentValueBenefits();
        BigDecimal bcr = costs.signum() == 0 ? null : pvBenefits.divide(costs, 4, RoundingMode.HALF_UP);
        return new Result(bias, capitalAndBenefits.presentValueCosts(), runningOnly.presentValueCosts(), costs,
                pvBenefits, pvBenefits.subtract(costs), bcr, capitalAndBenefits.delayYears());
    }

    private static BigDecimal real(BigDecimal value, int year, int base, boolean nominal, GdpDeflator deflator) {
        BigDecimal amount = InitiativeRules.orZero(value);
        return nominal ? deflator.toReal(amount, year, base) : amount;
    }

    private static List<BigDecimal> zeros(int n) {
        List<BigDecimal> list = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            list.add(BigDecimal.ZERO);
        }
        return list;
    }

    private static BigDecimal pennies(BigDecimal value) {
        return GreenBookAppraisal.pennies(value);
    }
}
