package uk.beacon.capacity.service;

import java.util.List;

/**
 * What a shift plan is designed for, as the API takes it.
 *
 * @param requirement the fewest people on duty in each of the week's 168 hours, Monday 00:00 first; fractions
 *     are rounded up
 * @param shiftLengthsHours the shift lengths allowed, such as [8, 10, 12]
 * @param startHours the hours of the day a shift may start at, or null for every hour
 * @param minimumPerShift a shift that is worked has at least this many people (null: 1)
 * @param briefingOverlapHours every worked shift starts while an earlier shift has at least this many hours
 *     still to run, for the handover briefing (null or 0: no such rule)
 * @param currentPattern the force's current roster, to compare with (optional)
 * @param name what to call the saved plan (optional)
 */
public record ShiftPlanRequest(double[] requirement, List<Integer> shiftLengthsHours, List<Integer> startHours,
        Integer minimumPerShift, Integer briefingOverlapHours, List<ShiftPlanResult.PlannedShift> currentPattern,
        String name) {
}
