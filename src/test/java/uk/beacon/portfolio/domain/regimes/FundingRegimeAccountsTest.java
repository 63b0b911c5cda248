package uk.beacon.portfolio.domain.regimes;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import uk.beacon.portfolio.domain.regimes.FundingRegimeSimulation.Comparison;
import uk.beacon.portfolio.domain.regimes.FundingRegimeSimulation.Regime;
import uk.beacon.portfolio.domain.regimes.FundingRegimeSimulation.RunOutcome;

/** Each regime's money, year by year: envelope = spent + lapsed + carried forward + unallocated, to the penny. */
class FundingRegimeAccountsTest {

    private static final RegimeRules DESCOPE = new RegimeRules(RegimeRules.Shortfall.DESCOPE, 3);

    @Test
    @DisplayName("A hand-worked case: where each year's money went under both regimes, to the penny")
    void aHandWorkedCase() {
        // A: £1,000 a month for 6 months from month 7 of year 0 (months 7-12). B: £1,000 a month for 3 months from
        // month 1 of year 1. Budgets £10,000 (year 0) and £4,000 (year 1).
        RegimeInitiative a = new RegimeInitiative("A", 0, 7, months(6, 1_000), new double[] {6_000});
        RegimeInitiative b = new RegimeInitiative("B", 1, 1, months(3, 1_000), new double[] {3_000});
        FundingRegimeSimulation simulation = new FundingRegimeSimulation(List.of(a, b),
                new double[] {10_000, 4_000}, DESCOPE);

        // In-year, year 0 confirmed in month 8: A must end in year 0 but has 6 months of work and 5 months left
        // (8-12), so it is cut to 5 months (£1,000 of work cut). Spent £5,000; £5,000 left at March. The planned
        // work not done is B's £3,000 and A's £1,000 cut this year, so £4,000 lapses and £1,000 is more than any
        // planned work could use: unallocated. Year 1 confirmed in month 1: £4,000; B's three months spend £3,000;
        // £1,000 left with no planned work to use it (A's cut month was cut last year): unallocated.
        RunOutcome inYear = simulation.run(Regime.IN_YEAR, new int[] {8, 1});
        assertThat(inYear.years()).containsExactly(
                new YearAccount(0, 1_000_000, 0, 500_000, 400_000, 0, 100_000),
                new YearAccount(1, 400_000, 0, 300_000, 0, 0, 100_000));
        // The whole period: £14,000 = £8,000 spent + £4,000 lapsed + £2,000 unallocated.
        assertThat(YearAccount.wholePeriod(inYear.years()))
                .isEqualTo(new YearAccount(YearAccount.WHOLE_PERIOD, 1_400_000, 0, 800_000, 400_000, 0, 200_000));
        assertThat(inYear.spent()).isEqualTo(8_000);
        assertThat(inYear.lapsed()).isEqualTo(4_000);
        assertThat(inYear.unallocated()).isEqualTo(2_000);

        // Envelope, year 0: A's six months spend £6,000; of the £4,000 left, B's £3,000 of work is carried forward
        // and £1,000 is unallocated. Year 1: £4,000 + £3,000 brought forward = £7,000; B spends £3,000; £4,000 left
        // with no planned work: unallocated.
        RunOutcome envelope = simulation.run(Regime.ENVELOPE, null);
        assertThat(envelope.years()).containsExactly(
                new YearAccount(0, 1_000_000, 0, 600_000, 0, 300_000, 100_000),
                new YearAccount(1, 400_000, 300_000, 300_000, 0, 0, 400_000));
        assertThat(envelope.years().get(1).envelope()).isEqualTo(700_000);
        // The whole period: £14,000 = £9,000 spent + £5,000 unallocated; nothing brought in or carried out.
        assertThat(YearAccount.wholePeriod(envelope.years()))
                .isEqualTo(new YearAccount(YearAccount.WHOLE_PERIOD, 1_400_000, 0, 900_000, 0, 0, 500_000));
    }

    @Test
    @DisplayName("The envelope carries money past its last year for work still to do, and the rest is unallocated")
    void theEnvelopeCarriesMoneyPastItsLastYearForWorkStillToDo() {
        // £1,000 a month for 6 months from month 10 of the only budget year: months 10-12 are paid (£3,000), and
        // the £3,000 of work after March would use all of the £2,000 left.
        RegimeInitiative late = new RegimeInitiative("late", 0, 10, months(6, 1_000), new double[] {1_000});
        FundingRegimeSimulation simulation = new FundingRegimeSimulation(List.of(late), new double[] {5_000},
                DESCOPE);

        assertThat(simulation.run(Regime.ENVELOPE, null).years())
                .containsExactly(new YearAccount(0, 500_000, 0, 300_000, 0, 200_000, 0));
        // In-year, confirmed in month 1: the same spending, and the £2,000 the later work would need lapses.
        assertThat(simulation.run(Regime.IN_YEAR, new int[] {1}).years())
                .containsExactly(new YearAccount(0, 500_000, 0, 300_000, 200_000, 0, 0));
    }

    @Test
    @DisplayName("A year's costs spread over its months are paid in whole pence and keep their total")
    void costsAreCountedInWholePence() {
        // £1,000 over 3 months is £333.33, £333.34 and £333.33 (each month's running total rounded to the penny).
        RegimeInitiative thirds = RegimeInitiative.yearly("thirds", 0, 1, 3, new double[] {1_000}, new double[] {0});
        FundingRegimeSimulation simulation = new FundingRegimeSimulation(List.of(thirds), new double[] {1_000.01},
                DESCOPE);

        RunOutcome outcome = simulation.run(Regime.ENVELOPE, null);

        assertThat(outcome.years()).containsExactly(new YearAccount(0, 100_001, 0, 100_000, 0, 0, 1));
        assertThat(outcome.spendByYear()[0]).isEqualTo(1_000);
    }

    @Test
    @DisplayName("Over many random portfolios, rules and confirmation months, every regime's every year adds up")
    void everyYearAddsUpOverManyRandomInputs() {
        Random random = new Random(18);
        for (int trial = 0; trial < 400; trial++) {
            int years = 1 + random.nextInt(6);
            List<RegimeInitiative> initiatives = new ArrayList<>();
            int count = 1 + random.nextInt(10);
            for (int i = 0; i < count; i++) {
                double[] monthly = new double[1 + random.nextInt(30)];
                for (int k = 0; k < monthly.length; k++) {
                    // Pounds and pence, and sometimes a third of a pound that no penny can hold.
                    monthly[k] = random.nextInt(5) == 0 ? random.nextInt(100_000) / 3.0
                            : random.nextInt(10_000_000) / 100.0;
                }
                initiatives.add(new RegimeInitiative("I" + i, random.nextInt(years), 1 + random.nextInt(12),
                        monthly, new double[] {random.nextInt(200_000)}));
            }
            double[] budgets = Demonstration.plannedSpendByYear(initiatives, years);
            for (int y = 0; y < years; y++) {
                // From well short of the plan to well over it, to the penny.
                budgets[y] = Math.round(budgets[y] * (0.5 + random.nextDouble()) * 100) / 100.0;
            }
            RegimeRules rules = new RegimeRules(random.nextBoolean() ? RegimeRules.Shortfall.DESCOPE
                    : RegimeRules.Shortfall.DELAY, years + random.nextInt(4));
            FundingRegimeSimulation simulation = new FundingRegimeSimulation(initiatives, budgets, rules);
            int[] confirmed = new int[years];
            for (int y = 0; y < years; y++) {
                confirmed[y] = 1 + random.nextInt(12);
            }
            RunOutcome inYear = simulation.run(Regime.IN_YEAR, confirmed);
            RunOutcome envelope = simulation.run(Regime.ENVELOPE, null);
            assertAddsUp(inYear.years(), budgets);
            assertAddsUp(envelope.years(), budgets);
            assertThat(inYear.years()).allMatch(year -> year.broughtForward() == 0 && year.carriedForward() == 0);
            assertThat(envelope.years()).allMatch(year -> year.lapsed() == 0);
            for (RunOutcome outcome : List.of(inYear, envelope)) {
                assertThat(Math.round(outcome.spent() * 100)).isEqualTo(outcome.years().stream()
                        .mapToLong(YearAccount::spent).sum());
                assertThat(Math.round(outcome.lapsed() * 100)).isEqualTo(outcome.years().stream()
                        .mapToLong(YearAccount::lapsed).sum());
                for (int y = 0; y < years; y++) {
                    assertThat(Math.round(outcome.spendByYear()[y] * 100)).isEqualTo(outcome.years().get(y).spent());
                }
            }

            Comparison comparison = simulation.compare(ConfirmationMonths.BEACON_DEFAULT, 1 + random.nextInt(40),
                    trial, null);
            assertAddsUp(comparison.inYearYears(), budgets);
            assertAddsUp(comparison.envelopeYears(), budgets);
            assertThat(comparison.envelopeYears()).isEqualTo(envelope.years());
        }
    }

    @Test
    @DisplayName("A mean over runs is shared out to whole pence so that each year still adds up")
    void meansOverRunsAreSharedOutToWholePence() {
        // Two runs of one year with a £1.00 budget: spent 1p and 2p, lapsed 99p and 98p, so the means are 1.5p
        // and 98.5p. Shared out by largest remainder (ties to the first): 2p spent and 98p lapsed, 100p in all.
        YearAccountSums sums = new YearAccountSums(1);
        sums.add(List.of(new YearAccount(0, 100, 0, 1, 99, 0, 0)));
        sums.add(List.of(new YearAccount(0, 100, 0, 2, 98, 0, 0)));

        assertThat(sums.mean()).containsExactly(new YearAccount(0, 100, 0, 2, 98, 0, 0));
        assertThat(YearAccountSums.shareOut(new BigInteger[] {BigInteger.valueOf(5), BigInteger.valueOf(5),
                BigInteger.valueOf(5)}, 3, 5)).containsExactly(2, 2, 1);
    }

    /** Every year adds up; the first year brings nothing forward and each later one brings what the last carried. */
    private static void assertAddsUp(List<YearAccount> accounts, double[] budgets) {
        assertThat(accounts).hasSize(budgets.length);
        for (int y = 0; y < budgets.length; y++) {
            YearAccount year = accounts.get(y);
            assertThat(year.year()).isEqualTo(y);
            assertThat(year.budget()).isEqualTo(Math.round(budgets[y] * 100));
            assertThat(year.envelope()).isEqualTo(year.spent() + year.lapsed() + year.carriedForward()
                    + year.unallocated());
            assertThat(List.of(year.spent(), year.lapsed(), year.carriedForward(), year.unallocated()))
                    .allMatch(value -> value >= 0);
            assertThat(year.broughtForward()).isEqualTo(y == 0 ? 0 : accounts.get(y - 1).carriedForward());
        }
        YearAccount whole = YearAccount.wholePeriod(accounts);
        assertThat(whole.envelope()).isEqualTo(Arrays.stream(budgets).mapToLong(b -> Math.round(b * 100)).sum());
        assertThat(whole.envelope()).isEqualTo(whole.spent() + whole.lapsed() + whole.carriedForward()
                + whole.unallocated());
    }

    private static double[] months(int count, double cost) {
        double[] monthly = new double[count];
        Arrays.fill(monthly, cost);
        return monthly;
    }
}
