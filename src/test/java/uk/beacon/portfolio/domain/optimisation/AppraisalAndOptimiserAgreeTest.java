package uk.beacon.portfolio.domain.optimisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import uk.beacon.portfolio.domain.appraisal.Appraisal;
import uk.beacon.portfolio.domain.appraisal.GreenBookAppraisal;
import uk.beacon.portfolio.domain.appraisal.GreenBookOracle;
import uk.beacon.portfolio.domain.appraisal.OptimismBias;

/** The optimiser values an initiative's money as the Green Book calculator does, at every horizon. */
class AppraisalAndOptimiserAgreeTest {

    private static final PortfolioProblem PROBLEM = new PortfolioProblem(1, new double[] {1}, 0, Objective.NPSV,
            List.of());

    @Test
    @DisplayName("A pound in year y is worth the Green Book factor of year y to the optimiser, for years 0 to 400")
    void theOptimiserDiscountsAPoundAtTheGreenBookFactor() {
        Initiative pound = Initiative.of("pound", new double[0], new double[] {1}, 0, 500, null, null);
        for (int year = 0; year <= 400; year++) {
            assertThat(PortfolioOptimiser.value(PROBLEM, pound, year)).as("year " + year)
                    .isCloseTo(GreenBookOracle.factorAsDouble(year), within(1e-15));
        }
        assertThat(PortfolioOptimiser.value(PROBLEM, pound, 31)).isCloseTo(0.345901, within(5e-7));
    }

    @Test
    @DisplayName("The same cash flows have the same net present value through the appraisal and the optimiser, for "
            + "every horizon from 1 to 350 years and several start years")
    void appraisalAndOptimiserGiveTheSamePresentValueAtEveryHorizon() {
        Random random = new Random(20261212L);
        GreenBookAppraisal appraisal = GreenBookAppraisal.greenBook();
        for (int horizon = 1; horizon <= 350; horizon++) {
            double[] costs = new double[Math.min(horizon, 1 + random.nextInt(10))];
            double[] benefits = new double[horizon];
            for (int t = 0; t < costs.length; t++) {
                costs[t] = random.nextInt(100_000_000) / 100.0;
            }
            for (int t = 0; t < horizon; t++) {
                benefits[t] = t == 0 ? 0 : random.nextInt(20_000_000) / 100.0;
            }
            Initiative initiative = Initiative.of("I", costs, benefits, 0, 100, null, null);
            for (int start : new int[] {0, 1, 29, 30, 45, 75}) {
                Appraisal appraised = appraisal.appraise(2025, delayed(costs, start), delayed(benefits, start),
                        OptimismBias.NONE);
                assertThat(PortfolioOptimiser.value(PROBLEM, initiative, start))
                        .as("%d years from year %d", horizon, start)
                        .isCloseTo(appraised.npsv().doubleValue(), within(0.011));
            }
        }
    }

    /** The amounts in pounds and pence, put back {@code years} years. */
    private static List<BigDecimal> delayed(double[] amounts, int years) {
        List<BigDecimal> list = new ArrayList<>();
        for (int t = 0; t < years; t++) {
            list.add(BigDecimal.ZERO);
        }
        for (double amount : amounts) {
            list.add(BigDecimal.valueOf(Math.round(amount * 100), 2));
        }
        return list;
    }
}
