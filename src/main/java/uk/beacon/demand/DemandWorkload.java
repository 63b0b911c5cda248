package uk.beacon.demand;

import java.time.YearMonth;
import java.util.List;

/**
 * A force's work as capacity planning needs it: incidents per week in each hour of the week, by work
 * type and priority, averaged over a period, with the time officers spent on them where the data
 * records it.
 *
 * @param weeks the length of the period in weeks (days / 7), which the counts are divided by
 * @param timedIncidents incidents with a time of day; the others are counted in {@link Item#untimedPerWeek()}
 * @param synthetic whether some of it is synthetic (made by Beacon's generator, not the force's records)
 */
public record DemandWorkload(YearMonth from, YearMonth to, double weeks, long incidents, long timedIncidents,
        List<Item> items, boolean synthetic) {

    /**
     * One work type and priority.
     *
     * @param workType the work type's code, such as {@code CONCERN_FOR_SAFETY}
     * @param workTypeLabel its name for people
     * @param priority 1 the most urgent; null when the source has none (data.police.uk)
     * @param perWeekByHour mean incidents per week in each hour of the week, 168 numbers, Monday 00:00
     *     first (UK time), from the incidents with a time of day
     * @param untimedPerWeek mean incidents per week with no time of day
     * @param meanOfficerMinutes mean officer minutes per incident, of those that record it; null if none do
     * @param meanUnits mean units sent, of the incidents that record any; null if none do
     */
    public record Item(String workType, String workTypeLabel, Integer priority, double[] perWeekByHour,
            double untimedPerWeek, Double meanOfficerMinutes, Double meanUnits) {
    }
}
