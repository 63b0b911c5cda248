package uk.beacon.platform;

import com.fasterxml.jackson.annotation.JsonRawValue;
import java.time.OffsetDateTime;
import org.springframework.modulith.NamedInterface;

/**
 * A persistent record of long-running work (an import, an optimisation, a simulation): who asked
 * for it, for which organisation, how far it has got and, once it has succeeded, its result as JSON.
 */
@NamedInterface("jobs")
public record Job(
        String id,
        String kind,
        String organisationId,
        String owner,
        JobState state,
        int progress,
        String message,
        OffsetDateTime createdAt,
        OffsetDateTime startedAt,
        OffsetDateTime finishedAt,
        @JsonRawValue String result,
        boolean cancelRequested) {
}
