package uk.beacon.governance.service;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashSet;
import java.util.Set;
import org.springframework.stereotype.Component;
import uk.beacon.governance.store.TechnologyRow;
import uk.beacon.governance.store.TechnologyStore;
import uk.beacon.platform.NotFoundException;
import uk.beacon.platform.OrganisationService;
import uk.beacon.platform.SignedInUser;

/**
 * The stored records a viewer reaches, for the record, workflow and trail services: 404 for no such record,
 * 403 for someone outside its force. Also the time a change is stamped with.
 */
@Component
class TechnologyRows {

    private final TechnologyStore store;
    private final Clock clock;

    TechnologyRows(TechnologyStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** The record, for members of its force. */
    TechnologyRow readable(String id, SignedInUser viewer) {
        TechnologyRow row = store.find(id).orElseThrow(TechnologyRows::notFound);
        OrganisationService.requireMemberOf(row.organisationId(), viewer);
        return row;
    }

    /** The record locked until the transaction ends, for members of its force about to change it. */
    TechnologyRow locked(String id, SignedInUser viewer) {
        TechnologyRow row = store.findForUpdate(id).orElseThrow(TechnologyRows::notFound);
        OrganisationService.requireMemberOf(row.organisationId(), viewer);
        return row;
    }

    /** Everyone who wrote any part of the record: its creator and each editor. */
    Set<String> authors(String id, String createdBy) {
        Set<String> authors = new LinkedHashSet<>(store.editors(id));
        authors.add(createdBy);
        return authors;
    }

    /** Now, in UTC and to the millisecond the database keeps, so that a trail entry's time reads back the same. */
    OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
    }

    private static NotFoundException notFound() {
        return new NotFoundException("There is no technology record with that id");
    }
}
