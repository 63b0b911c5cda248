package uk.beacon.demand.domain;

import java.util.List;

/** A force's own work-type taxonomy, and the raw types its data holds that the taxonomy does not know. */
public record Taxonomy(List<Entry> entries, List<Unmapped> unmapped) {

    /** One mapping, with how many of the force's incidents it classifies. */
    public record Entry(String source, String rawType, WorkType workType, boolean crime, long incidents) {
    }

    /** A raw type in the force's data that no mapping covers. */
    public record Unmapped(String source, String rawType, long incidents) {
    }
}
