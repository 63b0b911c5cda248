package uk.beacon.portfolio.domain.regimes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import uk.beacon.portfolio.domain.appraisal.GreenBookOracle;
import uk.beacon.portfolio.domain.regimes.FundingRegimeSimulation.Comparison;
import uk.beacon.portfolio.domain.regimes.FundingRegimeSimulation.Regime;
import uk.beacon.portfolio.domain.regimes.FundingRegimeSimulation.RunOutcome;

class FundingRegimeSimulationTest {

    private static final RegimeRules DESCOPE = new RegimeRules(RegimeRules.Shortfall.DESCOPE, 8);
    private static final RegimeRules DELAY = new RegimeRules(RegimeRules.Shortfall.DELAY, 8);

    @Test
    @DisplayName("The regimes agree exactly when every budget is confirmed in month 1 and nothing spans a year end")
    void regimesAgreeWhenConfirmedOnDayOneAndNothingSpansAYearEnd() {
        Random random = new Random(7);
        for (int trial = 0; trial < 200; trial++) {
            int years = 1 + random.nextInt(6);
            List<RegimeInitiative> initiatives = new ArrayList<>();
            int count = 1 + random.nextInt(12);
            for (int i = 0; i < count; i++) {
                int startMonth = 1 + random.nextInt(12);
                int duration = 1 + random.nextInt(13 - startMonth);
                double[] monthly = new double[duration];
                for (int k = 0; k < duration; k++) {
                    monthly[k] = 1_000 + random.nextInt(100_000);
                }
                double[] benefits = new double[1 + random.nextInt(8)];
                for (int k = 0; k < benefits.length; k++) {
                    benefits[k] = random.nextInt(500_000);
                }
                initiatives.add(new RegimeInitiative("I" + i, random.nextInt(years), startMonth, monthly, benefits));
            }
            assertThat(initiatives).noneMatch(RegimeInitiative::spansYearEnd);
            double[] budgets = Demonstration.plannedSpendByYear(initiatives, years);
            for (int y = 0; y < years; y++) {
                budgets[y] = Math.ceil(budgets[y] * (1 + random.nextDouble() * 0.3));
            }
            for (RegimeRules rules : List.of(DESCOPE, DELAY)) {
                FundingRegimeSimulation simulation = new FundingRegimeSimulation(initiatives, budgets, rules);
                int[] monthOne = new int[years];
                java.util.Arrays.fill(monthOne, 1);
                RunOutcome inYear = simulation.run(Regime.IN_YEAR, monthOne);
                RunOutcome envelope = simulation.run(Regime.ENVELOPE, null);

                assertThat(inYear.npsv()).isEqualTo(envelope.npsv());
                assertThat(inYear.benefits()).isEqualTo(envelope.benefits());
                assertThat(inYear.spendByYear()).containsExactly(envelope.spendByYear());
                assertThat(inYear.descoped()).isZero();
                assertThat(inYear.delayed()).isZero();
                assertThat(inYear.unfinished()).isZero();

                Comparison comparison = simulation.compare(ConfirmationMonths.certain(1), 20, trial, null);
                assertThat(comparison.npsvLost().p5()).isZero();
                assertThat(comparison.npsvLost().p95()).isZero();
                assertThat(comparison.benefitsLost().p95()).isZero();
                assertThat(comparison.inYear().descoped().mean()).isZero();
                assertThat(comparison.inYear().delayed().mean()).isZero();
            }
        }
    }

    @Test
    @DisplayName("Benefits beyond year 30 are discounted with the Green Book schedule: year 31 at 3.0%, year 76 at 2.5%")
    void benefitsBeyondYear30AreDiscountedWithTheGreenBookSchedule() {
        // A year of work in year 0, paid in full; its benefits then arrive in years 1 to 79, one a year.
        double[] monthly = new double[12];
        java.util.Arrays.fill(monthly, 1_000);
        double[] benefits = new double[79];
        java.util.Arrays.fill(benefits, 100_000);
        RegimeInitiative initiative = new RegimeInitiative("long", 0, 1, monthly, benefits);
        RunOutcome outcome = new FundingRegimeSimulation(List.of(initiative), new double[] {12_000},
                new RegimeRules(RegimeRules.Shortfall.DESCOPE, 80)).run(Regime.ENVELOPE, null);

        double expected = 0;
        for (int year = 1; year <= 79; year++) {
            expected += 100_000 * GreenBookOracle.factorAsDouble(year);
        }
        assertThat(outcome.presentValueCosts()).isCloseTo(12_000, within(1e-9));
        assertThat(outcome.presentValueBenefits()).isCloseTo(expected, within(1e-6));
        assertThat(outcome.npsv()).isCloseTo(expected - 12_000, within(1e-6));
    }

    @Test
    @DisplayName("The demonstration portfolio loses value under in-year funding against the envelope")
    void demonstrationLosesValueUnderInYearFunding() {
        for (RegimeRules rules : List.of(
                new RegimeRules(RegimeRules.Shortfall.DESCOPE, Demonstration.APPRAISAL_YEARS),
                new RegimeRules(RegimeRules.Shortfall.DELAY, Demonstration.APPRAISAL_YEARS))) {
            Comparison comparison = new FundingRegimeSimulation(Demonstration.initiatives(), Demonstration.budgets(),
                    rules).compare(ConfirmationMonths.BEACON_DEFAULT, 2_000, 42, null);

            assertThat(comparison.npsvLost().mean()).isGreaterThan(100_000);
            assertThat(comparison.npsvLost().p5()).isGreaterThan(0);
            assertThat(comparison.benefitsLost().mean()).isGreaterThan(0);
            assertThat(comparison.moneyLapsed().mean()).isGreaterThan(0);
            assertThat(comparison.envelope().lapsed().mean()).isZero();
            assertThat(comparison.inYear().npsv().mean()).isLessThan(comparison.envelope().npsv().mean());
        }
        assertThat(Demonstration.initiatives()).hasSize(8).filteredOn(RegimeInitiative::spansYearEnd).hasSizeGreaterThan(2);
    }

    @Test
    @DisplayName("The same seed gives the same results; another seed gives others")
    void reproducibleForASeed() {
        FundingRegimeSimulation simulation = new FundingRegimeSimulation(Demonstration.initiatives(),
                Demonstration.budgets(), DESCOPE);
        Comparison first = simulation.compare(ConfirmationMonths.BEACON_DEFAULT, 500, 1234, null);
        Comparison again = simulation.compare(ConfirmationMonths.BEACON_DEFAULT, 500, 1234, null);
        Comparison other = simulation.compare(ConfirmationMonths.BEACON_DEFAULT, 500, 999, null);

        assertThat(again.inYear()).isEqualTo(first.inYear());
        assertThat(again.npsvLost()).isEqualTo(first.npsvLost());
        assertThat(other.npsvLost().mean()).isNotEqualTo(first.npsvLost().mean());
    }

    @Test
    @DisplayName("Lapse: money not spent by the year end is lost under in-year funding and carried in the envelope")
    void unspentMoneyLapsesAtYearEnd() {
        // £1,000 a month for 6 months from month 7 of year 0; a year-0 budget of £10,000 and none in year 1.
        RegimeInitiative work = new RegimeInitiative("A", 0, 7, months(6, 1_000), new double[] {12_000});
        RegimeInitiative later = new RegimeInitiative("B", 1, 1, months(3, 1_000), new double[] {12_000});
        FundingRegimeSimulation simulation = new FundingRegimeSimulation(List.of(work, later),
                new double[] {10_000, 0}, DESCOPE);

        RunOutcome inYear = simulation.run(Regime.IN_YEAR, new int[] {1, 1});
        RunOutcome envelope = simulation.run(Regime.ENVELOPE, null);

        // £4,000 is left at the end of year 0: B's £3,000 of work could have used it, so that much lapses; the other
        // £1,000 no planned work could use, so it is unallocated (in both regimes).
        assertThat(inYear.lapsed()).isEqualTo(3_000);
        assertThat(inYear.unallocated()).isEqualTo(1_000);
        assertThat(envelope.unallocated()).isEqualTo(1_000);
        assertThat(inYear.spent()).isEqualTo(6_000);
        assertThat(envelope.lapsed()).isZero();
        assertThat(envelope.spent()).isEqualTo(9_000);
        assertThat(inYear.unfinished()).isEqualTo(1);
        assertThat(envelope.unfinished()).isZero();
    }

    @Test
    @DisplayName("Descope: work planned to end in the year that no longer fits after a late confirmation is cut, "
            + "and its benefits scaled")
    void lateConfirmationDescopesWorkThatNoLongerFits() {
        // 12 months from month 1, £1,000 a month; £12,000 of benefit a year from go-live.
        RegimeInitiative work = new RegimeInitiative("A", 0, 1, months(12, 1_000), new double[] {12_000, 12_000});
        FundingRegimeSimulation simulation = new FundingRegimeSimulation(List.of(work), new double[] {12_000, 0},
                new RegimeRules(RegimeRules.Shortfall.DESCOPE, 3));

        RunOutcome outcome = simulation.run(Regime.IN_YEAR, new int[] {5, 1});

        // Confirmed in month 5: months 5-12 are left, so 8 of the 12 months are done.
        assertThat(outcome.descoped()).isEqualTo(1);
        assertThat(outcome.spent()).isEqualTo(8_000);
        assertThat(outcome.lapsed()).isEqualTo(4_000);
        // Benefits at 8/12 of £12,000 a year, for the two years from go-live in year 1.
        assertThat(outcome.benefits()).isCloseTo(16_000, within(1e-6));
        assertThat(outcome.unfinished()).isZero();
    }

    @Test
    @DisplayName("Delay: work that no longer fits after a late confirmation starts a year later, whole")
    void lateConfirmationDelaysWorkThatNoLongerFits() {
        RegimeInitiative work = new RegimeInitiative("A", 0, 1, months(12, 1_000), new double[] {12_000});
        FundingRegimeSimulation simulation = new FundingRegimeSimulation(List.of(work), new double[] {12_000, 12_000},
                new RegimeRules(RegimeRules.Shortfall.DELAY, 3));

        RunOutcome outcome = simulation.run(Regime.IN_YEAR, new int[] {5, 1});

        // Nothing is done in year 0 (all £12,000 lapses); the whole year of work is done in year 1.
        assertThat(outcome.descoped()).isZero();
        assertThat(outcome.delayed()).isEqualTo(1);
        assertThat(outcome.lapsed()).isEqualTo(12_000);
        assertThat(outcome.spendByYear()[0]).isZero();
        assertThat(outcome.spendByYear()[1]).isEqualTo(12_000);
        // Go-live in year 2: the whole £12,000 of benefits arrives there.
        assertThat(outcome.benefits()).isCloseTo(12_000, within(1e-6));
        assertThat(outcome.unfinished()).isZero();
    }

    @Test
    @DisplayName("Work in progress pauses from April until the new year's budget is confirmed")
    void workSpanningAYearEndPausesUntilConfirmation() {
        // 6 months from month 10 of year 0: months 10-12 in year 0, then 3 more months in year 1.
        RegimeInitiative work = new RegimeInitiative("A", 0, 10, months(6, 1_000), new double[] {12_000});
        FundingRegimeSimulation simulation = new FundingRegimeSimulation(List.of(work), new double[] {3_000, 3_000},
                DESCOPE);

        RunOutcome inYear = simulation.run(Regime.IN_YEAR, new int[] {1, 4});
        RunOutcome envelope = simulation.run(Regime.ENVELOPE, null);

        assertThat(inYear.spent()).isEqualTo(6_000);
        assertThat(inYear.delayed()).isEqualTo(1);
        assertThat(envelope.delayed()).isZero();
        assertThat(inYear.npsv()).isLessThan(envelope.npsv());
    }

    @Test
    @DisplayName("A certain month is always drawn, and a triangular distribution's probabilities add up to 1")
    void confirmationDistributions() {
        java.util.SplittableRandom random = new java.util.SplittableRandom(3);
        for (int k = 0; k < 100; k++) {
            assertThat(ConfirmationMonths.certain(7).draw(random)).isEqualTo(7);
        }
        double[] p = ConfirmationMonths.triangular(1, 4, 9).probabilities();
        assertThat(java.util.Arrays.stream(p).sum()).isCloseTo(1, within(1e-12));
        assertThat(p[3]).isGreaterThan(p[0]).isGreaterThan(p[9]);
        assertThat(p[9]).isZero();
        assertThat(ConfirmationMonths.triangular(6, 6, 6).probability(6)).isEqualTo(1);
    }

    private static double[] months(int count, double cost) {
        double[] monthly = new double[count];
        java.util.Arrays.fill(monthly, cost);
        return monthly;
    }
}
