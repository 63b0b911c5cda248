package uk.beacon.demand.domain.profile;

import java.util.Arrays;
import java.util.Optional;

/** The ways a profile of a force's work can be grouped, with the name the API and pages use for each. */
public enum ProfileGrouping {
    WORK_TYPE("workType"),
    RAW_TYPE("rawType"),
    MONTH("month"),
    /** Weeks from Monday, named by their Monday; only incidents with a time. */
    WEEK("week"),
    /** The 168 hours of the week; only incidents with a time. */
    HOUR_OF_WEEK("hourOfWeek"),
    PRIORITY("priority"),
    AREA("area"),
    /** The incidents that the hour of the week leaves out, by the source (import format) they came from. */
    UNTIMED_SOURCE("untimedSource");

    private final String apiName;

    ProfileGrouping(String apiName) {
        this.apiName = apiName;
    }

    public String apiName() {
        return apiName;
    }

    /** The grouping the API names so, among those a person may ask for (not the untimed sources). */
    public static Optional<ProfileGrouping> fromApiName(String name) {
        return Arrays.stream(values()).filter(g -> g != UNTIMED_SOURCE && g.apiName.equals(name)).findFirst();
    }
}
