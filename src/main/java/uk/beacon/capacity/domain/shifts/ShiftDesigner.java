package uk.beacon.capacity.domain.shifts;

import com.google.ortools.Loader;
import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverSolutionCallback;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.IntVar;
import com.google.ortools.sat.LinearExpr;
import com.google.ortools.sat.LinearExprBuilder;
import com.google.ortools.util.Domain;
import java.time.DayOfWeek;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import uk.beacon.platform.CancellationWatch;

/**
 * Designs a weekly roster at hourly resolution with OR-Tools CP-SAT: how many people work each
 * allowed shift (day, start hour, length) so that every hour of the week has at least its
 * requirement on duty, at the fewest paid person-hours, keeping the {@link ShiftRules}.
 *
 * <p>The model is the cyclic set-covering model of shift scheduling (Dantzig 1954; Bartholdi, Orlin and
 * Ratliff 1980 for the cyclic week): one integer variable per candidate shift, one covering constraint
 * per hour. A shift's hours wrap round the week, as a repeating roster does. The minimum per shift and
 * the briefing overlap need a yes/no "worked" variable per shift.
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

    private record Candidate(int day, int startHour, int lengthHours) {

        int startHourOfWeek() {
            return day * WeekHours.HOURS_PER_DAY + startHour;
        }

        boolean covers(int hourOfWeek) {
            return WeekHours.plus(hourOfWeek, -startHourOfWeek()) < lengthHours;
        }
    }

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
        List<Candidate> candidates = new ArrayList<>();
        for (int day = 0; day < 7; day++) {
            for (int start : rules.startHours()) {
                for (int length : rules.lengthsHours()) {
                    candidates.add(new Candidate(day, start, length));
                }
            }
        }
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
        List<Shift> shifts = new ArrayList<>();
        for (int k = 0; k < candidates.size(); k++) {
            long people = full.staff()[k];
            if (people > 0) {
                Candidate candidate = candidates.get(k);
                shifts.add(new Shift(DayOfWeek.of(candidate.day() + 1), candidate.startHour(),
                        candidate.lengthHours(), (int) people));
            }
        }
        shifts.sort(Comparator.comparingInt(Shift::startHourOfWeek).thenComparingInt(Shift::lengthHours));
        long paid = shifts.stream().mapToLong(Shift::paidHours).sum();
        boolean optimal = full.status() == CpSolverStatus.OPTIMAL;
        double bound = optimal ? paid : Math.min(paid, Math.max(lowerBound, Math.ceil(full.bound() - 1e-6)));
        double gap = paid == 0 ? 0 : (paid - bound) / paid;
        return new ShiftDesign(paid, optimal, gap, bound, shifts, WeekHours.coverage(shifts), seconds(started));
    }

    private record Solved(CpSolverStatus status, long paidHours, double bound, long[] staff) {
    }

    /**
     * Solves the covering model, with the minimum per shift and the briefing overlap when {@code withRules},
     * knowing the paid hours are at least {@code lowerBound}, starting from {@code hint} when given.
     */
    private static Solved solve(ShiftRules rules, List<Candidate> candidates, boolean withRules, long lowerBound,
            long[] hint, double seconds, int workers, Progress progress) {
        int minimum = withRules ? Math.max(1, rules.minimumPerShift()) : 1;
        // No shift in a best plan has more people than the most required in any hour (or the minimum): with
        // more, one fewer would still cover every hour it covers. So this bound loses no optimal plan.
        int most = Math.max(rules.mostRequired(), minimum);
        CpModel model = new CpModel();
        int n = candidates.size();
        IntVar[] staff = new IntVar[n];
        long[] lengths = new long[n];
        for (int k = 0; k < n; k++) {
            Candidate candidate = candidates.get(k);
            String name = "staff_" + candidate.day() + "_" + candidate.startHour() + "_" + candidate.lengthHours();
            staff[k] = minimum > 1
                    ? model.newIntVarFromDomain(Domain.fromIntervals(new long[][] {{0, 0}, {minimum, most}}), name)
                    : model.newIntVar(0, most, name);
            lengths[k] = candidate.lengthHours();
            if (hint != null) {
                model.addHint(staff[k], hint[k] == 0 ? 0 : Math.max(minimum, hint[k]));
            }
        }
        int minimumOnDuty = Math.max(1, rules.minimumPerShift());
        for (int hour = 0; hour < WeekHours.HOURS; hour++) {
            int required = rules.requirementAt(hour);
            if (required == 0) {
                continue;
            }
            // An hour that needs anyone has at least one worked shift on duty, so at least the minimum per
            // shift: a valid tightening that the linear relaxation would not find by itself. It holds in the
            // first, covering-only pass as well, which stays a relaxation of the full problem.
            required = Math.max(required, minimumOnDuty);
            LinearExprBuilder onDuty = LinearExpr.newBuilder();
            for (int k = 0; k < n; k++) {
                if (candidates.get(k).covers(hour)) {
                    onDuty.add(staff[k]);
                }
            }
            model.addGreaterOrEqual(onDuty, required);
        }
        if (withRules && rules.briefingOverlapHours() > 0) {
            BoolVar[] worked = new BoolVar[n];
            for (int k = 0; k < n; k++) {
                worked[k] = model.newBoolVar("worked_" + k);
                model.addGreaterOrEqual(staff[k], worked[k]);
                model.addLessOrEqual(staff[k], LinearExpr.term(worked[k], most));
            }
            addBriefingOverlap(model, candidates, worked, rules.briefingOverlapHours());
        }
        LinearExpr paid = LinearExpr.weightedSum(staff, lengths);
        if (lowerBound > 0) {
            model.addGreaterOrEqual(paid, lowerBound);
        }
        model.minimize(paid);

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
            status = solver.solve(model, new CpSolverSolutionCallback() {
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
        long[] values = new long[n];
        if (status == CpSolverStatus.OPTIMAL || status == CpSolverStatus.FEASIBLE) {
            for (int k = 0; k < n; k++) {
                values[k] = solver.value(staff[k]);
            }
        }
        return new Solved(status, Math.round(solver.objectiveValue()), solver.bestObjectiveBound(), values);
    }

    private static double remaining(long deadlineNanos) {
        return (deadlineNanos - System.nanoTime()) / 1e9;
    }

    /**
     * Each worked shift starting at t needs a worked shift that started before t and is still on duty for
     * hours t to t + overlap - 1. A shift j that started {@code before} hours earlier qualifies when
     * 1 <= before and before + overlap <= its length.
     */
    private static void addBriefingOverlap(CpModel model, List<Candidate> candidates, BoolVar[] worked, int overlap) {
        for (int k = 0; k < candidates.size(); k++) {
            int start = candidates.get(k).startHourOfWeek();
            List<BoolVar> briefers = new ArrayList<>();
            for (int j = 0; j < candidates.size(); j++) {
                Candidate other = candidates.get(j);
                int before = WeekHours.plus(start, -other.startHourOfWeek());
                if (before >= 1 && before + overlap <= other.lengthHours()) {
                    briefers.add(worked[j]);
                }
            }
            if (briefers.isEmpty()) {
                model.addEquality(worked[k], 0);
            } else {
                model.addLessOrEqual(worked[k], LinearExpr.sum(briefers.toArray(new BoolVar[0])));
            }
        }
    }

    private static double seconds(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1e9;
    }
}
