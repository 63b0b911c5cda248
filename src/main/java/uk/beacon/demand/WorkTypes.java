package uk.beacon.demand;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.beacon.demand.domain.WorkType;

/**
 * The work types of the shipped taxonomy, for other modules that refer to the work a force does (a
 * technology record names the work it touches; a scenario moves a share of one). Codes are stable;
 * labels are for people. This is the one source of work-type labels: every page and module that names a
 * work type asks {@link #label} or {@link #labels}.
 */
public final class WorkTypes {

    /** A work type: its code, such as {@code MENTAL_HEALTH}, and its name. */
    public record Entry(String code, String label) {
    }

    private static final List<Entry> ALL = Arrays.stream(WorkType.values())
            .filter(type -> type != WorkType.UNMAPPED)
            .map(type -> new Entry(type.name(), type.label()))
            .toList();

    /** Every work type's label by code, in the taxonomy's order, "Not yet mapped" included. */
    private static final Map<String, String> LABELS;

    static {
        Map<String, String> labels = new LinkedHashMap<>();
        for (WorkType type : WorkType.values()) {
            labels.put(type.name(), type.label());
        }
        LABELS = Collections.unmodifiableMap(labels);
    }

    private WorkTypes() {
    }

    /**
     * The name of a work type for people, such as "Concern for safety and welfare" for {@code CONCERN_FOR_SAFETY};
     * a code the taxonomy does not know (a force's own work type, typed by hand) is given back as it is.
     */
    public static String label(String code) {
        return code == null ? null : LABELS.getOrDefault(code, code);
    }

    /** Every work type's label by code, in the taxonomy's order (with {@code UNMAPPED}, "Not yet mapped"). */
    public static Map<String, String> labels() {
        return LABELS;
    }

    /** Every work type a force's work can be mapped to, in the taxonomy's order. */
    public static List<Entry> all() {
        return ALL;
    }

    public static Optional<Entry> find(String code) {
        return ALL.stream().filter(entry -> entry.code().equals(code)).findFirst();
    }
}
