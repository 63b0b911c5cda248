package uk.beacon.demand.domain.profile;

import java.util.List;

/**
 * A force's incidents, officer hours and harm for a period, grouped one way, with the whole period's totals. Harm is
 * the sum of each incident's harm weight (the shipped Cambridge Crime Harm Index weights; see demand/README.md).
 */
public record Profile(List<Row> rows, Totals totals) {

    /** One group: its key (such as a work type or a month), its incidents, officer hours and harm. */
    public record Row(String key, long incidents, Double officerHours, Double harm) {
    }

    /**
     * The whole period's figures: besides the rows' measures, how many incidents are crimes (by the force's
     * taxonomy), the share that is not crime, and how many have a time of day.
     */
    public record Totals(long incidents, Double officerHours, Double harm, long crimeIncidents, Double nonCrimeShare,
            long timedIncidents) {
    }

    /** An area with the mean position of its incidents. */
    public record Area(String area, double latitude, double longitude, long incidents, Double officerHours,
            Double harm) {
    }

    /** Response times for one priority, from creation to first arrival, where both are known. */
    public record ResponseTimes(String priority, long incidents, long attended, Double medianMinutes,
            Double p90Minutes, Double targetMinutes, Double shareWithinTarget) {
    }
}
