package uk.beacon.demand.domain;

import java.time.LocalDateTime;
import java.time.YearMonth;

/**
 * One row as read from a source file, before rows of the same incident are folded together and
 * raw types are mapped to work types. Times are UTC.
 *
 * @param line the line of the file the row starts on, for error messages
 * @param unit the responding unit, where the source has one row per unit
 */
public record IncidentRow(
        long line,
        String sourceId,
        LocalDateTime createdAt,
        YearMonth month,
        String rawType,
        Integer priority,
        Double latitude,
        Double longitude,
        String lsoa,
        String beat,
        LocalDateTime firstArrivalAt,
        LocalDateTime clearedAt,
        String unit,
        Integer units,
        Double officerMinutes,
        String outcome) {
}
