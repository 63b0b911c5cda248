package uk.beacon.governance.store;

import java.time.OffsetDateTime;

/** A version of a record as it was published, kept after later versions and withdrawal. */
public record PublishedRow(String technologyId, int version, String organisationId, String name, String category,
        String phase, String technologyType, String content, String dpia, String ethicsReview,
        Integer highestResidualRisk, String conditions, String searchText, String publishedBy,
        OffsetDateTime publishedAt, OffsetDateTime withdrawnAt, String withdrawnReason) {
}
