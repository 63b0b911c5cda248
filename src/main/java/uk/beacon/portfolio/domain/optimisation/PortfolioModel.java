package uk.beacon.portfolio.domain.optimisation;

import com.google.ortools.Loader;
import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.LinearExpr;
import com.google.ortools.sat.LinearExprBuilder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The CP-SAT model of a {@link PortfolioProblem}, built one rule at a time: each method adds one rule (or the
 * objective) and returns the model, so that {@link PortfolioOptimiser} states the whole model as a list of rules,
 * and a test can build a model with one rule alone.
 *
 * <p>There is one yes/no variable x[i][k] per initiative i and allowed start year starts[i][k]: 1 when i is funded
 * to start that year. Money is in pence, hours and harm in hundredths ({@link PortfolioOptimiser#SCALE}).
 */
final class PortfolioModel {

    private final PortfolioProblem problem;
    private final List<Initiative> initiatives;
    private final Map<String, Integer> index = new HashMap<>();
    private final CpModel model = new CpModel();
    private final int[][] starts;
    private final BoolVar[][] x;
    /** What x[i][k] adds to the objective, in the model's units. */
    private final long[][] values;

    private PortfolioModel(PortfolioProblem problem) {
        this.problem = problem;
        this.initiatives = problem.initiatives();
        int n = initiatives.size();
        starts = new int[n][];
        x = new BoolVar[n][];
        values = new long[n][];
        for (int i = 0; i < n; i++) {
            Initiative initiative = initiatives.get(i);
            index.put(initiative.id(), i);
            starts[i] = PortfolioOptimiser.allowedStarts(problem, initiative);
            x[i] = new BoolVar[starts[i].length];
            values[i] = new long[starts[i].length];
            for (int k = 0; k < starts[i].length; k++) {
                x[i][k] = model.newBoolVar("x_" + i + "_" + starts[i][k]);
                values[i][k] = Math.round(PortfolioOptimiser.value(problem, initiative, starts[i][k])
                        * PortfolioOptimiser.SCALE);
            }
        }
    }

    /**
     * The model's variables, which keep the start windows: an initiative has a variable only for each start year
     * in its window and early enough for every year of its costs to fall within the horizon
     * ({@link PortfolioOptimiser#allowedStarts}), so it can start in no other year.
     */
    static PortfolioModel startsWithinWindows(PortfolioProblem problem) {
        Loader.loadNativeLibraries();
        return new PortfolioModel(problem);
    }

    /** An initiative starts at most once: at most one of its x[i][k] is 1. */
    PortfolioModel startOnceAtMost() {
        for (BoolVar[] startsOfOne : x) {
            if (startsOfOne.length > 1) {
                model.addAtMostOne(startsOfOne);
            }
        }
        return this;
    }

    /** Each year's spend is within its budget: for each year y, sum of cost(i, y - s) x[i][s] <= budget(y). */
    PortfolioModel budgetPerYear() {
        double[] budgets = problem.budgetByYear();
        for (int y = 0; y < problem.horizonYears(); y++) {
            LinearExprBuilder spend = LinearExpr.newBuilder();
            for (int i = 0; i < x.length; i++) {
                for (int k = 0; k < x[i].length && starts[i][k] <= y; k++) {
                    long cost = Math.round(initiatives.get(i).costAt(y - starts[i][k]) * PortfolioOptimiser.SCALE);
                    if (cost != 0) {
                        spend.addTerm(x[i][k], cost);
                    }
                }
            }
            model.addLessOrEqual(spend, (long) Math.floor(budgets[y] * PortfolioOptimiser.SCALE + 1e-6));
        }
        return this;
    }

    /**
     * At most {@code maxConcurrent} initiatives run in any year (none when it is 0), an initiative running in the
     * years s <= y < s + duration from its start s.
     */
    PortfolioModel atMostConcurrent() {
        if (problem.maxConcurrent() <= 0) {
            return this;
        }
        for (int y = 0; y < problem.horizonYears(); y++) {
            LinearExprBuilder running = LinearExpr.newBuilder();
            for (int i = 0; i < x.length; i++) {
                int duration = initiatives.get(i).durationYears();
                for (int k = 0; k < x[i].length && starts[i][k] <= y; k++) {
                    if (y < starts[i][k] + duration) {
                        running.add(x[i][k]);
                    }
                }
            }
            model.addLessOrEqual(running, problem.maxConcurrent());
        }
        return this;
    }

    /**
     * "B needs A": for every start s of B, x[B][s] <= sum over s' <= s of x[A][s']. B is funded only with A, and A
     * starts no later than B (they may overlap: a dependent piece of work can begin while what it needs is still
     * being delivered).
     */
    PortfolioModel dependenciesStartNoLater() {
        for (int b = 0; b < x.length; b++) {
            for (String needed : initiatives.get(b).dependsOn()) {
                int a = index.get(needed);
                for (int k = 0; k < x[b].length; k++) {
                    LinearExprBuilder earlier = LinearExpr.newBuilder();
                    for (int j = 0; j < x[a].length && starts[a][j] <= starts[b][k]; j++) {
                        earlier.add(x[a][j]);
                    }
                    model.addLessOrEqual(LinearExpr.term(x[b][k], 1), earlier);
                }
            }
        }
        return this;
    }

    /** "A excludes B", whichever of the two names the other: selected(A) + selected(B) <= 1. */
    PortfolioModel mutuallyExclusive() {
        int n = x.length;
        Set<Long> pairs = new HashSet<>();
        for (int a = 0; a < n; a++) {
            for (String other : initiatives.get(a).excludes()) {
                int b = index.get(other);
                if (a == b || !pairs.add((long) Math.min(a, b) * n + Math.max(a, b))) {
                    continue;
                }
                List<BoolVar> either = new ArrayList<>(Arrays.asList(x[a]));
                either.addAll(Arrays.asList(x[b]));
                model.addAtMostOne(either.toArray(new BoolVar[0]));
            }
        }
        return this;
    }

    /**
     * Starts the search from {@code hint}'s portfolio and accepts no portfolio worth less than it. For a hint that
     * keeps every rule of the model (as a portfolio for a problem with less budget does), the best is at least
     * its value, so this loses nothing and spares the search the portfolios below it.
     */
    PortfolioModel noWorseThan(PortfolioSolution hint) {
        long floor = 0;
        int[] hinted = hint.startYears();
        for (int i = 0; i < x.length; i++) {
            for (int k = 0; k < x[i].length; k++) {
                boolean chosen = hinted[i] == starts[i][k];
                model.addHint(x[i][k], chosen ? 1 : 0);
                floor += chosen ? values[i][k] : 0;
            }
        }
        model.addGreaterOrEqual(value(), floor);
        return this;
    }

    /** The objective: the most total {@link PortfolioOptimiser#value} of the initiatives funded, at their starts. */
    PortfolioModel maximiseValue() {
        model.maximize(value());
        return this;
    }

    private LinearExpr value() {
        LinearExprBuilder value = LinearExpr.newBuilder();
        for (int i = 0; i < x.length; i++) {
            for (int k = 0; k < x[i].length; k++) {
                value.addTerm(x[i][k], values[i][k]);
            }
        }
        return value.build();
    }

    CpModel cpModel() {
        return model;
    }

    /** The portfolio the solver found: the start years chosen and, from the unrounded figures, value and spend. */
    Funded funded(CpSolver solver) {
        int n = x.length;
        int horizon = problem.horizonYears();
        int[] chosen = new int[n];
        Arrays.fill(chosen, -1);
        double total = 0;
        double[] spent = new double[horizon];
        for (int i = 0; i < n; i++) {
            Initiative initiative = initiatives.get(i);
            for (int k = 0; k < x[i].length; k++) {
                if (solver.booleanValue(x[i][k])) {
                    int s = starts[i][k];
                    chosen[i] = s;
                    total += PortfolioOptimiser.value(problem, initiative, s);
                    for (int y = s; y < horizon; y++) {
                        spent[y] += initiative.costAt(y - s);
                    }
                }
            }
        }
        return new Funded(total, chosen, spent);
    }

    /** The initiatives funded: their start years (-1 for one not funded), their total value and spend by year. */
    record Funded(double value, int[] startYears, double[] spendByYear) {
    }
}
