package uk.beacon.portfolio.service;

import java.time.OffsetDateTime;

/**
 * An invitation waiting for a force's planner: enough of the initiative to decide on (its name, capability, start
 * and strategic case, and the owning force), not its figures, which the force sees once it has accepted.
 */
public record ConsortiumInvitation(String initiativeId, String ownerForce, String name, String capability,
        Integer startYear, String strategicCase, String invitedBy, OffsetDateTime invitedAt) {
}
