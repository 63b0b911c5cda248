package uk.beacon.portfolio.domain.optimisation;

import com.google.ortools.Loader;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverSolutionCallback;
import com.google.ortools.sat.CpSolverStatus;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import uk.beacon.platform.CancellationWatch;
import uk.beacon.portfolio.domain.appraisal.DiscountSchedule;

/**
 * Chooses a portfolio with OR-Tools CP-SAT: which initiatives to fund and the year each starts, maximising the
 * {@link Objective} within each year's budget, the start windows, the dependencies and exclusions, and the limit
 * on initiatives running at once.
 *
 * <p>The model has one yes/no variable x[i][s] per initiative i and allowed start year s. {@link PortfolioModel}
 * builds it one rule a method (start windows, one start at most, budget per year, the limit at once, dependencies,
 * exclusions, then the objective), and {@link #solve} lists the rules it is built from.
 *
 * <p>CP-SAT needs whole numbers, so money enters the model in pence, and hours and harm in hundredths; the
 * value reported is summed from the unrounded figures.
 */
public final class PortfolioOptimiser {

    /** Money in pence, hours and harm in hundredths. */
    static final double SCALE = 100;

    /** Told of each better portfolio as the solver finds it; answering false stops the search early. */
    @FunctionalInterface
    public interface Progress {
        boolean improved(double objectiveValue, double bound, double seconds);

        /** Asked twice a second while the solver searches; false stops the search early. */
        default boolean stillWanted() {
            return true;
        }
    }

    /**
     * The CP-SAT strategies a portfolio search runs, one thread each. On two cores, raising the proven bound
     * with the linear relaxation ({@code max_lp}) and its reduced costs while one thread keeps restarting to
     * find portfolios, brought 200 initiatives within 1% in 0.8 to 6.2 s where CP-SAT's own mix for 8 workers
     * took 3.7 to 9 s and for 2 workers never got within 7% in 20 s ({@code bench/README.md}). Set
     * {@code beacon.portfolio.optimisation.subsolvers} to an empty value for CP-SAT's own mix of {@code workers}
     * threads (for example on a machine with many cores).
     */
    public static final String DEFAULT_SUBSOLVERS = "max_lp,reduced_costs,quick_restart";

    /**
     * How long the solver may search, with how many threads, and how close to the proven bound is close enough:
     * it stops once (bound - value) / |value| is at most {@code relativeGap} (0: only when proven optimal).
     * {@code subsolvers} names CP-SAT's search strategies to run, one thread each (then {@code workers} is their
     * number); empty leaves CP-SAT to choose its own mix for that many workers.
     */
    public record Limits(Duration timeLimit, int workers, double relativeGap, List<String> subsolvers) {

        public Limits(Duration timeLimit, int workers) {
            this(timeLimit, workers, 0);
        }

        public Limits(Duration timeLimit, int workers, double relativeGap) {
            this(timeLimit, workers, relativeGap, List.of());
        }

        /** One thread for each of the named CP-SAT strategies. */
        public static Limits withSubsolvers(Duration timeLimit, double relativeGap, List<String> subsolvers) {
            return new Limits(timeLimit, subsolvers.size(), relativeGap, subsolvers);
        }

        public Limits {
            subsolvers = List.copyOf(subsolvers);
            if (!subsolvers.isEmpty() && workers != subsolvers.size()) {
                throw new IllegalArgumentException("Named strategies run one a thread: workers must be their number");
            }
            if (workers < 1) {
                throw new IllegalArgumentException("At least one worker is needed");
            }
        }
    }

    /** The solver found no portfolio in its time (the empty portfolio always keeps the rules). */
    public static class NoPortfolioException extends RuntimeException {
        public NoPortfolioException(String message) {
            super(message);
        }
    }

    /**
     * The value of more budget in each year.
     *
     * @param step the pounds added to one year's budget at a time
     * @param perPound the objective gained per extra pound in each year: (best with the year raised by the
     *     step - best as asked) / step
     * @param exact whether every re-solve (and the first solve) was proven optimal
     * @param base the portfolio the gains are measured from: the first solve's, or a better one that a re-solve
     *     found within the budgets as asked (when the first solve was not proven optimal)
     */
    public record MarginalValues(double step, double[] perPound, boolean exact, PortfolioSolution base) {

        public MarginalValues {
            perPound = perPound.clone();
        }

        @Override
        public double[] perPound() {
            return perPound.clone();
        }
    }

    /**
     * What initiative {@code initiative} adds to the objective when it starts in year {@code start}. For the NPSV,
     * each year's net benefit is discounted with the appraisal's {@link DiscountSchedule#GREEN_BOOK}, so an
     * initiative is worth here what the Green Book calculator gives for the same money in the same years.
     */
    public static double value(PortfolioProblem problem, Initiative initiative, int start) {
        double total = 0;
        switch (problem.objective()) {
            case NPSV -> {
                double[] costs = initiative.costsByYear();
                double[] benefits = initiative.benefitsByYear();
                for (int t = 0; t < Math.max(costs.length, benefits.length); t++) {
                    double net = (t < benefits.length ? benefits[t] : 0) - (t < costs.length ? costs[t] : 0);
                    total += DiscountSchedule.GREEN_BOOK.factorAsDouble(start + t) * net;
                }
            }
            case OFFICER_HOURS -> total = withinHorizon(initiative.officerHoursByYear(), start, problem.horizonYears());
            case HARM -> total = withinHorizon(initiative.harmReductionByYear(), start, problem.horizonYears());
        }
        return total;
    }

    private static double withinHorizon(double[] byYear, int start, int horizon) {
        double total = 0;
        for (int t = 0; t < byYear.length && start + t < horizon; t++) {
            total += byYear[t];
        }
        return total;
    }

    /** The start years allowed for an initiative: its window, cut to the years where every cost meets a budget. */
    public static int[] allowedStarts(PortfolioProblem problem, Initiative initiative) {
        int last = Math.min(initiative.latestStart(), problem.horizonYears() - initiative.costsByYear().length);
        last = Math.min(last, problem.horizonYears() - 1);
        if (last < initiative.earliestStart()) {
            return new int[0];
        }
        int[] starts = new int[last - initiative.earliestStart() + 1];
        Arrays.setAll(starts, k -> initiative.earliestStart() + k);
        return starts;
    }

    /** The budget step for {@link #marginalValues}: 5% of the mean yearly budget, up to whole £1,000, at least £1,000. */
    public static double marginalStep(double[] budgetByYear) {
        double mean = Arrays.stream(budgetByYear).average().orElse(0);
        return Math.max(1_000, Math.ceil(0.05 * mean / 1_000) * 1_000);
    }

    public PortfolioSolution optimise(PortfolioProblem problem, Limits limits, Progress progress) {
        return solve(problem, limits, progress, null);
    }

    /**
     * Re-solves once per year with that year's budget raised by {@code step}, starting from {@code base} (still a
     * feasible portfolio, so no re-solve can report less than it).
     */
    public MarginalValues marginalValues(PortfolioProblem problem, PortfolioSolution base, double step,
            Limits limits, YearDone yearDone) {
        int years = problem.horizonYears();
        double[] raisedValues = new double[years];
        boolean exact = base.optimal();
        PortfolioSolution best = base;
        double[] budgets = problem.budgetByYear();
        for (int year = 0; year < years; year++) {
            PortfolioSolution raised = solve(problem.withMoreBudget(year, step), limits, null, best);
            exact &= raised.optimal();
            raisedValues[year] = raised.objectiveValue();
            // A re-solve may find a better portfolio that needs none of the extra budget: the first solve then
            // stopped short of the best, and the gains are measured from this one instead, or they would credit
            // the extra pounds with what the first search missed.
            if (raised.objectiveValue() > best.objectiveValue() && withinBudgets(raised.spendByYear(), budgets)) {
                best = base.improvedTo(raised);
            }
            if (!yearDone.done(year, Math.max(0, raisedValues[year] - best.objectiveValue()) / step)) {
                break;
            }
        }
        double[] perPound = new double[years];
        for (int year = 0; year < years; year++) {
            perPound[year] = Math.max(0, raisedValues[year] - best.objectiveValue()) / step;
        }
        return new MarginalValues(step, perPound, exact, best);
    }

    private static boolean withinBudgets(double[] spend, double[] budgets) {
        for (int y = 0; y < spend.length; y++) {
            if (Math.round(spend[y] * SCALE) > (long) Math.floor(budgets[y] * SCALE + 1e-6)) {
                return false;
            }
        }
        return true;
    }

    /** Told as each year's re-solve finishes; answering false stops the rest. */
    @FunctionalInterface
    public interface YearDone {
        boolean done(int year, double perPound);
    }

    /**
     * Checks, by solving a one-variable model, that CP-SAT accepts the limits (it answers MODEL_INVALID to a
     * strategy name it does not know), so that a misconfigured setting stops Beacon starting rather than failing
     * every optimisation.
     *
     * @throws IllegalArgumentException naming the strategies when CP-SAT refuses them
     */
    public static void checkLimits(Limits limits) {
        Loader.loadNativeLibraries();
        CpModel model = new CpModel();
        model.maximize(model.newBoolVar("x"));
        CpSolver solver = new CpSolver();
        solver.getParameters().setMaxTimeInSeconds(5).setNumWorkers(limits.workers())
                .addAllSubsolvers(limits.subsolvers());
        if (solver.solve(model) == CpSolverStatus.MODEL_INVALID) {
            throw new IllegalArgumentException("CP-SAT does not accept the strategies " + limits.subsolvers()
                    + " with " + limits.workers() + " worker(s)");
        }
    }

    /**
     * The model, rule by rule (see {@link PortfolioModel}), then the search. With a hint (a portfolio that keeps
     * every rule of this problem), the search starts from it and accepts nothing worth less.
     */
    private PortfolioSolution solve(PortfolioProblem problem, Limits limits, Progress progress,
            PortfolioSolution hint) {
        long started = System.nanoTime();
        PortfolioModel model = PortfolioModel.startsWithinWindows(problem)
                .startOnceAtMost()
                .budgetPerYear()
                .atMostConcurrent()
                .dependenciesStartNoLater()
                .mutuallyExclusive();
        if (hint != null) {
            model.noWorseThan(hint);
        }
        return search(model.maximiseValue(), limits, progress, started);
    }

    /**
     * Searches a built model within the limits, telling {@code progress} (when given) of each better portfolio.
     *
     * @param startedNanos when the solve began (for the seconds reported)
     * @throws NoPortfolioException when the search found no portfolio
     */
    PortfolioSolution search(PortfolioModel model, Limits limits, Progress progress, long startedNanos) {
        CpSolver solver = new CpSolver();
        solver.getParameters()
                .setMaxTimeInSeconds(limits.timeLimit().toMillis() / 1000.0)
                .setNumWorkers(limits.workers())
                .addAllSubsolvers(limits.subsolvers())
                .setRelativeGapLimit(limits.relativeGap())
                .setRandomSeed(1);
        CancellationWatch watch = progress == null ? CancellationWatch.none()
                : CancellationWatch.start("portfolio-optimisation-watcher", progress::stillWanted, solver::stopSearch);
        CpSolverStatus status;
        try {
            status = solver.solve(model.cpModel(), new CpSolverSolutionCallback() {
                @Override
                public void onSolutionCallback() {
                    if (progress != null && !progress.improved(objectiveValue() / SCALE,
                            bestObjectiveBound() / SCALE, wallTime())) {
                        stopSearch();
                    }
                }
            });
        } finally {
            watch.close();
        }
        if (status != CpSolverStatus.OPTIMAL && status != CpSolverStatus.FEASIBLE) {
            throw new NoPortfolioException("The solver found no portfolio within "
                    + limits.timeLimit().toSeconds() + " seconds (" + status + "); allow it longer");
        }
        PortfolioModel.Funded funded = model.funded(solver);
        // CP-SAT says OPTIMAL also when it stops within the relative gap asked; optimal here means proven best.
        double found = solver.objectiveValue();
        double bound = Math.max(found, Math.floor(solver.bestObjectiveBound() + 1e-6));
        boolean optimal = status == CpSolverStatus.OPTIMAL && bound <= found;
        double gap = optimal ? 0 : (bound - found) / Math.max(1, Math.abs(found));
        return new PortfolioSolution(funded.value(), optimal, gap, funded.value() + (bound - found) / SCALE,
                funded.startYears(), funded.spendByYear(), (System.nanoTime() - startedNanos) / 1e9);
    }
}
