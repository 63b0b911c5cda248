package uk.beacon.portfolio.service;

import java.time.OffsetDateTime;

/**
 * A force invited into a consortium initiative, and where it stands: {@code invited}, {@code accepted} or
 * {@code declined}, with who invited it and who of its planners decided, and when.
 */
public record ConsortiumMember(String force, String state, String invitedBy, OffsetDateTime invitedAt,
        String decidedBy, OffsetDateTime decidedAt) {
}
