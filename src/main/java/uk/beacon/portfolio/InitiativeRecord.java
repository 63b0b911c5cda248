package uk.beacon.portfolio;

import java.time.OffsetDateTime;
import uk.beacon.portfolio.domain.initiatives.InitiativeDefinition;

/** A stored initiative: its id, owning force, what the planner said about it, and who changed it when. */
public record InitiativeRecord(String id, String ownerForce, InitiativeDefinition definition, String createdBy,
        OffsetDateTime createdAt, String updatedBy, OffsetDateTime updatedAt) {

    /** True when the initiative is shared with member forces. */
    public boolean consortium() {
        return !definition.memberForcesOrEmpty().isEmpty();
    }
}
