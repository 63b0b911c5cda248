package uk.beacon.platform;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import uk.beacon.platform.store.AuditEvent;
import uk.beacon.platform.store.AuditEventStore;

/**
 * The append-only record of sign-ins and of every change made through Beacon. Anyone's action is
 * recorded; only administrators can read the log.
 */
@NamedInterface("audit")
@Service
public class AuditLog {

    public static final int PAGE_SIZE = 50;

    private final AuditEventStore store;
    private final Clock clock;

    AuditLog(AuditEventStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** Records an action in its own transaction, so that it stands even if the caller's rolls back. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void record(String actor, String organisationId, String action, String target, String detail) {
        store.append(OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC), actor, organisationId, action,
                target, detail);
    }

    public void record(SignedInUser actor, String action, String target, String detail) {
        record(actor.getUsername(), actor.organisationId(), action, target, detail);
    }

    /** One page of the log, newest first, for administrators; 400 naming 'page' for a page that is not there. */
    @Transactional(readOnly = true)
    public Page page(long pageNumber, SignedInUser viewer) {
        if (viewer == null || !viewer.hasRole(Role.ADMINISTRATOR)) {
            throw new ForbiddenException("Only administrators can read the audit log");
        }
        Paging paging = new Paging(pageNumber, PAGE_SIZE, store.count());
        return new Page(paging.number(), paging.total(), paging.lastPage(),
                store.page(paging.offset(), paging.size()));
    }

    /** One page of the log: its number (from 1), the entries in the whole log, the last page's number. */
    public record Page(long number, long total, long lastPage, List<AuditEvent> entries) {
    }
}
