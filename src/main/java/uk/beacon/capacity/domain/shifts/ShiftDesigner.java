package uk.beacon.capacity.domain.shifts;

import com.google.ortools.Loader;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverSolutionCallback;
import com.google.ortools.sat.CpSolverStatus;
import java.time.Duration;
import java.util.List;
import uk.beacon.platform.CancellationWatch;

/**
 * Designs a weekly roster at hourly resolution with OR-Tools CP-SAT: how many people work each
 * allowed shift (day, start hour, length) so that every hour of the week has at least its
 * requirement on duty, at the fewest paid person-hours, keeping the {@link ShiftRules}.
 *
 * <p>The model is the cyclic set-covering model of shift scheduling (Dantzig 1954; Bartholdi, Orlin and
 * Ratliff 1980 for the cyclic week): one integer variable per candidate shift, one covering constraint
 * per hour. A shift's hours wrap round the week, as a repeating roster does. {@link ShiftModel} builds it one
 * rule a method (the allowed shifts, the people on each, the cover in each hour, the briefing overlap, then the
 * objective), and {@link #solve} lists the rules it is built from.
 */
public final class ShiftDesigner {

    /** Told of each better plan as the solver finds it; answering false stops the search early. */
    @FunctionalInterface
    public interface Progress {
        boolean improved(long paidHours, double lowerBound, double seconds);

        /** Asked twice a second while the solver searches; false stops the search early. */
        default boolean stillWanted() {
            return true;
        }
    }

    /** How long the solver may search and with how many threads. */
    public record Limits(Duration timeLimit, int workers) {

        public Limits {
            if (timeLimit == null || timeLimit.isNegative() || timeLimit.isZero()) {
                throw new IllegalArgumentException("The time limit must be positive");
            }
            if (workers < 1) {
                throw new IllegalArgumentException("At least one worker is needed");
            }
        }
    }

    /** No plan was found: the rules cannot all be kept, or the time ran out before any plan was found. */
    public static class NoPlanException extends RuntimeException {
        public NoPlanException(String message) {
            super(message);
        }
    }

    private static volatile boolean loaded;

    /** Loads OR-Tools' native libraries once per process (from the jar, wherever it runs). */
    public static void loadNativeLibraries() {
        if (!loaded) {
            synchronized (ShiftDesigner.class) {
                if (!loaded) {
                    Loader.loadNativeLibraries();
                    loaded = true;
                }
            }
        }
    }

    public ShiftDesign design(ShiftRules rules, Limits limits, Progress progress) {
        loadNativeLibraries();
        long started = System.nanoTime();
        List<ShiftModel.Candidate> candidates = ShiftModel.candidateShifts(rules);
        if (rules.mostRequired() == 0) {
            return new ShiftDesign(0, true, 0, 0, List.of(), new int[WeekHours.HOURS], seconds(started));
        }
        long deadline = started + limits.timeLimit().toNanos();
        boolean extraRules = rules.minimumPerShift() > 1 || rules.briefingOverlapHours() > 0;
        Solved relaxed = null;
        if (extraRules) {
            // First cover the hours alone. That problem relaxes the full one, so its proven optimum is a lower
            // bound for it, and its plan a starting point: with the bound, the full search can stop as soon
            // as it reaches it, which its own linear relaxation (weak for "none or at least m") cannot see.
            relaxed = solve(rules, candidates, false, 0, null, remaining(deadline), limits.workers(), null);
        }
        long lowerBound = relaxed != null && relaxed.status() == CpSolverStatus.OPTIMAL ? relaxed.paidHours() : 0;
        Solved full = solve(rules, candidates, extraRules, lowerBound, relaxed == null ? null : relaxed.staff(),
                remaining(deadline), limits.workers(), progress);
        if (full.status() == CpSolverStatus.INFEASIBLE) {
            throw new ShiftRuleException(rules.briefingOverlapHours() > 0 ? "briefingOverlapHours" : "startHours",
                    "No roster keeps all the rules: with the briefing overlap of " + rules.briefingOverlapHours()
                            + " hour(s), allow more start hours or longer shifts, or shorten the overlap");
        }
        if (full.status() != CpSolverStatus.OPTIMAL && full.status() != CpSolverStatus.FEASIBLE) {
            throw new NoPlanException("The solver found no plan within " + limits.timeLimit().toSeconds()
                    + " seconds (" + full.status() + "); allow it longer");
        }
        List<Shift> shifts = ShiftModel.shifts(candidates, full.staff());
        long paid = shifts.stream().mapToLong(Shift::paidHours).sum();
        boolean optimal = full.status() == CpSolverStatus.OPTIMAL;
        double bound = optimal ? paid : Math.min(paid, Math.max(lowerBound, Math.ceil(full.bound() - 1e-6)));
        double gap = paid == 0 ? 0 : (paid - bound) / paid;
        return new ShiftDesign(paid, optimal, gap, bound, shifts, WeekHours.coverage(shifts), seconds(started));
    }

    /** What a search found: its status, the paid hours and proven bound, and the people on each candidate. */
    record Solved(CpSolverStatus status, long paidHours, double bound, long[] staff) {
    }

    /**
     * Solves the covering model, with the minimum per shift and the briefing overlap when {@code withRules},
     * knowing the paid hours are at least {@code lowerBound}, starting from {@code hint} when given.
     */
    private static Solved solve(ShiftRules rules, List<ShiftModel.Candidate> candidates, boolean withRules,
            long lowerBound, long[] hint, double seconds, int workers, Progress progress) {
        ShiftModel model = ShiftModel.peoplePerShift(rules, candidates,
                        withRules ? Math.max(1, rules.minimumPerShift()) : 1)
                .coverDemandInEachHour();
        if (withRules) {
            model.briefingOverlap();
        }
        if (hint != null) {
            model.startFrom(hint);
        }
        model.paidAtLeast(lowerBound).minimisePaidHours();
        return search(model, seconds, workers, lowerBound, progress);
    }

    /**
     * Searches a built model for up to {@code seconds} with {@code workers} threads, telling {@code progress} (when
     * given) of each better plan, with a bound no lower than {@code lowerBound}.
     */
    static Solved search(ShiftModel model, double seconds, int workers, long lowerBound, Progress progress) {
        CpSolver solver = new CpSolver();
        solver.getParameters()
                .setMaxTimeInSeconds(Math.max(0.1, seconds))
                .setNumWorkers(workers)
                .setRandomSeed(1);
        // Between plans the search may run for long: a watcher asks twice a second whether it is still wanted.
        CancellationWatch watch = progress == null ? CancellationWatch.none()
                : CancellationWatch.start("shift-design-watcher", progress::stillWanted, solver::stopSearch);
        CpSolverStatus status;
        try {
            status = solver.solve(model.cpModel(), new CpSolverSolutionCallback() {
                @Override
                public void onSolutionCallback() {
                    if (progress != null && !progress.improved(Math.round(objectiveValue()),
                            Math.max(lowerBound, bestObjectiveBound()), wallTime())) {
                        stopSearch();
                    }
                }
            });
        } finally {
            watch.close();
        }
        long[] values = status == CpSolverStatus.OPTIMAL || status == CpSolverStatus.FEASIBLE
                ? model.staffing(solver) : new long[model.candidateCount()];
        return new Solved(status, Math.round(solver.objectiveValue()), solver.bestObjectiveBound(), values);
    }

    private static double remaining(long deadlineNanos) {
        return (deadlineNanos - System.nanoTime()) / 1e9;
    }

    private static double seconds(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1e9;
    }
}
