package uk.beacon.portfolio.service;

import java.time.OffsetDateTime;
import java.util.List;
import uk.beacon.portfolio.domain.initiatives.InitiativeDefinition;

/**
 * A stored initiative: its id, owning force, what the planner said about it, who changed it when, and the forces
 * invited into it with where each stands (a force sees a consortium initiative only once it has accepted).
 */
public record InitiativeRecord(String id, String ownerForce, InitiativeDefinition definition, String createdBy,
        OffsetDateTime createdAt, String updatedBy, OffsetDateTime updatedAt, List<ConsortiumMember> members) {

    /** True when the initiative is shared with member forces (invited, whether or not they have answered). */
    public boolean consortium() {
        return !definition.memberForcesOrEmpty().isEmpty();
    }

    /** The forces that have accepted, by force id. */
    public List<String> acceptedMembers() {
        return members.stream().filter(m -> "accepted".equals(m.state())).map(ConsortiumMember::force).toList();
    }
}
