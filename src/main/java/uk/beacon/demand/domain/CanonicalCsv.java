package uk.beacon.demand.domain;

import java.util.List;

/**
 * Beacon's own incident CSV: one row per incident, UTF-8, comma-separated, RFC 4180 quoting, with
 * this header. The synthetic generator writes it; the importer reads it (and the same columns in
 * Parquet).
 *
 * <ul>
 *   <li>{@code incident_id}: required, unique within the file;
 *   <li>{@code created_at}: when the call or incident was created, an ISO-8601 instant such as
 *       {@code 2025-03-01T14:05:00Z} (or with another offset, such as {@code 2025-07-01T15:05:00+01:00});
 *       empty where only the month is known;
 *   <li>{@code month}: {@code YYYY-MM}, required; where {@code created_at} is given, its month on the
 *       force's clock ({@link ForceClock}: UK time), so {@code 2024-04-30T23:30:00Z} is {@code 2024-05};
 *   <li>{@code raw_type}: required, the call, incident or crime type as the source names it;
 *   <li>{@code priority}: 1 (emergency) to 5, or empty;
 *   <li>{@code latitude}, {@code longitude}: WGS84 decimal degrees, or empty;
 *   <li>{@code lsoa}, {@code beat}: area codes, or empty;
 *   <li>{@code first_arrival_at}, {@code cleared_at}: ISO-8601 UTC instants, or empty;
 *   <li>{@code units}: how many units attended, a whole number of at least 1, or empty (taken as 1);
 *   <li>{@code officer_minutes}: officer time on task in minutes, or empty;
 *   <li>{@code outcome}: free text, or empty.
 * </ul>
 */
public final class CanonicalCsv {

    public static final List<String> HEADER = List.of("incident_id", "created_at", "month", "raw_type", "priority",
            "latitude", "longitude", "lsoa", "beat", "first_arrival_at", "cleared_at", "units", "officer_minutes",
            "outcome");

    private CanonicalCsv() {
    }
}
