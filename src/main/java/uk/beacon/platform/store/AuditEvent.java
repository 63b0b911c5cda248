package uk.beacon.platform.store;

import java.time.OffsetDateTime;

/** One entry of the append-only audit log: who did what, to what, when, for which organisation. */
public record AuditEvent(
        long id,
        OffsetDateTime occurredAt,
        String actor,
        String organisationId,
        String action,
        String target,
        String detail) {
}
