package uk.beacon.capacity.domain.shifts;

import java.util.List;

/**
 * A designed weekly roster: the shifts worked and by how many, with what the solver could prove.
 *
 * @param paidHours person-hours paid in the week, the number minimised
 * @param optimal whether the solver proved no plan keeping the rules pays fewer hours
 * @param gap how far the plan may be from the best, as (paid hours - lower bound) / paid hours; 0 when optimal
 * @param lowerBound the solver's proven lower bound on the paid hours
 * @param shifts the shifts worked, by start (Monday first), then length
 * @param coverage staff on duty in each hour of the week, Monday 00:00 first
 * @param seconds how long the solver took
 */
public record ShiftDesign(long paidHours, boolean optimal, double gap, double lowerBound, List<Shift> shifts,
        int[] coverage, double seconds) {

    public ShiftDesign {
        shifts = List.copyOf(shifts);
        coverage = coverage.clone();
    }

    @Override
    public int[] coverage() {
        return coverage.clone();
    }
}
