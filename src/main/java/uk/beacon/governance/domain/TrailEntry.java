package uk.beacon.governance.domain;

import java.time.Instant;

/**
 * One entry of a record's trail: who did what, when, from which state to which, why, the hash of the
 * record's content after it, and the hashes that chain it to the entry before (see {@link TrailChain}).
 *
 * @param seq 1 for the record's first entry, then one more for each
 * @param action a workflow action's code, or {@code create}, {@code edit}, {@code edit-dpia},
 *     {@code edit-ethics-review} or {@code new-version}
 * @param fromState the state before, null for {@code create}
 * @param version the record's working version after the entry
 */
public record TrailEntry(String technologyId, int seq, Instant occurredAt, String actor, String action,
        String fromState, String toState, int version, String reason, String contentHash, String previousHash,
        String entryHash) {
}
