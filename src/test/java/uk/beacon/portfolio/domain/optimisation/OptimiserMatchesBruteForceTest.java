package uk.beacon.portfolio.domain.optimisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The "Done means": on small instances (up to 15 initiatives) the optimiser's objective equals brute-force
 * enumeration. The enumeration tries every combination of "not funded" or a start year in the window for every
 * initiative, pruning only partial plans that already break a budget, the concurrency limit or an exclusion (rules
 * that adding initiatives can never mend), and checks dependencies on complete plans.
 */
class OptimiserMatchesBruteForceTest {

    private static final PortfolioOptimiser.Limits CP_SAT_MIX = new PortfolioOptimiser.Limits(Duration.ofSeconds(20), 4);
    /** The service's default: named strategies, one thread each. */
    private static final PortfolioOptimiser.Limits NAMED_STRATEGIES = PortfolioOptimiser.Limits.withSubsolvers(
            Duration.ofSeconds(20), 0, List.of(PortfolioOptimiser.DEFAULT_SUBSOLVERS.split(",")));

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25,
            26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40})
    @DisplayName("On random instances of 3 to 15 initiatives the optimiser's objective equals brute-force enumeration")
    void matchesBruteForce(long seed) {
        Random random = new Random(seed);
        Objective objective = seed % 5 == 0 ? Objective.OFFICER_HOURS : seed % 7 == 0 ? Objective.HARM
                : Objective.NPSV;
        PortfolioProblem problem = randomProblem(random, seed % 4 == 0 ? 15 : 3 + random.nextInt(11), objective);

        Best best = bruteForce(problem);
        // Half the instances with CP-SAT's own mix of threads, half with the strategies the service runs.
        PortfolioSolution solution = new PortfolioOptimiser().optimise(problem,
                seed % 2 == 0 ? CP_SAT_MIX : NAMED_STRATEGIES, null);

        assertThat(solution.optimal()).isTrue();
        assertThat(solution.gap()).isZero();
        assertThat(OptimisationChecks.brokenRule(problem, solution.startYears())).isNull();
        assertThat(solution.objectiveValue())
                .isCloseTo(OptimisationChecks.valueOf(problem, solution.startYears()), within(1e-6));
        // The model rounds each initiative's value to the penny (or hundredth), so it may settle on a plan up to
        // half a penny per initiative worse than the true best; never on a better one.
        double slack = 0.01 * problem.initiatives().size();
        assertThat(solution.objectiveValue()).isBetween(best.value - slack, best.value + 1e-6);
        if (best.value > slack) {
            assertThat(solution.startYears()).as("something is funded when funding pays").containsAnyOf(
                    java.util.stream.IntStream.range(0, problem.horizonYears()).toArray());
        }
    }

    static PortfolioProblem randomProblem(Random random, int count, Objective objective) {
        int horizon = 4 + random.nextInt(3);
        List<Initiative> initiatives = new ArrayList<>();
        long combinations = 1;
        double totalCost = 0;
        for (int i = 0; i < count; i++) {
            double[] costs = new double[1 + random.nextInt(3)];
            for (int t = 0; t < costs.length; t++) {
                costs[t] = 50_000 + random.nextInt(400) * 1_000;
                totalCost += costs[t];
            }
            double[] benefits = new double[1 + random.nextInt(6)];
            for (int t = 0; t < benefits.length; t++) {
                benefits[t] = random.nextInt(300) * 1_000 - 20_000;
            }
            double[] hours = new double[benefits.length];
            double[] harm = new double[benefits.length];
            for (int t = 0; t < benefits.length; t++) {
                hours[t] = random.nextInt(5_000) / 4.0;
                harm[t] = random.nextInt(100) - 10;
            }
            int lastFit = horizon - costs.length;
            int width = combinations > 40_000 ? 0 : random.nextInt(3);
            int earliest = random.nextInt(lastFit + 1);
            int latest = Math.min(lastFit, earliest + width);
            combinations *= latest - earliest + 2;
            List<String> needs = new ArrayList<>();
            List<String> excludes = new ArrayList<>();
            if (i > 0 && random.nextDouble() < 0.25) {
                needs.add("I" + random.nextInt(i));
            }
            if (i > 0 && random.nextDouble() < 0.15) {
                String other = "I" + random.nextInt(i);
                if (!needs.contains(other)) {
                    excludes.add(other);
                }
            }
            int duration = Math.max(1, costs.length + random.nextInt(2));
            initiatives.add(new Initiative("I" + i, costs, benefits, hours, harm, earliest, latest, duration, needs,
                    excludes));
        }
        double[] budgets = new double[horizon];
        for (int y = 0; y < horizon; y++) {
            budgets[y] = Math.round(totalCost / horizon * (0.2 + 0.5 * random.nextDouble()) / 1_000) * 1_000;
        }
        int maxConcurrent = random.nextInt(4) == 0 ? 0 : 2 + random.nextInt(3);
        return new PortfolioProblem(horizon, budgets, maxConcurrent, objective, initiatives);
    }

    record Best(double value, int[] startYears) {
    }

    /** Every plan, by depth-first search; the best value among the plans that keep every rule. */
    static Best bruteForce(PortfolioProblem problem) {
        Search search = new Search(problem);
        search.visit(0);
        return new Best(search.bestValue, search.bestStarts);
    }

    private static final class Search {
        final PortfolioProblem problem;
        final List<Initiative> initiatives;
        final Map<String, Integer> index = new HashMap<>();
        final int[] starts;
        final double[] spend;
        final int[] running;
        final double[] budgets;
        double bestValue = 0;
        int[] bestStarts;

        Search(PortfolioProblem problem) {
            this.problem = problem;
            this.initiatives = problem.initiatives();
            for (int i = 0; i < initiatives.size(); i++) {
                index.put(initiatives.get(i).id(), i);
            }
            this.starts = new int[initiatives.size()];
            java.util.Arrays.fill(starts, -1);
            this.bestStarts = starts.clone();
            this.spend = new double[problem.horizonYears()];
            this.running = new int[problem.horizonYears()];
            this.budgets = problem.budgetByYear();
        }

        void visit(int i) {
            if (i == initiatives.size()) {
                if (OptimisationChecks.brokenRule(problem, starts) == null) {
                    double value = OptimisationChecks.valueOf(problem, starts);
                    if (value > bestValue) {
                        bestValue = value;
                        bestStarts = starts.clone();
                    }
                }
                return;
            }
            starts[i] = -1;
            visit(i + 1);
            Initiative initiative = initiatives.get(i);
            double[] costs = initiative.costsByYear();
            for (int s = initiative.earliestStart(); s <= initiative.latestStart(); s++) {
                if (s + costs.length > problem.horizonYears() || excludedByEarlier(initiative, i)) {
                    continue;
                }
                boolean fits = true;
                for (int t = 0; t < costs.length; t++) {
                    spend[s + t] += costs[t];
                    fits &= spend[s + t] <= budgets[s + t] + 1e-6;
                }
                int end = Math.min(problem.horizonYears(), s + initiative.durationYears());
                for (int y = s; y < end; y++) {
                    running[y]++;
                    fits &= problem.maxConcurrent() == 0 || running[y] <= problem.maxConcurrent();
                }
                if (fits) {
                    starts[i] = s;
                    visit(i + 1);
                    starts[i] = -1;
                }
                for (int t = 0; t < costs.length; t++) {
                    spend[s + t] -= costs[t];
                }
                for (int y = s; y < end; y++) {
                    running[y]--;
                }
            }
        }

        private boolean excludedByEarlier(Initiative initiative, int i) {
            for (int j = 0; j < i; j++) {
                if (starts[j] >= 0 && (initiative.excludes().contains(initiatives.get(j).id())
                        || initiatives.get(j).excludes().contains(initiative.id()))) {
                    return true;
                }
            }
            return false;
        }
    }
}
