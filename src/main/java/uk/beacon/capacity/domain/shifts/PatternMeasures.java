package uk.beacon.capacity.domain.shifts;

import java.util.List;

/**
 * How well a set of shifts fits a requirement over the week, in person-hours: what is paid, how many
 * staff-hours are on duty beyond the requirement, and how many the requirement wants but does not get.
 *
 * @param paidHours person-hours paid for the shifts
 * @param hoursOver the sum over the week's hours of staff on duty beyond the requirement
 * @param hoursUnder the sum over the week's hours of staff missing against the requirement
 * @param hoursShort how many of the week's 168 hours have fewer staff than the requirement
 */
public record PatternMeasures(long paidHours, long hoursOver, long hoursUnder, int hoursShort) {

    public static PatternMeasures of(int[] requirement, List<Shift> shifts) {
        int[] coverage = WeekHours.coverage(shifts);
        long paid = shifts.stream().mapToLong(Shift::paidHours).sum();
        long over = 0;
        long under = 0;
        int shortHours = 0;
        for (int hour = 0; hour < WeekHours.HOURS; hour++) {
            int difference = coverage[hour] - requirement[hour];
            if (difference > 0) {
                over += difference;
            } else if (difference < 0) {
                under -= difference;
                shortHours++;
            }
        }
        return new PatternMeasures(paid, over, under, shortHours);
    }
}
