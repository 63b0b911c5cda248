package uk.beacon.demand;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import uk.beacon.demand.domain.WorkType;

/**
 * The work types of the shipped taxonomy, for other modules that refer to the work a force does (a
 * technology record names the work it touches; a scenario moves a share of one). Codes are stable;
 * labels are for people.
 */
public final class WorkTypes {

    /** A work type: its code, such as {@code MENTAL_HEALTH}, and its name. */
    public record Entry(String code, String label) {
    }

    private static final List<Entry> ALL = Arrays.stream(WorkType.values())
            .filter(type -> type != WorkType.UNMAPPED)
            .map(type -> new Entry(type.name(), type.label()))
            .toList();

    private WorkTypes() {
    }

    /** Every work type a force's work can be mapped to, in the taxonomy's order. */
    public static List<Entry> all() {
        return ALL;
    }

    public static Optional<Entry> find(String code) {
        return ALL.stream().filter(entry -> entry.code().equals(code)).findFirst();
    }
}
