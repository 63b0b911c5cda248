package uk.beacon.capacity.domain.shifts;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.ortools.sat.CpSolverStatus;
import java.time.DayOfWeek;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * One test for each rule of the shift model, with the model built from that rule alone (and the objective): on a
 * tiny instance the rule decides the plan, which differs when the rule is left out or its input relaxed. The
 * candidate shifts and the people on each are the model's variables, so every model has them.
 */
class ShiftModelTest {

    private static final double SECONDS = 30;
    private static final int WORKERS = 2;
    private static final int WEDNESDAY_10 = 2 * 24 + 10;

    private static double[] only(int fromHourOfWeek, int hours, int people) {
        double[] requirement = new double[WeekHours.HOURS];
        for (int i = 0; i < hours; i++) {
            requirement[(fromHourOfWeek + i) % WeekHours.HOURS] = people;
        }
        return requirement;
    }

    /** The model with every candidate shift of the rules and at least {@code minimum} on each worked one. */
    private static ShiftModel model(ShiftRules rules, int minimum) {
        return ShiftModel.peoplePerShift(rules, ShiftModel.candidateShifts(rules), minimum);
    }

    private static ShiftDesign solve(ShiftRules rules, ShiftModel model) {
        ShiftDesigner.Solved solved = ShiftDesigner.search(model.minimisePaidHours(), SECONDS, WORKERS, 0, null);
        assertThat(solved.status()).isEqualTo(CpSolverStatus.OPTIMAL);
        List<Shift> shifts = ShiftModel.shifts(ShiftModel.candidateShifts(rules), solved.staff());
        assertThat(shifts.stream().mapToLong(Shift::paidHours).sum()).isEqualTo(solved.paidHours());
        return new ShiftDesign(solved.paidHours(), true, 0, solved.paidHours(), shifts, WeekHours.coverage(shifts),
                0);
    }

    /** Solves, and checks the plan against every rule, apart from the model's code. */
    private static ShiftDesign solveKeepingRules(ShiftRules rules, ShiftModel model) {
        ShiftDesign design = solve(rules, model);
        ShiftPlanChecks.assertKeepsRules(design, rules);
        return design;
    }

    @Test
    @DisplayName("A shift starts only at an allowed hour on each day and lasts only an allowed length, though another would pay fewer hours")
    void shiftsAreOnlyTheAllowedStartsAndLengths() {
        ShiftRules twelveFromMidnight = ShiftRules.of(only(WEDNESDAY_10, 1, 1), List.of(12), List.of(0), 1, 0);
        ShiftRules anyEightOrTwelve = ShiftRules.of(only(WEDNESDAY_10, 1, 1), List.of(8, 12), null, 1, 0);

        ShiftDesign allowed = solveKeepingRules(twelveFromMidnight, model(twelveFromMidnight, 1).coverDemandInEachHour());
        ShiftDesign relaxed = solveKeepingRules(anyEightOrTwelve, model(anyEightOrTwelve, 1).coverDemandInEachHour());

        assertThat(ShiftModel.candidateShifts(twelveFromMidnight)).hasSize(7);
        assertThat(ShiftModel.candidateShifts(anyEightOrTwelve)).hasSize(7 * 24 * 2);
        assertThat(allowed.shifts()).containsExactly(new Shift(DayOfWeek.WEDNESDAY, 0, 12, 1));
        assertThat(relaxed.paidHours()).isEqualTo(8);
    }

    @Test
    @DisplayName("A shift that is worked has at least the minimum on it, though fewer on one shift would pay fewer hours")
    void aWorkedShiftHasAtLeastTheMinimum() {
        // Monday from 08:00: four needed for 4 hours, then one for 4 more; shifts of 4 or 8 hours, all from 08:00.
        double[] requirement = only(8, 4, 4);
        requirement[12] = requirement[13] = requirement[14] = requirement[15] = 1;
        ShiftRules rules = ShiftRules.of(requirement, List.of(4, 8), List.of(8), 3, 0);

        ShiftDesign withMinimum = solveKeepingRules(rules, model(rules, 3).coverDemandInEachHour());
        ShiftDesign withoutMinimum = solve(rules, model(rules, 1).coverDemandInEachHour());

        // Every hour that needs anyone has at least the minimum on duty, so three work 8 hours; with no minimum per
        // shift, one more for 4 hours makes the four (28 paid hours); with it, a fourth works all 8 (32).
        assertThat(withMinimum.paidHours()).isEqualTo(32);
        assertThat(withMinimum.shifts()).containsExactly(new Shift(DayOfWeek.MONDAY, 8, 8, 4));
        assertThat(withoutMinimum.paidHours()).isEqualTo(28);
        assertThat(withoutMinimum.shifts()).contains(new Shift(DayOfWeek.MONDAY, 8, 4, 1));
    }

    @Test
    @DisplayName("Every hour has at least its requirement on duty, and at least the minimum per shift when anyone is needed")
    void everyHourIsCovered() {
        ShiftRules fiveAtTen = ShiftRules.of(only(WEDNESDAY_10, 1, 5), List.of(8, 10, 12), null, 1, 0);
        ShiftRules oneAtTenInTeamsOfThree = ShiftRules.of(only(WEDNESDAY_10, 1, 1), List.of(8, 10, 12), null, 3, 0);

        ShiftDesign covered = solveKeepingRules(fiveAtTen, model(fiveAtTen, 1).coverDemandInEachHour());
        ShiftDesign uncovered = solve(fiveAtTen, model(fiveAtTen, 1));
        ShiftDesign teams = solve(oneAtTenInTeamsOfThree, model(oneAtTenInTeamsOfThree, 1).coverDemandInEachHour());

        assertThat(covered.coverage()[WEDNESDAY_10]).isEqualTo(5);
        assertThat(covered.paidHours()).isEqualTo(40);
        assertThat(uncovered.shifts()).isEmpty();
        assertThat(teams.coverage()[WEDNESDAY_10]).isEqualTo(3);
        assertThat(teams.paidHours()).isEqualTo(24);
    }

    @Test
    @DisplayName("Every worked shift starts while someone from an earlier shift has the briefing overlap still to run")
    void everyShiftIsBriefedByAnEarlierOne() {
        // One on duty at all times, in shifts of 8 or 9 hours from 05:00, 13:00 and 21:00. The 8-hour shifts tile
        // the week (168 hours). With a 1-hour briefing each shift must still be on duty an hour after the next one
        // starts, 8 hours later: every shift is 9 hours long (189).
        List<Integer> starts = List.of(5, 13, 21);
        double[] allWeek = new double[WeekHours.HOURS];
        Arrays.fill(allWeek, 1);
        ShiftRules briefed = ShiftRules.of(allWeek, List.of(8, 9), starts, 1, 1);
        ShiftRules noBriefing = ShiftRules.of(allWeek, List.of(8, 9), starts, 1, 0);

        ShiftDesign withOverlap = solveKeepingRules(briefed, model(briefed, 1).coverDemandInEachHour().briefingOverlap());
        ShiftDesign without = solve(briefed, model(briefed, 1).coverDemandInEachHour());
        ShiftDesign overlapOfNone = solveKeepingRules(noBriefing,
                model(noBriefing, 1).coverDemandInEachHour().briefingOverlap());

        assertThat(withOverlap.paidHours()).isEqualTo(189);
        assertThat(without.paidHours()).isEqualTo(168);
        assertThat(overlapOfNone.paidHours()).isEqualTo(168);
    }

    @Test
    @DisplayName("A lower bound on the paid hours holds: no plan pays fewer")
    void thePaidHoursAreAtLeastTheLowerBound() {
        ShiftRules rules = ShiftRules.of(only(WEDNESDAY_10, 1, 5), List.of(8, 10, 12), null, 1, 0);

        ShiftDesign bounded = solveKeepingRules(rules, model(rules, 1).coverDemandInEachHour().paidAtLeast(50));
        ShiftDesign unbounded = solveKeepingRules(rules, model(rules, 1).coverDemandInEachHour());

        assertThat(bounded.paidHours()).isEqualTo(50);
        assertThat(unbounded.paidHours()).isEqualTo(40);
    }

    @Test
    @DisplayName("A hinted plan is only where the search starts: a better plan is still found")
    void aHintIsNotARule() {
        ShiftRules rules = ShiftRules.of(only(WEDNESDAY_10, 1, 5), List.of(8, 12), null, 1, 0);
        List<ShiftModel.Candidate> candidates = ShiftModel.candidateShifts(rules);
        long[] fiveOnTwelveHours = new long[candidates.size()];
        for (int k = 0; k < candidates.size(); k++) {
            ShiftModel.Candidate candidate = candidates.get(k);
            if (candidate.startHourOfWeek() == WEDNESDAY_10 && candidate.lengthHours() == 12) {
                fiveOnTwelveHours[k] = 5;
            }
        }

        ShiftDesign hinted = solveKeepingRules(rules, model(rules, 1).coverDemandInEachHour()
                .startFrom(fiveOnTwelveHours));

        assertThat(hinted.paidHours()).isEqualTo(40);
    }

    @Test
    @DisplayName("The objective is the paid person-hours, so of two shifts that cover the need the shorter is worked")
    void thePlanPaysTheFewestPersonHours() {
        ShiftRules rules = ShiftRules.of(only(WEDNESDAY_10, 1, 2), List.of(8, 12), List.of(4, 10), 1, 0);

        ShiftDesign design = solveKeepingRules(rules, model(rules, 1).coverDemandInEachHour());

        assertThat(design.shifts()).extracting(Shift::lengthHours).containsOnly(8);
        assertThat(design.paidHours()).isEqualTo(16);
    }
}
