package uk.beacon.demand.domain;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Which column of a CAD or incident export holds what, and how its times are written. Only the
 * incident id, the type and a created time (or a month) are required; rows that repeat an incident
 * once per responding unit are folded into one incident, counting the distinct units.
 *
 * @param dateTimePattern a {@link java.time.format.DateTimeFormatter} pattern, {@code ISO} for ISO-8601
 *     (with or without an offset) or {@code EXCEL} for Excel's serial days (see {@link TimePattern})
 * @param timeZone the zone of times written without an offset, for example {@code Europe/London}
 */
public record ColumnMapping(
        String name,
        String incidentId,
        String createdAt,
        String month,
        String type,
        String priority,
        String firstArrivalAt,
        String clearedAt,
        String unit,
        String units,
        String officerMinutes,
        String latitude,
        String longitude,
        String lsoa,
        String beat,
        String outcome,
        String dateTimePattern,
        String timeZone) {

    public ColumnMapping {
        Objects.requireNonNull(name, "name");
        if (blank(incidentId) || blank(type) || (blank(createdAt) && blank(month))) {
            throw new IllegalArgumentException("A mapping needs the incident id, the type, and a created time or month");
        }
        ZoneId.of(timeZone == null ? "UTC" : timeZone);
        TimePattern.of(dateTimePattern);
    }

    /** Beacon's own canonical CSV (see {@link CanonicalCsv}). */
    public static final ColumnMapping CANONICAL = new ColumnMapping("beacon-canonical", "incident_id", "created_at",
            "month", "raw_type", "priority", "first_arrival_at", "cleared_at", null, "units", "officer_minutes",
            "latitude", "longitude", "lsoa", "beat", "outcome", "ISO", "UTC");

    /**
     * Dallas Police "Police Active Calls" (Dallas OpenData): one row per responding unit, local
     * times in Texas, the call type in {@code nature_of_call}.
     */
    public static final ColumnMapping DALLAS = new ColumnMapping("dallas", "incident_number", "date_time", null,
            "nature_of_call", "priority", null, null, "unit_number", null, null, null, null, null, "beat", "status",
            "ISO", "America/Chicago");

    public static List<ColumnMapping> shipped() {
        return List.of(CANONICAL, DALLAS);
    }

    /** The columns this mapping reads, which the file's header must have. */
    public List<String> columns() {
        List<String> columns = new ArrayList<>();
        Stream.of(incidentId, createdAt, month, type, priority, firstArrivalAt, clearedAt, unit, units, officerMinutes,
                latitude, longitude, lsoa, beat, outcome).filter(column -> !blank(column)).forEach(columns::add);
        return columns;
    }

    public TimePattern timePattern() {
        return TimePattern.of(dateTimePattern);
    }

    public ZoneId zone() {
        return ZoneId.of(timeZone == null ? "UTC" : timeZone);
    }

    static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
