package uk.beacon.portfolio.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import uk.beacon.portfolio.domain.appraisal.Appraisal;
import uk.beacon.portfolio.domain.appraisal.GreenBookAppraisal;
import uk.beacon.portfolio.domain.appraisal.OptimismBias;

/**
 * The calculator's answer as the API gives it. {@code presentValueCosts}, {@code presentValueBenefits},
 * {@code npsv}, {@code bcr} and {@code discountFactors} are the contract; the rest stand beside them.
 * Money is in pounds to the penny; the year lists run from the base year to the horizon.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
record AppraisalAnswer(int baseYear, BigDecimal presentValueCosts, BigDecimal presentValueBenefits, BigDecimal npsv,
        BigDecimal bcr, List<BigDecimal> discountFactors, SwitchingValues switchingValues,
        AppliedOptimismBias optimismBias, WithoutOptimismBias withoutOptimismBias, List<Integer> years,
        List<BigDecimal> discountRates, List<BigDecimal> upliftedCosts, List<BigDecimal> delayedBenefits,
        List<BigDecimal> presentValueCostsByYear, List<BigDecimal> presentValueBenefitsByYear) {

    /** Decimal places of the discount factors given out. */
    static final int FACTOR_PLACES = 15;

    @JsonInclude(JsonInclude.Include.ALWAYS)
    record SwitchingValues(BigDecimal presentValueBenefitsChange, BigDecimal presentValueBenefitsChangeShare,
            BigDecimal presentValueCostsChange, BigDecimal presentValueCostsChangeShare) {
    }

    /** The uplifts applied, the delivery period they were applied to, and the delay in years it gave. */
    record AppliedOptimismBias(BigDecimal capital, BigDecimal duration, int deliveryYears, int delayYears) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    record WithoutOptimismBias(BigDecimal presentValueCosts, BigDecimal presentValueBenefits, BigDecimal npsv,
            BigDecimal bcr) {
    }

    /** Appraises the inputs with their optimism bias, and again without it to show its effect. */
    static AppraisalAnswer of(AppraisalInputs inputs) {
        return of(appraise(inputs, inputs.optimismBias()), appraise(inputs, OptimismBias.NONE));
    }

    static Appraisal appraise(AppraisalInputs inputs, OptimismBias bias) {
        return GreenBookAppraisal.greenBook().appraise(inputs.baseYear(), inputs.costs(), inputs.benefits(), bias);
    }

    static AppraisalAnswer of(Appraisal appraisal, Appraisal withoutBias) {
        List<Appraisal.Year> years = appraisal.years();
        Appraisal.SwitchingValues switching = appraisal.switchingValues();
        return new AppraisalAnswer(appraisal.baseYear(), appraisal.presentValueCosts(),
                appraisal.presentValueBenefits(), appraisal.npsv(), appraisal.bcr(),
                years.stream().map(year -> factor(year.discountFactor())).toList(),
                new SwitchingValues(switching.presentValueBenefitsChange(),
                        switching.presentValueBenefitsChangeShare(), switching.presentValueCostsChange(),
                        switching.presentValueCostsChangeShare()),
                new AppliedOptimismBias(appraisal.optimismBias().capital(), appraisal.optimismBias().duration(),
                        appraisal.deliveryYears(), appraisal.delayYears()),
                new WithoutOptimismBias(withoutBias.presentValueCosts(), withoutBias.presentValueBenefits(),
                        withoutBias.npsv(), withoutBias.bcr()),
                years.stream().map(Appraisal.Year::calendarYear).toList(),
                years.stream().map(Appraisal.Year::rate).toList(),
                years.stream().map(Appraisal.Year::upliftedCost).map(GreenBookAppraisal::pennies).toList(),
                years.stream().map(Appraisal.Year::delayedBenefit).map(GreenBookAppraisal::pennies).toList(),
                years.stream().map(Appraisal.Year::presentValueCost).map(GreenBookAppraisal::pennies).toList(),
                years.stream().map(Appraisal.Year::presentValueBenefit).map(GreenBookAppraisal::pennies).toList());
    }

    static BigDecimal factor(BigDecimal factor) {
        return factor.setScale(FACTOR_PLACES, RoundingMode.HALF_UP);
    }
}
