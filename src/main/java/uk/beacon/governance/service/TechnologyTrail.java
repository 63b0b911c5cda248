package uk.beacon.governance.service;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import uk.beacon.governance.domain.State;
import uk.beacon.governance.domain.TrailChain;
import uk.beacon.governance.domain.TrailEntry;
import uk.beacon.governance.store.TechnologyRow;
import uk.beacon.governance.store.TechnologyStore;
import uk.beacon.governance.store.TrailStore;
import uk.beacon.platform.ForbiddenException;
import uk.beacon.platform.Role;
import uk.beacon.platform.SignedInUser;

/**
 * Each record's tamper-evident trail: an entry appended for every change, hash-chained to the one before and
 * holding the hash of the record as changed; checked against the record as stored now.
 */
@Service
@Transactional(readOnly = true)
public class TechnologyTrail {

    /** The result of checking every trail: {@code broken} lists those that do not verify, without their entries. */
    public record TrailCheck(int records, boolean verified, List<Trail> broken) {
    }

    private final TrailStore trail;
    private final TechnologyStore store;
    private final TechnologyRows rows;

    TechnologyTrail(TrailStore trail, TechnologyStore store, TechnologyRows rows) {
        this.trail = trail;
        this.store = store;
        this.rows = rows;
    }

    /** The record's trail, checked, for members of its force. */
    public Trail trail(String id, SignedInUser viewer) {
        return check(rows.readable(id, viewer));
    }

    /** Checks every record's trail; administrators only. Returns the trails that do not verify. */
    public TrailCheck checkAllTrails(SignedInUser viewer) {
        if (viewer == null || !viewer.hasRole(Role.ADMINISTRATOR)) {
            throw new ForbiddenException("Only administrators can check every trail");
        }
        List<Trail> broken = new ArrayList<>();
        List<String> ids = store.ids();
        for (String id : ids) {
            Trail checked = check(store.find(id).orElseThrow());
            if (!checked.verified()) {
                broken.add(new Trail(checked.technologyId(), false, checked.firstBrokenSeq(), checked.problem(),
                        checked.contentMatches(), checked.headHash(), List.of()));
            }
        }
        return new TrailCheck(ids.size(), broken.isEmpty(), broken);
    }

    /**
     * Appends the entry for a change to the record, in the transaction that stores the change.
     *
     * @param row the record as changed
     * @param from the state before the change, null when the record is new
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void append(TechnologyRow row, SignedInUser viewer, String action, State from, String reason,
            OffsetDateTime at) {
        TrailEntry previous = trail.last(row.id()).orElse(null);
        trail.append(TrailChain.append(previous, row.id(), at.toInstant(), viewer.getUsername(), action,
                from == null ? null : from.code(), row.state().code(), row.version(), reason,
                TrailChain.contentHash(row.content(), row.dpia(), row.ethicsReview())));
    }

    private Trail check(TechnologyRow row) {
        List<TrailEntry> entries = trail.entries(row.id());
        TrailChain.Verification verification = TrailChain.verify(entries);
        TrailEntry last = entries.isEmpty() ? null : entries.get(entries.size() - 1);
        boolean contentMatches = last != null
                && TrailChain.contentHash(row.content(), row.dpia(), row.ethicsReview()).equals(last.contentHash());
        String problem = verification.problem();
        if (verification.verified() && !contentMatches) {
            problem = entries.isEmpty() ? "the record has no trail"
                    : "the record as stored does not match the content hash of the latest entry";
        }
        return new Trail(row.id(), verification.verified() && contentMatches, verification.firstBrokenSeq(), problem,
                contentMatches, last == null ? null : last.entryHash(), entries);
    }
}
