package uk.beacon.portfolio.domain.optimisation;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * The portfolio optimisation speed goal: 200 initiatives, a 10-year horizon, start years free (any year in which
 * an initiative's costs still fit), with dependencies: optimal or within 1% in under 20 seconds. Run by
 * {@code bench/portfolio-optimisation.sh}; arguments: time limit in seconds, workers, seed, and "marginal" to
 * time the ten re-solves for the marginal value of budget too.
 */
public final class OptimisationBenchmark {

    private OptimisationBenchmark() {
    }

    /**
     * A synthetic force portfolio: each initiative costs £50,000 to £2 million a year for 1 to 4 years, then
     * yields benefits of up to £1 million a year for 5 to 10 years (about a third lose money); 30% need one
     * earlier initiative and 5% a second; 10 pairs exclude each other; at most 40 run at once; each year's budget
     * is about a third of what funding every initiative would cost per year.
     */
    static PortfolioProblem problem(long seed) {
        Random random = new Random(seed);
        int horizon = 10;
        int count = 200;
        List<Initiative> initiatives = new ArrayList<>();
        double totalCost = 0;
        for (int i = 0; i < count; i++) {
            double[] costs = new double[1 + random.nextInt(4)];
            for (int t = 0; t < costs.length; t++) {
                costs[t] = 50_000 + random.nextInt(1_951) * 1_000;
                totalCost += costs[t];
            }
            double[] benefits = new double[costs.length + 5 + random.nextInt(6)];
            double yearly = random.nextInt(1_001) * 1_000;
            for (int t = costs.length; t < benefits.length; t++) {
                benefits[t] = yearly;
            }
            List<String> needs = new ArrayList<>();
            if (i > 0 && random.nextDouble() < 0.30) {
                needs.add("I" + random.nextInt(i));
            }
            if (i > 1 && random.nextDouble() < 0.05) {
                String second = "I" + random.nextInt(i);
                if (!needs.contains(second)) {
                    needs.add(second);
                }
            }
            initiatives.add(new Initiative("I" + i, costs, benefits, null, null, 0, horizon - costs.length,
                    costs.length, needs, List.of()));
        }
        for (int k = 0; k < 10; k++) {
            int a = random.nextInt(count);
            int b = random.nextInt(count);
            Initiative first = initiatives.get(a);
            if (a != b && !first.dependsOn().contains("I" + b) && !initiatives.get(b).dependsOn().contains("I" + a)) {
                List<String> excludes = new ArrayList<>(first.excludes());
                excludes.add("I" + b);
                initiatives.set(a, new Initiative(first.id(), first.costsByYear(), first.benefitsByYear(), null, null,
                        first.earliestStart(), first.latestStart(), first.durationYears(), first.dependsOn(),
                        excludes));
            }
        }
        double[] budgets = new double[horizon];
        for (int y = 0; y < horizon; y++) {
            budgets[y] = Math.round(totalCost / horizon * (0.25 + 0.15 * random.nextDouble()) / 1_000) * 1_000;
        }
        return new PortfolioProblem(horizon, budgets, 40, Objective.NPSV, initiatives);
    }

    public static void main(String[] args) {
        int limit = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        int workers = args.length > 1 ? Integer.parseInt(args[1]) : 8;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 1;
        boolean marginal = args.length > 3 && args[3].equals("marginal");
        PortfolioProblem problem = problem(seed);
        long dependencies = problem.initiatives().stream().mapToLong(i -> i.dependsOn().size()).sum();
        long loadStart = System.nanoTime();
        com.google.ortools.Loader.loadNativeLibraries();
        double loadSeconds = (System.nanoTime() - loadStart) / 1e9;
        PortfolioOptimiser optimiser = new PortfolioOptimiser();
        // -Dsubsolvers=max_lp,reduced_costs,quick_restart runs those CP-SAT strategies, one thread each.
        List<String> subsolvers = System.getProperty("subsolvers", "").isBlank() ? List.of()
                : List.of(System.getProperty("subsolvers").split(","));
        double gap = Double.parseDouble(System.getProperty("gap", "0.01"));
        PortfolioOptimiser.Limits limits = subsolvers.isEmpty()
                ? new PortfolioOptimiser.Limits(Duration.ofSeconds(limit), workers, gap)
                : PortfolioOptimiser.Limits.withSubsolvers(Duration.ofSeconds(limit), gap, subsolvers);
        workers = limits.workers();
        PortfolioSolution solution = optimiser.optimise(problem, limits, (value, bound, seconds) -> {
            System.out.printf(Locale.ROOT, "  %.2f s: portfolio of £%,.0f NPSV, bound £%,.0f%n", seconds, value,
                    bound);
            return true;
        });
        long selected = Arrays.stream(solution.startYears()).filter(s -> s >= 0).count();
        System.out.printf(Locale.ROOT, "Portfolio optimisation: %d initiatives, %d-year horizon, free start windows, "
                + "%d dependencies, at most %d at once, seed %d, %d worker(s)%s, limit %d s%n",
                problem.initiatives().size(), problem.horizonYears(), dependencies, problem.maxConcurrent(), seed,
                workers, subsolvers.isEmpty() ? "" : " " + subsolvers, limit);
        System.out.printf(Locale.ROOT, "native libraries loaded in %.2f s%n", loadSeconds);
        System.out.printf(Locale.ROOT, "time %.2f s, optimal %s, gap %.5f, NPSV £%,.0f, %d initiatives funded%n",
                solution.seconds(), solution.optimal(), solution.gap(), solution.objectiveValue(), selected);
        System.out.println((solution.optimal() || solution.gap() <= 0.01) && solution.seconds() < 20
                ? "GOAL MET: optimal or within 1% in under 20 s" : "GOAL NOT MET: not within 1% in under 20 s");
        if (marginal) {
            long started = System.nanoTime();
            double step = PortfolioOptimiser.marginalStep(problem.budgetByYear());
            PortfolioOptimiser.MarginalValues values = optimiser.marginalValues(problem, solution, step,
                    subsolvers.isEmpty() ? new PortfolioOptimiser.Limits(Duration.ofSeconds(5), workers)
                            : PortfolioOptimiser.Limits.withSubsolvers(Duration.ofSeconds(5), 0, subsolvers),
                    (year, value) -> true);
            System.out.printf(Locale.ROOT, "marginal values (step £%,.0f, 5 s per year): %.2f s, exact %s, "
                    + "by year %s%n", step, (System.nanoTime() - started) / 1e9, values.exact(),
                    Arrays.toString(Arrays.stream(values.perPound()).mapToObj(v -> String.format(Locale.ROOT, "%.3f", v))
                            .toArray()));
        }
    }
}
