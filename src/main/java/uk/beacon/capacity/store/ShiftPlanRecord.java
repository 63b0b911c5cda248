package uk.beacon.capacity.store;

import java.time.OffsetDateTime;

/** A saved shift plan as stored: the request and (once designed) the result as JSON. */
public record ShiftPlanRecord(String id, String forceId, String name, String jobId, String createdBy,
        OffsetDateTime createdAt, String request, String result) {
}
