package uk.beacon.portfolio.domain.appraisal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Appraisal after HM Treasury's Green Book: present values of costs and benefits by year at a real
 * discount rate schedule, net present social value, benefit-cost ratio, optimism bias and switching
 * values.
 *
 * <p>Optimism bias. The capital uplift raises every cost: {@code cost × (1 + capital)} (the calculator
 * treats the costs it is given as capital expenditure). The duration uplift lengthens delivery: the
 * delivery period is the years from the first to the last year with a cost, inclusive ({@code L}); the
 * benefits are all put back by {@code ceil(duration × L)} years, each keeping its size, so a late
 * project delivers the same benefits later and they are worth less today. Costs keep their years.
 *
 * <p>Rounding. Factors and present values by year are computed to 34 significant digits. The present
 * values of costs and of benefits are the sums of the unrounded yearly present values, rounded to the
 * penny, half up. The NPSV is the difference of those rounded totals, so the summary adds up exactly;
 * the BCR is their ratio, rounded half up to 4 decimal places. Yearly present values rounded to the
 * penny for display may not add up to the total by a penny or two.
 */
public final class GreenBookAppraisal {

    private static final int PENNIES = 2;
    private static final int RATIO_PLACES = 4;

    private final DiscountSchedule schedule;

    public GreenBookAppraisal(DiscountSchedule schedule) {
        this.schedule = schedule;
    }

    /** Appraisal at the Green Book's social time preference rate schedule. */
    public static GreenBookAppraisal greenBook() {
        return new GreenBookAppraisal(DiscountSchedule.GREEN_BOOK);
    }

    /**
     * Appraises costs and benefits by year (index 0 is {@code baseYear}), in pounds at base-year prices,
     * none negative, with the given optimism bias.
     */
    public Appraisal appraise(int baseYear, List<BigDecimal> costs, List<BigDecimal> benefits,
            OptimismBias optimismBias) {
        for (BigDecimal value : costs) {
            requireAmount(value);
        }
        for (BigDecimal value : benefits) {
            requireAmount(value);
        }
        int deliveryYears = deliveryYears(costs);
        int delayYears = new BigDecimal(deliveryYears).multiply(optimismBias.duration())
                .setScale(0, RoundingMode.CEILING).intValueExact();
        int horizon = Math.max(costs.size(), benefits.isEmpty() ? 0 : benefits.size() + delayYears);
        List<BigDecimal> factors = schedule.factors(horizon);
        BigDecimal uplift = BigDecimal.ONE.add(optimismBias.capital());

        List<Appraisal.Year> years = new ArrayList<>(horizon);
        BigDecimal totalCosts = BigDecimal.ZERO;
        BigDecimal totalBenefits = BigDecimal.ZERO;
        for (int t = 0; t < horizon; t++) {
            BigDecimal cost = at(costs, t);
            BigDecimal upliftedCost = cost.multiply(uplift);
            BigDecimal benefit = at(benefits, t);
            BigDecimal delayedBenefit = at(benefits, t - delayYears);
            BigDecimal factor = factors.get(t);
            BigDecimal presentValueCost = upliftedCost.multiply(factor, DiscountSchedule.PRECISION);
            BigDecimal presentValueBenefit = delayedBenefit.multiply(factor, DiscountSchedule.PRECISION);
            totalCosts = totalCosts.add(presentValueCost);
            totalBenefits = totalBenefits.add(presentValueBenefit);
            years.add(new Appraisal.Year(t, baseYear + t, schedule.rate(t), cost, upliftedCost, benefit,
                    delayedBenefit, factor, presentValueCost, presentValueBenefit));
        }
        BigDecimal presentValueCosts = pennies(totalCosts);
        BigDecimal presentValueBenefits = pennies(totalBenefits);
        BigDecimal npsv = presentValueBenefits.subtract(presentValueCosts);
        BigDecimal bcr = ratio(presentValueBenefits, presentValueCosts);
        Appraisal.SwitchingValues switching = new Appraisal.SwitchingValues(npsv.negate(),
                ratio(npsv.negate(), presentValueBenefits), npsv, ratio(npsv, presentValueCosts));
        return new Appraisal(baseYear, optimismBias, deliveryYears, delayYears, List.copyOf(years),
                presentValueCosts, presentValueBenefits, npsv, bcr, switching);
    }

    /** Rounds pounds to the penny, half up, as the totals are. */
    public static BigDecimal pennies(BigDecimal pounds) {
        return pounds.setScale(PENNIES, RoundingMode.HALF_UP);
    }

    private static BigDecimal ratio(BigDecimal numerator, BigDecimal denominator) {
        return denominator.signum() == 0 ? null
                : numerator.divide(denominator, RATIO_PLACES, RoundingMode.HALF_UP);
    }

    /** Years from the first to the last year with a cost above 0, inclusive; 0 when there is none. */
    static int deliveryYears(List<BigDecimal> costs) {
        int first = -1;
        int last = -1;
        for (int t = 0; t < costs.size(); t++) {
            if (costs.get(t).signum() > 0) {
                if (first < 0) {
                    first = t;
                }
                last = t;
            }
        }
        return first < 0 ? 0 : last - first + 1;
    }

    private static BigDecimal at(List<BigDecimal> values, int index) {
        return index >= 0 && index < values.size() ? values.get(index) : BigDecimal.ZERO;
    }

    private static void requireAmount(BigDecimal value) {
        if (value == null || value.signum() < 0) {
            throw new IllegalArgumentException("Costs and benefits are amounts of pounds, 0 or more");
        }
    }
}
