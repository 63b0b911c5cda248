package uk.beacon.portfolio.domain.appraisal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The Green Book calculator against an independent computation: discount factors from {@link GreenBookOracle},
 * written in closed form band by band (not by stepping year to year as the calculator does), present values summed
 * at 60 digits and rounded to the penny, half up.
 */
class AppraisalGreenBookTest {

    private static final MathContext SIXTY = new MathContext(60);
    private static final int MAX_YEARS = 700;
    private static List<BigDecimal> independentFactors;

    private final GreenBookAppraisal calculator = GreenBookAppraisal.greenBook();

    @BeforeAll
    static void independentFactorTable() {
        independentFactors = new ArrayList<>();
        for (int t = 0; t < MAX_YEARS; t++) {
            independentFactors.add(GreenBookOracle.factor(t));
        }
    }

    private static BigDecimal independentPresentValue(List<BigDecimal> amounts, int shift, BigDecimal multiplier) {
        BigDecimal total = BigDecimal.ZERO;
        for (int t = 0; t < amounts.size(); t++) {
            total = total.add(amounts.get(t).multiply(multiplier).multiply(independentFactors.get(t + shift), SIXTY),
                    SIXTY);
        }
        return total.setScale(2, RoundingMode.HALF_UP);
    }

    private static List<BigDecimal> pounds(String... values) {
        return java.util.Arrays.stream(values).map(BigDecimal::new).toList();
    }

    private static OptimismBias percent(int capital, int duration) {
        return new OptimismBias(BigDecimal.valueOf(capital, 2), BigDecimal.valueOf(duration, 2));
    }

    @Test
    @DisplayName("Present values, NPSV and BCR match the independent computation to the penny over 600 random cases, "
            + "many longer than 30 and 75 years")
    void presentValuesMatchAnIndependentComputationToThePenny() {
        Random random = new Random(20260610L);
        int beyond30 = 0;
        int beyond75 = 0;
        int beyond300 = 0;
        for (int run = 0; run < 600; run++) {
            int costYears = 1 + random.nextInt(run % 3 == 0 ? 12 : 150);
            int benefitYears = random.nextInt(switch (run % 4) {
                case 0 -> 30;
                case 1 -> 80;
                case 2 -> 200;
                default -> 400;
            });
            List<BigDecimal> costs = randomAmounts(random, costYears);
            List<BigDecimal> benefits = randomAmounts(random, benefitYears);
            int capitalPercent = random.nextInt(4) == 0 ? 0 : random.nextInt(201);
            int durationPercent = random.nextInt(4) == 0 ? 0 : random.nextInt(101);

            Appraisal appraisal = calculator.appraise(2025, costs, benefits, percent(capitalPercent, durationPercent));

            int delivery = independentDeliveryYears(costs);
            int delay = (durationPercent * delivery + 99) / 100;
            BigDecimal expectedCosts = independentPresentValue(costs, 0,
                    BigDecimal.ONE.add(BigDecimal.valueOf(capitalPercent, 2)));
            BigDecimal expectedBenefits = benefits.isEmpty() ? BigDecimal.ZERO.setScale(2)
                    : independentPresentValue(benefits, delay, BigDecimal.ONE);
            String label = "case " + run + ": " + costYears + " cost years, " + benefitYears + " benefit years, OB "
                    + capitalPercent + "%/" + durationPercent + "%";
            assertThat(appraisal.delayYears()).as(label).isEqualTo(delay);
            assertThat(appraisal.presentValueCosts()).as(label).isEqualTo(expectedCosts);
            assertThat(appraisal.presentValueBenefits()).as(label).isEqualTo(expectedBenefits);
            assertThat(appraisal.npsv()).as(label).isEqualTo(expectedBenefits.subtract(expectedCosts));
            if (expectedCosts.signum() == 0) {
                assertThat(appraisal.bcr()).as(label).isNull();
            } else {
                assertThat(appraisal.bcr()).as(label)
                        .isEqualTo(expectedBenefits.divide(expectedCosts, 4, RoundingMode.HALF_UP));
            }
            for (Appraisal.Year year : appraisal.years()) {
                assertThat(year.discountFactor().subtract(independentFactors.get(year.index())).abs())
                        .as(label + ", factor of year " + year.index()).isLessThan(new BigDecimal("1e-30"));
            }
            int horizon = appraisal.horizonYears();
            beyond30 += horizon > 31 ? 1 : 0;
            beyond75 += horizon > 76 ? 1 : 0;
            beyond300 += horizon > 301 ? 1 : 0;
        }
        assertThat(beyond30).as("cases reaching the 3.0% band").isGreaterThan(300);
        assertThat(beyond75).as("cases reaching the 2.5% band").isGreaterThan(200);
        assertThat(beyond300).as("cases reaching the 1.0% band").isGreaterThan(20);
    }

    private static List<BigDecimal> randomAmounts(Random random, int years) {
        List<BigDecimal> amounts = new ArrayList<>(years);
        for (int t = 0; t < years; t++) {
            amounts.add(random.nextInt(5) == 0 ? BigDecimal.ZERO
                    : BigDecimal.valueOf(random.nextLong(1_000_000_000L), 2)); // up to £10m, in pennies
        }
        return amounts;
    }

    private static int independentDeliveryYears(List<BigDecimal> costs) {
        List<Integer> withCost = new ArrayList<>();
        for (int t = 0; t < costs.size(); t++) {
            if (costs.get(t).signum() != 0) {
                withCost.add(t);
            }
        }
        return withCost.isEmpty() ? 0 : Collections.max(withCost) - Collections.min(withCost) + 1;
    }

    @Test
    @DisplayName("Each year's flows are discounted at the rate of its band: year 30 is 1.035^-30, year 31 the first "
            + "at 3.0%, year 76 the first at 2.5%, and so on (factors worked out by hand, to 6 places)")
    void discountFactorsAreTheHandWorkedGreenBookFactors() {
        DiscountSchedule schedule = DiscountSchedule.GREEN_BOOK;
        assertThat(schedule.factor(0)).isEqualByComparingTo("1");
        String[][] handWorked = {
            {"1", "0.966184"}, {"10", "0.708919"}, {"30", "0.356278"}, {"31", "0.345901"}, {"75", "0.094214"},
            {"76", "0.091916"}, {"125", "0.027411"}, {"126", "0.026873"}, {"200", "0.006207"},
            {"201", "0.006116"}, {"300", "0.001401"}, {"301", "0.001387"}};
        for (String[] year : handWorked) {
            int t = Integer.parseInt(year[0]);
            assertThat(schedule.factor(t).setScale(6, RoundingMode.HALF_UP)).as("factor of year " + t)
                    .isEqualByComparingTo(year[1]);
        }
        BigDecimal tolerance = new BigDecimal("1e-30");
        BigDecimal year30 = one(over("1.035", 30));
        BigDecimal year75 = year30.multiply(one(over("1.03", 45)), SIXTY);
        assertThat(close(schedule.factor(30), year30, tolerance)).isTrue();
        assertThat(close(schedule.factor(31), year30.divide(new BigDecimal("1.03"), SIXTY), tolerance)).isTrue();
        assertThat(close(schedule.factor(75), year75, tolerance)).isTrue();
        assertThat(close(schedule.factor(76), year75.divide(new BigDecimal("1.025"), SIXTY), tolerance)).isTrue();
        assertThat(schedule.factors(302)).hasSize(302).element(31).isEqualTo(schedule.factor(31));
    }

    @Test
    @DisplayName("The rate of each year is the one applied to its flows: 3.5% to year 30, 3.0% from year 31, 2.5% from "
            + "76, 2.0% from 126, 1.5% from 201, 1.0% from 301")
    void theRateOfAYearIsTheRateItsFlowsAreDiscountedAt() {
        DiscountSchedule schedule = DiscountSchedule.GREEN_BOOK;
        assertThat(List.of(schedule.rate(1), schedule.rate(30), schedule.rate(31), schedule.rate(75),
                schedule.rate(76), schedule.rate(125), schedule.rate(126), schedule.rate(200), schedule.rate(201),
                schedule.rate(300), schedule.rate(301), schedule.rate(5000)))
                .extracting(BigDecimal::doubleValue)
                .containsExactly(0.035, 0.035, 0.030, 0.030, 0.025, 0.025, 0.020, 0.020, 0.015, 0.015, 0.010, 0.010);
        for (int t = 1; t < 400; t++) {
            BigDecimal step = GreenBookOracle.factor(t - 1).divide(GreenBookOracle.factor(t), SIXTY)
                    .subtract(BigDecimal.ONE).setScale(3, RoundingMode.HALF_UP);
            assertThat(schedule.rate(t)).as("rate of year " + t).isEqualByComparingTo(step);
        }
        // Rounded as published tables give them
        assertThat(schedule.factor(10).setScale(4, RoundingMode.HALF_UP)).isEqualByComparingTo("0.7089");
        assertThat(schedule.factor(30).setScale(4, RoundingMode.HALF_UP)).isEqualByComparingTo("0.3563");
    }

    @Test
    @DisplayName("Appraisals over 31, 45, 76, 126 and 301 years match the independent computation year by year and "
            + "to the penny")
    void appraisalsAcrossTheBandBoundariesMatchTheIndependentComputation() {
        for (int horizon : new int[] {31, 32, 45, 76, 77, 126, 127, 301, 302}) {
            List<BigDecimal> costs = new ArrayList<>();
            List<BigDecimal> benefits = new ArrayList<>();
            for (int t = 0; t < horizon; t++) {
                costs.add(t < 3 ? new BigDecimal("1000000.00") : new BigDecimal("12345.67"));
                benefits.add(t == 0 ? BigDecimal.ZERO : new BigDecimal("250000.55"));
            }
            Appraisal appraisal = calculator.appraise(2025, costs, benefits, OptimismBias.NONE);

            assertThat(appraisal.horizonYears()).isEqualTo(horizon);
            BigDecimal expectedCosts = independentPresentValue(costs, 0, BigDecimal.ONE);
            BigDecimal expectedBenefits = independentPresentValue(benefits, 0, BigDecimal.ONE);
            assertThat(appraisal.presentValueCosts()).as(horizon + " years").isEqualTo(expectedCosts);
            assertThat(appraisal.presentValueBenefits()).as(horizon + " years").isEqualTo(expectedBenefits);
            assertThat(appraisal.npsv()).as(horizon + " years").isEqualTo(expectedBenefits.subtract(expectedCosts));
            for (Appraisal.Year year : appraisal.years()) {
                assertThat(year.discountFactor().subtract(GreenBookOracle.factor(year.index())).abs())
                        .as(horizon + " years, factor of year " + year.index()).isLessThan(new BigDecimal("1e-30"));
            }
            Appraisal.Year last = appraisal.years().get(horizon - 1);
            assertThat(last.presentValueBenefit().subtract(new BigDecimal("250000.55")
                    .multiply(GreenBookOracle.factor(horizon - 1))).abs()).isLessThan(new BigDecimal("1e-20"));
        }
    }

    private static BigDecimal over(String base, int power) {
        return new BigDecimal(base).pow(power, SIXTY);
    }

    private static BigDecimal one(BigDecimal denominator) {
        return BigDecimal.ONE.divide(denominator, SIXTY);
    }

    private static boolean close(BigDecimal a, BigDecimal b, BigDecimal tolerance) {
        return a.subtract(b).abs().compareTo(tolerance) < 0;
    }

    @Test
    void givesNpsvAndBcrOfAWorkedExample() {
        Appraisal appraisal = calculator.appraise(2025, pounds("1000"), pounds("0", "600", "600"), OptimismBias.NONE);

        // 600 / 1.035 + 600 / 1.035^2 = 1139.81656...
        assertThat(appraisal.presentValueBenefits()).isEqualByComparingTo("1139.82");
        assertThat(appraisal.presentValueCosts()).isEqualByComparingTo("1000.00");
        assertThat(appraisal.npsv()).isEqualByComparingTo("139.82");
        assertThat(appraisal.bcr()).isEqualByComparingTo("1.1398");
        assertThat(appraisal.years()).extracting(Appraisal.Year::calendarYear).containsExactly(2025, 2026, 2027);

        Appraisal tenYears = calculator.appraise(2025, List.of(), pounds("0", "0", "0", "0", "0", "0", "0", "0", "0",
                "0", "100"), OptimismBias.NONE);
        assertThat(tenYears.presentValueBenefits()).isEqualByComparingTo("70.89");
    }

    @Test
    void bcrIsNullWhenThereAreNoCosts() {
        Appraisal appraisal = calculator.appraise(2025, pounds("0", "0"), pounds("50", "50"),
                OptimismBias.EQUIPMENT_AND_DEVELOPMENT_UPPER_BOUNDS);

        assertThat(appraisal.presentValueCosts()).isEqualByComparingTo("0");
        assertThat(appraisal.bcr()).isNull();
        assertThat(appraisal.delayYears()).isZero();
        assertThat(appraisal.npsv()).isEqualTo(appraisal.presentValueBenefits());
    }

    @Test
    void theCapitalUpliftRaisesEveryCostByItsShare() {
        List<BigDecimal> costs = pounds("1000", "2000", "500");
        Appraisal none = calculator.appraise(2025, costs, pounds("0", "0", "0", "3000"), OptimismBias.NONE);
        Appraisal tripled = calculator.appraise(2025, costs, pounds("0", "0", "0", "3000"), percent(200, 0));

        assertThat(tripled.years()).extracting(Appraisal.Year::upliftedCost).extracting(BigDecimal::doubleValue)
                .containsExactly(3000.0, 6000.0, 1500.0, 0.0);
        assertThat(tripled.presentValueCosts().subtract(none.presentValueCosts().multiply(new BigDecimal(3))).abs())
                .isLessThanOrEqualTo(new BigDecimal("0.02"));
        assertThat(tripled.presentValueBenefits()).isEqualTo(none.presentValueBenefits());
        assertThat(tripled.npsv()).isLessThan(none.npsv());
    }

    @Test
    void theDurationUpliftPutsTheBenefitsBackByTheRoundedUpShareOfTheDeliveryYears() {
        // Costs in years 1 to 4: delivery is 4 years; 54% of 4 is 2.16, so benefits move 3 years later.
        List<BigDecimal> costs = pounds("0", "100", "100", "100", "100");
        List<BigDecimal> benefits = pounds("0", "0", "0", "0", "0", "400", "400");
        Appraisal delayed = calculator.appraise(2025, costs, benefits, percent(0, 54));
        Appraisal onTime = calculator.appraise(2025, costs, benefits, OptimismBias.NONE);

        assertThat(delayed.deliveryYears()).isEqualTo(4);
        assertThat(delayed.delayYears()).isEqualTo(3);
        assertThat(delayed.horizonYears()).isEqualTo(10);
        assertThat(delayed.years()).extracting(Appraisal.Year::delayedBenefit).extracting(BigDecimal::intValue)
                .containsExactly(0, 0, 0, 0, 0, 0, 0, 0, 400, 400);
        assertThat(delayed.presentValueCosts()).isEqualTo(onTime.presentValueCosts());
        assertThat(delayed.presentValueBenefits()).isLessThan(onTime.presentValueBenefits());
        // Exactly 50% of 4 years is 2 years, not 3
        assertThat(calculator.appraise(2025, costs, benefits, percent(0, 50)).delayYears()).isEqualTo(2);
    }

    @Test
    void theDefaultsAreTheTreasuryUpperBoundsForEquipmentAndDevelopment() {
        assertThat(OptimismBias.EQUIPMENT_AND_DEVELOPMENT_UPPER_BOUNDS.capital()).isEqualByComparingTo("2.00");
        assertThat(OptimismBias.EQUIPMENT_AND_DEVELOPMENT_UPPER_BOUNDS.duration()).isEqualByComparingTo("0.54");
    }

    @Test
    void switchingValuesAreTheChangesThatBringTheNpsvToZero() {
        Appraisal appraisal = calculator.appraise(2025, pounds("1000"), pounds("0", "600", "600"), OptimismBias.NONE);
        Appraisal.SwitchingValues switching = appraisal.switchingValues();

        assertThat(switching.presentValueBenefitsChange()).isEqualByComparingTo("-139.82");
        assertThat(switching.presentValueCostsChange()).isEqualByComparingTo("139.82");
        assertThat(appraisal.presentValueBenefits().add(switching.presentValueBenefitsChange())
                .subtract(appraisal.presentValueCosts())).isEqualByComparingTo("0");
        assertThat(switching.presentValueBenefitsChangeShare()).isEqualByComparingTo("-0.1227");
        assertThat(switching.presentValueCostsChangeShare()).isEqualByComparingTo("0.1398");

        Appraisal nothing = calculator.appraise(2025, pounds("0"), pounds("0"), OptimismBias.NONE);
        assertThat(nothing.switchingValues().presentValueBenefitsChangeShare()).isNull();
        assertThat(nothing.switchingValues().presentValueCostsChangeShare()).isNull();
    }
}
