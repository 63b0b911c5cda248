package uk.beacon.portfolio.domain.optimisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** One test per rule: each rule, where it binds, changes the portfolio chosen. */
class OptimiserRulesTest {

    private static final PortfolioOptimiser.Limits LIMITS = new PortfolioOptimiser.Limits(Duration.ofSeconds(20), 4);
    private final PortfolioOptimiser optimiser = new PortfolioOptimiser();

    private static Initiative oneYear(String id, double cost, double benefit, int earliest, int latest,
            List<String> needs, List<String> excludes) {
        return Initiative.of(id, new double[] {cost}, new double[] {benefit}, earliest, latest, needs, excludes);
    }

    private PortfolioSolution solve(int horizon, double[] budgets, int maxConcurrent, Initiative... initiatives) {
        PortfolioProblem problem = new PortfolioProblem(horizon, budgets, maxConcurrent, Objective.NPSV,
                List.of(initiatives));
        PortfolioSolution solution = optimiser.optimise(problem, LIMITS, null);
        assertThat(solution.optimal()).isTrue();
        assertThat(OptimisationChecks.brokenRule(problem, solution.startYears())).isNull();
        return solution;
    }

    @Test
    @DisplayName("Budget: a year's spend stays within its budget, so the better of two initiatives is funded")
    void keepsEachYearsSpendWithinItsBudget() {
        Initiative better = oneYear("A", 100_000, 300_000, 0, 0, List.of(), List.of());
        Initiative worse = oneYear("B", 100_000, 200_000, 0, 0, List.of(), List.of());

        PortfolioSolution tight = solve(1, new double[] {150_000}, 0, better, worse);
        PortfolioSolution ample = solve(1, new double[] {200_000}, 0, better, worse);

        assertThat(tight.startYears()).containsExactly(0, -1);
        assertThat(tight.spendByYear()).containsExactly(100_000);
        assertThat(tight.objectiveValue()).isCloseTo(200_000, within(1e-6));
        assertThat(ample.startYears()).containsExactly(0, 0);
        assertThat(ample.spendByYear()).containsExactly(200_000);
    }

    @Test
    @DisplayName("Window: an initiative starts no earlier than its earliest start, though starting at once is worth more")
    void startsWithinTheWindow() {
        Initiative free = Initiative.of("A", new double[] {100_000}, new double[] {0, 500_000}, 0, 3, null, null);
        Initiative late = Initiative.of("B", new double[] {100_000}, new double[] {0, 500_000}, 2, 3, null, null);

        PortfolioSolution solution = solve(4, new double[] {1e6, 1e6, 1e6, 1e6}, 0, free, late);

        assertThat(solution.startYears()).containsExactly(0, 2);
        double expected = (-100_000 + 500_000 / 1.035) + (-100_000 / Math.pow(1.035, 2) + 500_000 / Math.pow(1.035, 3));
        assertThat(solution.objectiveValue()).isCloseTo(expected, within(1e-6));
    }

    @Test
    @DisplayName("Window: an initiative never starts so late that its costs run past the horizon")
    void paysForEveryInitiativeWithinTheHorizon() {
        // Later is cheaper here (the costs are discounted more), but only a start in year 0 or 1 fits the 3 years.
        Initiative initiative = Initiative.of("A", new double[] {100_000, 100_000}, new double[] {400_000}, 0, 2,
                null, null);

        PortfolioSolution solution = solve(3, new double[] {1e6, 1e6, 1e6}, 0, initiative);

        assertThat(solution.startYears()).containsExactly(0);
        assertThat(PortfolioOptimiser.allowedStarts(
                new PortfolioProblem(3, new double[3], 0, Objective.NPSV, List.of(initiative)), initiative))
                .containsExactly(0, 1);
    }

    @Test
    @DisplayName("Dependency: B is funded only with A, and A starts no later than B")
    void fundsADependentOnlyWithWhatItNeeds() {
        Initiative platform = oneYear("A", 100_000, 50_000, 1, 2, List.of(), List.of());
        Initiative app = oneYear("B", 50_000, 400_000, 0, 2, List.of("A"), List.of());

        PortfolioSolution solution = solve(3, new double[] {1e6, 1e6, 1e6}, 0, platform, app);

        // Alone, B would start in year 0 and A would not be funded (it loses money); with the dependency both are
        // funded, and B waits for A's earliest start.
        assertThat(solution.startYears()).containsExactly(1, 1);

        Initiative unaffordable = oneYear("A", 2_000_000, 50_000, 0, 2, List.of(), List.of());
        assertThat(solve(3, new double[] {1e6, 1e6, 1e6}, 0, unaffordable, app).startYears()).containsExactly(-1, -1);
    }

    @Test
    @DisplayName("Dependency: B cannot start before the latest A can start; if A's window is later, B is not funded")
    void doesNotFundADependentBeforeWhatItNeedsCanStart() {
        Initiative platform = oneYear("A", 10_000, 50_000, 2, 2, List.of(), List.of());
        Initiative app = oneYear("B", 50_000, 400_000, 0, 1, List.of("A"), List.of());

        PortfolioSolution solution = solve(3, new double[] {1e6, 1e6, 1e6}, 0, platform, app);

        assertThat(solution.startYears()).containsExactly(2, -1);
    }

    @Test
    @DisplayName("Exclusion: of two initiatives that exclude each other, only the more valuable is funded")
    void fundsOnlyOneOfTwoThatExcludeEachOther() {
        Initiative a = oneYear("A", 100_000, 300_000, 0, 0, List.of(), List.of("B"));
        Initiative b = oneYear("B", 100_000, 350_000, 0, 0, List.of(), List.of());
        Initiative c = oneYear("C", 100_000, 200_000, 0, 0, List.of(), List.of());

        PortfolioSolution solution = solve(1, new double[] {1e6}, 0, a, b, c);

        assertThat(solution.startYears()).containsExactly(-1, 0, 0);
    }

    @Test
    @DisplayName("Concurrency: no more than maxConcurrent initiatives run in any year, so the third waits its turn")
    void runsNoMoreThanTheLimitAtOnce() {
        Initiative[] three = new Initiative[3];
        for (int i = 0; i < 3; i++) {
            three[i] = Initiative.of("I" + i, new double[] {100_000, 100_000}, new double[] {0, 0, 500_000 + i},
                    0, 2, null, null);
        }

        PortfolioSolution unlimited = solve(4, new double[] {1e6, 1e6, 1e6, 1e6}, 0, three);
        PortfolioSolution limited = solve(4, new double[] {1e6, 1e6, 1e6, 1e6}, 2, three);
        PortfolioSolution tooShort = solve(2, new double[] {1e6, 1e6}, 2, three);

        assertThat(unlimited.startYears()).containsExactly(0, 0, 0);
        // The least valuable waits until the other two are done.
        assertThat(limited.startYears()).containsExactly(2, 0, 0);
        assertThat(tooShort.startYears()).containsExactly(-1, 0, 0);
    }

    @Test
    @DisplayName("Objective officerHours funds the initiative that releases most hours within the horizon, whatever its NPSV")
    void maximisesOfficerHoursWhenAsked() {
        Initiative savings = new Initiative("savings", new double[] {100_000}, new double[] {900_000},
                new double[] {100}, null, 0, 0, 1, null, null);
        Initiative hours = new Initiative("hours", new double[] {100_000}, new double[] {0},
                new double[] {5_000, 5_000, 5_000}, null, 0, 1, 1, null, null);
        PortfolioProblem problem = new PortfolioProblem(2, new double[] {100_000, 100_000}, 0,
                Objective.OFFICER_HOURS, List.of(savings, hours));

        PortfolioSolution solution = optimiser.optimise(problem, LIMITS, null);

        // Started in year 0, two of its three years fall within the 2-year horizon; started in year 1, only one.
        assertThat(solution.startYears()).containsExactly(-1, 0);
        assertThat(solution.objectiveValue()).isEqualTo(10_000);
    }

    @Test
    @DisplayName("Marginal value: more budget is worth something only in the year that binds, per pound of the step")
    void valuesMoreBudgetInTheYearThatBinds() {
        Initiative waiting = oneYear("A", 100_000, 150_000, 1, 1, List.of(), List.of());
        PortfolioProblem problem = new PortfolioProblem(2, new double[] {1_000_000, 99_000}, 0, Objective.NPSV,
                List.of(waiting));
        PortfolioSolution base = optimiser.optimise(problem, LIMITS, null);
        double step = PortfolioOptimiser.marginalStep(problem.budgetByYear());

        PortfolioOptimiser.MarginalValues marginal = optimiser.marginalValues(problem, base, step, LIMITS,
                (year, value) -> true);

        assertThat(base.startYears()).containsExactly(-1);
        assertThat(step).isEqualTo(28_000);
        assertThat(marginal.exact()).isTrue();
        assertThat(marginal.perPound()[0]).isZero();
        assertThat(marginal.perPound()[1]).isCloseTo(50_000 / 1.035 / 28_000, within(1e-9));
    }

    @Test
    @DisplayName("Marginal value: a better portfolio that a re-solve finds within the budgets as asked is not credited to the extra budget")
    void doesNotCreditExtraBudgetWithWhatTheFirstSearchMissed() {
        Initiative a = oneYear("A", 100_000, 300_000, 0, 0, List.of(), List.of());
        PortfolioProblem problem = new PortfolioProblem(2, new double[] {200_000, 200_000}, 0, Objective.NPSV,
                List.of(a));
        // As if the first search had stopped early with nothing funded, though A fits year 0's budget.
        PortfolioSolution stoppedShort = new PortfolioSolution(0, false, 1, 200_000, new int[] {-1},
                new double[] {0, 0}, 1);

        PortfolioOptimiser.MarginalValues marginal = optimiser.marginalValues(problem, stoppedShort, 10_000, LIMITS,
                (year, value) -> true);

        assertThat(marginal.base().startYears()).containsExactly(0);
        assertThat(marginal.base().objectiveValue()).isCloseTo(200_000, within(1e-6));
        assertThat(marginal.base().optimal()).isFalse();
        assertThat(marginal.base().gap()).isZero();
        assertThat(marginal.perPound()).containsExactly(0, 0);
        assertThat(marginal.exact()).isFalse();
    }

    @Test
    void namedStrategiesRunOneThreadEachAndAnyOtherCountIsRefused() {
        PortfolioOptimiser.Limits named = PortfolioOptimiser.Limits.withSubsolvers(Duration.ofSeconds(5), 0,
                List.of("max_lp", "reduced_costs", "quick_restart"));

        assertThat(named.workers()).isEqualTo(3);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new PortfolioOptimiser.Limits(Duration.ofSeconds(5),
                8, 0, List.of("max_lp"))).isInstanceOf(IllegalArgumentException.class);
        PortfolioOptimiser.checkLimits(named);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> PortfolioOptimiser.checkLimits(
                PortfolioOptimiser.Limits.withSubsolvers(Duration.ofSeconds(5), 0, List.of("max_lp", "no_such_strategy"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no_such_strategy");
    }
}
