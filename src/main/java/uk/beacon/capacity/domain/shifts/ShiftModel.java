package uk.beacon.capacity.domain.shifts;

import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.IntVar;
import com.google.ortools.sat.LinearExpr;
import com.google.ortools.sat.LinearExprBuilder;
import com.google.ortools.util.Domain;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The CP-SAT model of a shift design, built one rule at a time: each method adds one rule (or the objective) and
 * returns the model, so that {@link ShiftDesigner} states the whole model as a list of rules, and a test can build
 * a model with one rule alone.
 *
 * <p>There is one whole-number variable per candidate shift (day, allowed start hour, allowed length): how many
 * people work it. A shift's hours wrap round the week, as a repeating roster does.
 */
final class ShiftModel {

    /** A shift the roster may use: on {@code day} (0 is Monday) from {@code startHour}, for {@code lengthHours}. */
    record Candidate(int day, int startHour, int lengthHours) {

        int startHourOfWeek() {
            return day * WeekHours.HOURS_PER_DAY + startHour;
        }

        boolean covers(int hourOfWeek) {
            return WeekHours.plus(hourOfWeek, -startHourOfWeek()) < lengthHours;
        }
    }

    private final ShiftRules rules;
    private final List<Candidate> candidates;
    private final CpModel model = new CpModel();
    private final IntVar[] staff;
    private final int minimum;
    private final int most;

    private ShiftModel(ShiftRules rules, List<Candidate> candidates, int minimum) {
        this.rules = rules;
        this.candidates = List.copyOf(candidates);
        this.minimum = minimum;
        // No shift in a best plan has more people than the most on duty in any hour (the most required, or the
        // rules' minimum per shift when that is more, see coverDemandInEachHour) or the minimum here: with more, one
        // fewer would still cover every hour it covers. So this bound loses no optimal plan, in a model that holds
        // shifts to the minimum and in one that does not.
        this.most = Math.max(Math.max(rules.mostRequired(), rules.minimumPerShift()), minimum);
        int n = this.candidates.size();
        staff = new IntVar[n];
        for (int k = 0; k < n; k++) {
            Candidate candidate = this.candidates.get(k);
            String name = "staff_" + candidate.day() + "_" + candidate.startHour() + "_" + candidate.lengthHours();
            staff[k] = minimum > 1
                    ? model.newIntVarFromDomain(Domain.fromIntervals(new long[][] {{0, 0}, {minimum, most}}), name)
                    : model.newIntVar(0, most, name);
        }
    }

    /**
     * The shifts a roster may use, which keep the allowed starts and lengths: every allowed start hour on each day
     * of the week with every allowed length. No other shift has a variable.
     */
    static List<Candidate> candidateShifts(ShiftRules rules) {
        List<Candidate> candidates = new ArrayList<>();
        for (int day = 0; day < 7; day++) {
            for (int start : rules.startHours()) {
                for (int length : rules.lengthsHours()) {
                    candidates.add(new Candidate(day, start, length));
                }
            }
        }
        return candidates;
    }

    /**
     * The model's variables, which keep the minimum per shift: the people on each candidate shift are none, or
     * from {@code minimum} to the most needed in any hour (a shift that is worked at all has at least the minimum).
     */
    static ShiftModel peoplePerShift(ShiftRules rules, List<Candidate> candidates, int minimum) {
        ShiftDesigner.loadNativeLibraries();
        return new ShiftModel(rules, candidates, minimum);
    }

    /**
     * Every hour of the week has at least its requirement on duty. An hour that needs anyone has at least one
     * worked shift on duty, so at least the minimum per shift of the rules: a valid tightening that the linear
     * relaxation would not find by itself, which holds too in a model whose shifts are not held to the minimum
     * (so that such a model stays a relaxation of one whose shifts are).
     */
    ShiftModel coverDemandInEachHour() {
        int minimumOnDuty = Math.max(1, rules.minimumPerShift());
        for (int hour = 0; hour < WeekHours.HOURS; hour++) {
            int required = rules.requirementAt(hour);
            if (required == 0) {
                continue;
            }
            required = Math.max(required, minimumOnDuty);
            LinearExprBuilder onDuty = LinearExpr.newBuilder();
            for (int k = 0; k < staff.length; k++) {
                if (candidates.get(k).covers(hour)) {
                    onDuty.add(staff[k]);
                }
            }
            model.addGreaterOrEqual(onDuty, required);
        }
        return this;
    }

    /**
     * The briefing rule of {@link ShiftRules#briefingOverlapHours()} (none when it is 0): each worked shift
     * starting at t needs a worked shift that started before t and is still on duty for hours t to t + overlap - 1.
     * A shift j that started {@code before} hours earlier qualifies when 1 <= before and before + overlap <= its
     * length. "Worked" is a yes/no variable per shift, 1 exactly when anyone works it.
     */
    ShiftModel briefingOverlap() {
        int overlap = rules.briefingOverlapHours();
        if (overlap <= 0) {
            return this;
        }
        int n = staff.length;
        BoolVar[] worked = new BoolVar[n];
        for (int k = 0; k < n; k++) {
            worked[k] = model.newBoolVar("worked_" + k);
            model.addGreaterOrEqual(staff[k], worked[k]);
            model.addLessOrEqual(staff[k], LinearExpr.term(worked[k], most));
        }
        for (int k = 0; k < n; k++) {
            int start = candidates.get(k).startHourOfWeek();
            List<BoolVar> briefers = new ArrayList<>();
            for (int j = 0; j < n; j++) {
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
        return this;
    }

    /**
     * Starts the search from a plan ({@code hint[k]} people on candidate k; a worked shift raised to the minimum).
     * Not a rule: the search may leave it.
     */
    ShiftModel startFrom(long[] hint) {
        for (int k = 0; k < staff.length; k++) {
            model.addHint(staff[k], hint[k] == 0 ? 0 : Math.max(minimum, hint[k]));
        }
        return this;
    }

    /** The paid hours are at least {@code lowerBound} (nothing when it is 0), a bound proven elsewhere. */
    ShiftModel paidAtLeast(long lowerBound) {
        if (lowerBound > 0) {
            model.addGreaterOrEqual(paidHours(), lowerBound);
        }
        return this;
    }

    /** The objective: the fewest paid person-hours, the sum of each shift's people times its length. */
    ShiftModel minimisePaidHours() {
        model.minimize(paidHours());
        return this;
    }

    private LinearExpr paidHours() {
        long[] lengths = new long[staff.length];
        for (int k = 0; k < staff.length; k++) {
            lengths[k] = candidates.get(k).lengthHours();
        }
        return LinearExpr.weightedSum(staff, lengths);
    }

    CpModel cpModel() {
        return model;
    }

    int candidateCount() {
        return staff.length;
    }

    /** The people the solver put on each candidate shift. */
    long[] staffing(CpSolver solver) {
        long[] values = new long[staff.length];
        for (int k = 0; k < staff.length; k++) {
            values[k] = solver.value(staff[k]);
        }
        return values;
    }

    /** The shifts worked when {@code staff[k]} people work candidate k, by start (Monday first), then length. */
    static List<Shift> shifts(List<Candidate> candidates, long[] staff) {
        List<Shift> shifts = new ArrayList<>();
        for (int k = 0; k < candidates.size(); k++) {
            if (staff[k] > 0) {
                Candidate candidate = candidates.get(k);
                shifts.add(new Shift(DayOfWeek.of(candidate.day() + 1), candidate.startHour(),
                        candidate.lengthHours(), (int) staff[k]));
            }
        }
        shifts.sort(Comparator.comparingInt(Shift::startHourOfWeek).thenComparingInt(Shift::lengthHours));
        return shifts;
    }
}
