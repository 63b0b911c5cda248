package uk.beacon.portfolio.domain.appraisal;

import java.math.BigDecimal;
import java.util.List;

/**
 * A Green Book appraisal of one option. Money is in pounds at the real prices of the base year; the
 * totals are rounded to the penny (see {@link GreenBookAppraisal} for how).
 *
 * @param baseYear the calendar year of year 0, the price base and the year discounted to
 * @param optimismBias the uplifts applied
 * @param deliveryYears years from the first to the last year with a cost, inclusive (0 when there are no costs)
 * @param delayYears the years by which the benefits were put back for the duration uplift
 * @param years the appraisal by year, from year 0 to the last year with a cost or (delayed) benefit
 * @param presentValueCosts the present value of the uplifted costs, to the penny
 * @param presentValueBenefits the present value of the delayed benefits, to the penny
 * @param npsv net present social value: {@code presentValueBenefits - presentValueCosts}
 * @param bcr benefit-cost ratio {@code presentValueBenefits / presentValueCosts} to 4 decimal places; null
 *     when the present value of costs is 0
 * @param switchingValues how far the present values must move for the NPSV to reach zero
 */
public record Appraisal(int baseYear, OptimismBias optimismBias, int deliveryYears, int delayYears, List<Year> years,
        BigDecimal presentValueCosts, BigDecimal presentValueBenefits, BigDecimal npsv, BigDecimal bcr,
        SwitchingValues switchingValues) {

    /**
     * One year of the appraisal. {@code cost} and {@code benefit} are as given; {@code upliftedCost} has the
     * capital uplift and {@code delayedBenefit} is the benefit that arrives in this year after the delay.
     * {@code discountFactor}, {@code presentValueCost} and {@code presentValueBenefit} are unrounded (34
     * significant digits).
     */
    public record Year(int index, int calendarYear, BigDecimal rate, BigDecimal cost, BigDecimal upliftedCost,
            BigDecimal benefit, BigDecimal delayedBenefit, BigDecimal discountFactor, BigDecimal presentValueCost,
            BigDecimal presentValueBenefit) {
    }

    /**
     * Switching values: the change in the present value of benefits (a fall when the NPSV is positive) or of
     * costs (a rise) that alone brings the NPSV to zero, in pounds and as a share of the present value it
     * changes (to 4 decimal places; null when that present value is 0).
     */
    public record SwitchingValues(BigDecimal presentValueBenefitsChange, BigDecimal presentValueBenefitsChangeShare,
            BigDecimal presentValueCostsChange, BigDecimal presentValueCostsChangeShare) {
    }

    /** The horizon: how many years the appraisal covers. */
    public int horizonYears() {
        return years.size();
    }
}
