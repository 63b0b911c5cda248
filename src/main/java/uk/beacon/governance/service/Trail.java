package uk.beacon.governance.service;

import java.util.List;
import uk.beacon.governance.domain.TrailEntry;

/**
 * A record's trail and whether it is intact.
 *
 * @param verified whether every entry's hash and link to the one before hold, and the latest entry's content
 *     hash matches the record as stored now
 * @param firstBrokenSeq the first entry that does not hold (null when verified, and when only the content
 *     does not match)
 * @param contentMatches whether the latest entry's content hash is the hash of the record as stored now
 * @param headHash the latest entry's hash: publishing it elsewhere anchors the whole chain
 */
public record Trail(String technologyId, boolean verified, Integer firstBrokenSeq, String problem,
        boolean contentMatches, String headHash, List<TrailEntry> entries) {
}
