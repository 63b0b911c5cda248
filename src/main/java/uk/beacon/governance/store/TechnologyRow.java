package uk.beacon.governance.store;

import java.time.OffsetDateTime;
import uk.beacon.governance.domain.State;

/** A record's working copy as stored: the fields the register filters on beside its content as JSON. */
public record TechnologyRow(String id, String organisationId, State state, int version, Integer publishedVersion,
        String name, String category, String phase, String technologyType, String content, String dpia,
        String ethicsReview, Integer highestResidualRisk, String conditions, String createdBy,
        OffsetDateTime createdAt, String updatedBy, OffsetDateTime updatedAt) {
}
