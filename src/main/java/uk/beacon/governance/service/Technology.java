package uk.beacon.governance.service;

import java.time.OffsetDateTime;
import tools.jackson.databind.JsonNode;
import uk.beacon.governance.domain.TechnologyRecord;

/**
 * A technology record as its force's members see it: the working version, where it is in review, and the
 * version the public register shows ({@code publishedVersion}, null until one is published).
 *
 * @param state the workflow state's code: draft, submitted, in-review, changes-requested, approved, rejected,
 *     published or withdrawn
 * @param dpia the DPIA as stored (any JSON object), null until one is written
 * @param ethicsReview the ethics review as stored (any JSON object), null until one is written
 * @param conditions the conditions the approver set, if any
 */
public record Technology(String id, String force, String state, int version, Integer publishedVersion,
        TechnologyRecord record, JsonNode dpia, JsonNode ethicsReview, boolean dpiaCompleted, boolean hasEthicsReview,
        Integer highestResidualRisk, String conditions, String createdBy, OffsetDateTime createdAt, String updatedBy,
        OffsetDateTime updatedAt) {
}
