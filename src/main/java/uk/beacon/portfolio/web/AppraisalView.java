package uk.beacon.portfolio.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import uk.beacon.platform.format.Numbers;
import uk.beacon.portfolio.domain.appraisal.Appraisal;
import uk.beacon.portfolio.domain.appraisal.GreenBookAppraisal;

/** The calculator's answer as the page writes it: money in pounds and pence, factors to 6 places. */
record AppraisalView(List<Measure> summary, String capitalUplift, String durationUplift, int deliveryYears,
        int delayYears, String benefitsSwitch, String costsSwitch, boolean positive, List<Row> years) {

    /** A summary figure with optimism bias and without it. */
    record Measure(String id, String name, String withBias, String withoutBias) {
    }

    /** One year of the table. */
    record Row(int calendarYear, int index, String rate, String cost, String upliftedCost, String benefit,
            String delayedBenefit, String discountFactor, String presentValueCost, String presentValueBenefit) {
    }

    static AppraisalView of(Appraisal appraisal, Appraisal withoutBias) {
        List<Measure> summary = List.of(
                new Measure("pv-costs", "Present value of costs", money(appraisal.presentValueCosts()),
                        money(withoutBias.presentValueCosts())),
                new Measure("pv-benefits", "Present value of benefits", money(appraisal.presentValueBenefits()),
                        money(withoutBias.presentValueBenefits())),
                new Measure("npsv", "Net present social value (NPSV)", money(appraisal.npsv()),
                        money(withoutBias.npsv())),
                new Measure("bcr", "Benefit-cost ratio (BCR)", ratio(appraisal.bcr()), ratio(withoutBias.bcr())));
        Appraisal.SwitchingValues switching = appraisal.switchingValues();
        List<Row> rows = appraisal.years().stream().map(year -> new Row(year.calendarYear(), year.index(),
                rate(year.rate()), money(year.cost()), money(year.upliftedCost()), money(year.benefit()),
                money(year.delayedBenefit()), year.discountFactor().setScale(6, RoundingMode.HALF_UP).toPlainString(),
                money(year.presentValueCost()), money(year.presentValueBenefit()))).toList();
        return new AppraisalView(summary, percent(appraisal.optimismBias().capital()),
                percent(appraisal.optimismBias().duration()), appraisal.deliveryYears(), appraisal.delayYears(),
                change(switching.presentValueBenefitsChange(), switching.presentValueBenefitsChangeShare()),
                change(switching.presentValueCostsChange(), switching.presentValueCostsChangeShare()),
                appraisal.npsv().signum() >= 0, rows);
    }

    /** Pounds to the penny, half up, with a minus sign when below 0: −£1,234.50. */
    static String money(BigDecimal pounds) {
        return Numbers.pence(GreenBookAppraisal.pennies(pounds));
    }

    /** A discount rate to one place, as the Green Book's table gives them: 3.5%, 3.0%. */
    static String rate(BigDecimal share) {
        return Numbers.percent(share.doubleValue(), 1);
    }

    static String percent(BigDecimal share) {
        return share.movePointRight(2).stripTrailingZeros().toPlainString() + "%";
    }

    private static String ratio(BigDecimal ratio) {
        return ratio == null ? "None (no costs)" : ratio.toPlainString();
    }

    private static String change(BigDecimal pounds, BigDecimal share) {
        String signed = pounds.signum() > 0 ? "+" + money(pounds) : money(pounds);
        return share == null ? signed
                : signed + " (" + (share.signum() > 0 ? "+" : share.signum() < 0 ? "−" : "")
                        + share.abs().movePointRight(2).setScale(2, RoundingMode.HALF_UP).toPlainString() + "%)";
    }
}
