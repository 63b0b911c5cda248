package uk.beacon.portfolio.domain.optimisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * One test for each rule of the portfolio model, with the model built from that rule alone (and the objective):
 * on a tiny instance the rule decides the answer, which differs when the rule is left out or its input relaxed.
 * Starts within the windows are how the model's variables are made, so every model keeps that rule; where an
 * instance lets an initiative start in more than one year, it also keeps "at most one start".
 */
class PortfolioModelTest {

    private static final PortfolioOptimiser.Limits LIMITS = new PortfolioOptimiser.Limits(Duration.ofSeconds(20), 2);
    private static final double MILLION = 1_000_000;

    private static PortfolioSolution solve(PortfolioModel model) {
        return new PortfolioOptimiser().search(model.maximiseValue(), LIMITS, null, System.nanoTime());
    }

    private static PortfolioProblem problem(double[] budgets, int maxConcurrent, Initiative... initiatives) {
        return new PortfolioProblem(budgets.length, budgets, maxConcurrent, Objective.NPSV, List.of(initiatives));
    }

    private static double[] budgets(int years, double each) {
        double[] budgets = new double[years];
        Arrays.fill(budgets, each);
        return budgets;
    }

    /** Costs {@code cost} and brings {@code benefit} in the year it starts, which can only be {@code year}. */
    private static Initiative inYear(String id, int year, double cost, double benefit, List<String> needs,
            List<String> excludes) {
        return Initiative.of(id, new double[] {cost}, new double[] {benefit}, year, year, needs, excludes);
    }

    private static Initiative inYear(String id, int year, double cost, double benefit) {
        return inYear(id, year, cost, benefit, List.of(), List.of());
    }

    private static PortfolioModel rules(PortfolioProblem problem) {
        return PortfolioModel.startsWithinWindows(problem);
    }

    @Test
    @DisplayName("An initiative starts no earlier than its window opens, though starting at once would be worth more")
    void anInitiativeStartsWithinItsWindow() {
        Initiative late = Initiative.of("A", new double[] {100_000}, new double[] {0, 500_000}, 2, 3, null, null);
        Initiative open = Initiative.of("A", new double[] {100_000}, new double[] {0, 500_000}, 0, 3, null, null);

        PortfolioSolution windowed = solve(rules(problem(budgets(4, MILLION), 0, late)).startOnceAtMost());
        PortfolioSolution relaxed = solve(rules(problem(budgets(4, MILLION), 0, open)).startOnceAtMost());

        assertThat(windowed.startYears()).containsExactly(2);
        assertThat(relaxed.startYears()).containsExactly(0);
    }

    @Test
    @DisplayName("An initiative never starts so late that its costs run past the horizon, even where a budget pays for its first year")
    void anInitiativeStartsOnlyWhereEveryYearOfItsCostsHasABudget() {
        // Only year 2 has money; the initiative costs in two years, so starting in year 2 needs a year 3.
        Initiative twoYears = Initiative.of("A", new double[] {100_000, 100_000}, new double[] {400_000}, 0, 3,
                null, null);

        PortfolioSolution threeYears = solve(rules(problem(new double[] {0, 0, MILLION}, 0, twoYears))
                .startOnceAtMost().budgetPerYear());
        PortfolioSolution fourYears = solve(rules(problem(new double[] {0, 0, MILLION, MILLION}, 0, twoYears))
                .startOnceAtMost().budgetPerYear());

        assertThat(threeYears.startYears()).containsExactly(-1);
        assertThat(fourYears.startYears()).containsExactly(2);
    }

    @Test
    @DisplayName("An initiative starts at most once, though each of its start years alone would be worth something")
    void anInitiativeStartsAtMostOnce() {
        Initiative a = Initiative.of("A", new double[] {100_000}, new double[] {0, 500_000}, 0, 2, null, null);
        PortfolioProblem problem = problem(budgets(3, MILLION), 0, a);

        PortfolioSolution once = solve(rules(problem).startOnceAtMost());
        PortfolioSolution unruled = solve(rules(problem));

        assertThat(once.startYears()).containsExactly(0);
        assertThat(once.objectiveValue()).isCloseTo(OptimisationChecks.valueOf(problem, a, 0), within(1e-6));
        assertThat(unruled.objectiveValue()).isCloseTo(OptimisationChecks.valueOf(problem, a, 0)
                + OptimisationChecks.valueOf(problem, a, 1) + OptimisationChecks.valueOf(problem, a, 2), within(1e-6));
    }

    @Test
    @DisplayName("A year's spend stays within its budget, so of two initiatives that do not both fit the more valuable is funded")
    void eachYearsSpendStaysWithinItsBudget() {
        Initiative better = inYear("A", 0, 100_000, 300_000);
        Initiative worse = inYear("B", 0, 100_000, 200_000);
        PortfolioProblem tight = problem(new double[] {150_000}, 0, better, worse);

        PortfolioSolution budgeted = solve(rules(tight).budgetPerYear());
        PortfolioSolution unruled = solve(rules(tight));
        PortfolioSolution exact = solve(rules(problem(new double[] {200_000}, 0, better, worse)).budgetPerYear());

        assertThat(budgeted.startYears()).containsExactly(0, -1);
        assertThat(budgeted.spendByYear()).containsExactly(100_000);
        assertThat(unruled.startYears()).containsExactly(0, 0);
        assertThat(exact.startYears()).as("a budget spent to the pound").containsExactly(0, 0);
    }

    @Test
    @DisplayName("No more initiatives than the limit run in any year, each counted for every year of its duration")
    void noMoreThanTheLimitRunAtOnce() {
        // A runs in years 0 and 1; B, in year 1 only, is worth less.
        Initiative twoYearTeam = new Initiative("A", new double[] {100_000}, new double[] {300_000}, null, null, 0, 0,
                2, null, null);
        Initiative oneYearTeam = new Initiative("A", new double[] {100_000}, new double[] {300_000}, null, null, 0, 0,
                1, null, null);
        Initiative b = inYear("B", 1, 100_000, 200_000);

        PortfolioSolution limited = solve(rules(problem(budgets(2, MILLION), 1, twoYearTeam, b)).atMostConcurrent());
        PortfolioSolution unruled = solve(rules(problem(budgets(2, MILLION), 1, twoYearTeam, b)));
        PortfolioSolution shorter = solve(rules(problem(budgets(2, MILLION), 1, oneYearTeam, b)).atMostConcurrent());
        PortfolioSolution noLimit = solve(rules(problem(budgets(2, MILLION), 0, twoYearTeam, b)).atMostConcurrent());

        assertThat(limited.startYears()).containsExactly(0, -1);
        assertThat(unruled.startYears()).containsExactly(0, 1);
        assertThat(shorter.startYears()).containsExactly(0, 1);
        assertThat(noLimit.startYears()).as("a limit of 0 is none").containsExactly(0, 1);
    }

    @Test
    @DisplayName("A dependent is funded only with what it needs, started in the same year or earlier")
    void aDependentIsFundedOnlyWithWhatItNeedsStartedNoLater() {
        // A loses money, so alone it is never funded; B is worth far more and needs A.
        Initiative app = inYear("B", 1, 50_000, 400_000, List.of("A"), List.of());
        Initiative sameYear = inYear("A", 1, 100_000, 50_000);
        Initiative earlier = inYear("A", 0, 100_000, 50_000);
        Initiative later = inYear("A", 2, 100_000, 50_000);

        assertThat(solve(rules(problem(budgets(3, MILLION), 0, sameYear, app)).dependenciesStartNoLater())
                .startYears()).containsExactly(1, 1);
        assertThat(solve(rules(problem(budgets(3, MILLION), 0, earlier, app)).dependenciesStartNoLater())
                .startYears()).containsExactly(0, 1);
        assertThat(solve(rules(problem(budgets(3, MILLION), 0, later, app)).dependenciesStartNoLater())
                .startYears()).as("A cannot start by B's year").containsExactly(-1, -1);
        assertThat(solve(rules(problem(budgets(3, MILLION), 0, sameYear, app))).startYears())
                .as("without the rule, B alone").containsExactly(-1, 1);
    }

    @Test
    @DisplayName("Of two initiatives that exclude each other only the more valuable is funded, whichever of them names the other")
    void ofTwoThatExcludeEachOtherOnlyOneIsFunded() {
        Initiative c = inYear("C", 0, 100_000, 200_000);
        PortfolioProblem aNamesB = problem(budgets(1, MILLION), 0,
                inYear("A", 0, 100_000, 300_000, List.of(), List.of("B")), inYear("B", 0, 100_000, 350_000), c);
        PortfolioProblem bNamesA = problem(budgets(1, MILLION), 0, inYear("A", 0, 100_000, 300_000),
                inYear("B", 0, 100_000, 350_000, List.of(), List.of("A")), c);

        assertThat(solve(rules(aNamesB).mutuallyExclusive()).startYears()).containsExactly(-1, 0, 0);
        assertThat(solve(rules(bNamesA).mutuallyExclusive()).startYears()).containsExactly(-1, 0, 0);
        assertThat(solve(rules(aNamesB)).startYears()).containsExactly(0, 0, 0);
    }

    @Test
    @DisplayName("Started from a hinted portfolio, the search accepts none worth less than it, so a hint worth more than any portfolio keeping the rules leaves none")
    void theSearchAcceptsNoPortfolioWorthLessThanTheHint() {
        PortfolioProblem tight = problem(new double[] {150_000}, 0, inYear("A", 0, 100_000, 300_000),
                inYear("B", 0, 100_000, 200_000));
        PortfolioSolution worthLess = hint(-1, 0);
        PortfolioSolution worthMoreThanAllowed = hint(0, 0);

        assertThat(solve(rules(tight).budgetPerYear().noWorseThan(worthLess)).startYears()).containsExactly(0, -1);
        assertThatThrownBy(() -> solve(rules(tight).budgetPerYear().noWorseThan(worthMoreThanAllowed)))
                .isInstanceOf(PortfolioOptimiser.NoPortfolioException.class).hasMessageContaining("INFEASIBLE");
        assertThat(solve(rules(tight).budgetPerYear()).startYears()).containsExactly(0, -1);
    }

    private static PortfolioSolution hint(int... startYears) {
        return new PortfolioSolution(0, false, 0, 0, startYears, new double[] {0}, 0);
    }

    @Test
    @DisplayName("The objective is the funded initiatives' values at their start years: what is worth something is funded, what loses money is not")
    void theObjectiveIsTheValueOfWhatIsFunded() {
        Initiative gains = inYear("A", 0, 100_000, 300_000);
        Initiative loses = inYear("B", 0, 100_000, 90_000);
        Initiative later = inYear("C", 2, 100_000, 300_000);
        PortfolioProblem problem = problem(budgets(3, MILLION), 0, gains, loses, later);

        PortfolioSolution solution = solve(rules(problem));

        assertThat(solution.startYears()).containsExactly(0, -1, 2);
        assertThat(solution.objectiveValue()).isCloseTo(200_000 + 200_000 / Math.pow(1.035, 2), within(1e-6));
        assertThat(solution.spendByYear()).containsExactly(100_000, 0, 100_000);
        assertThat(solution.optimal()).isTrue();
    }
}
