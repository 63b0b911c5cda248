package uk.beacon.governance.store;

import java.time.OffsetDateTime;

/** A problem the public reported with a published record; {@code recordName} is the record's current name. */
public record ProblemReportRow(String id, String technologyId, String recordName, String message, String contact,
        OffsetDateTime createdAt, String status, String moderatedBy, OffsetDateTime moderatedAt) {
}
