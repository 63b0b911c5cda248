package uk.beacon.capacity.service;

import java.util.List;

/**
 * A designed shift plan: the result of a shift-plan job. {@code paidHours}, {@code optimal}, {@code gap},
 * {@code shifts} and {@code coverage} are the API's contract.
 *
 * @param paidHours person-hours paid in the week
 * @param optimal whether the solver proved that no plan keeping the rules pays fewer hours
 * @param gap (paid hours - proven lower bound) / paid hours: 0 when optimal
 * @param shifts the shifts worked and by how many people
 * @param coverage people on duty in each of the week's 168 hours, Monday 00:00 first
 * @param requirement the requirement designed for, in whole people (fractions rounded up)
 * @param requirementRoundedUp whether any hour's requirement was a fraction, rounded up
 * @param lowerBound the proven lower bound on the paid hours
 * @param seconds how long the design took
 * @param comparison the plan beside the force's current pattern (the current one null when none was given)
 */
public record ShiftPlanResult(long paidHours, boolean optimal, double gap, List<PlannedShift> shifts,
        int[] coverage, int[] requirement, boolean requirementRoundedUp, double lowerBound, double seconds,
        Comparison comparison) {

    /** A shift in a weekly roster: starts on {@code day} (such as "MONDAY") at {@code startHour}:00. */
    public record PlannedShift(String day, int startHour, int lengthHours, int staff) {
    }

    /**
     * How a roster fits the requirement, in person-hours over the week.
     *
     * @param hoursOver staff-hours on duty beyond the requirement
     * @param hoursUnder staff-hours the requirement wants but does not get
     * @param hoursShort how many of the 168 hours have fewer on duty than required
     */
    public record Measures(long paidHours, long hoursOver, long hoursUnder, int hoursShort) {
    }

    public record Comparison(Measures plan, Measures current) {
    }
}
