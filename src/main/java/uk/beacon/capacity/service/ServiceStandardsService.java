package uk.beacon.capacity.service;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.beacon.capacity.domain.staffing.ServiceStandard;
import uk.beacon.capacity.store.StandardsStore;
import uk.beacon.platform.AuditLog;
import uk.beacon.platform.InvalidRequestException;
import uk.beacon.platform.SignedInUser;

/** A force's service standards: the national defaults until its planners change them. Private to the force. */
@Service
@Transactional(readOnly = true)
public class ServiceStandardsService {

    /** The standards and whether they are the force's own or the national defaults. */
    public record Standards(List<ServiceStandard> standards, boolean defaults) {
    }

    private final StandardsStore store;
    private final StandardsAccess access;
    private final AuditLog audit;
    private final Clock clock;

    ServiceStandardsService(StandardsStore store, StandardsAccess access, AuditLog audit, Clock clock) {
        this.store = store;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    public Standards standards(String forceId, SignedInUser viewer) {
        access.requireReader(forceId, viewer);
        return current(forceId);
    }

    /** For the module's own services, after they have checked the viewer. */
    Standards current(String forceId) {
        List<ServiceStandard> saved = store.find(forceId);
        return saved.isEmpty() ? new Standards(ServiceStandard.defaults(), true) : new Standards(saved, false);
    }

    public boolean mayChange(String forceId, SignedInUser viewer) {
        return access.mayChange(forceId, viewer);
    }

    /** Replaces the force's standards; its planners only. */
    @Transactional
    public Standards save(String forceId, SignedInUser viewer, List<ServiceStandard> standards) {
        access.requirePlanner(forceId, viewer);
        if (standards == null || standards.isEmpty()) {
            throw new InvalidRequestException("'standards' must list at least one standard");
        }
        if (standards.size() > 50) {
            throw new InvalidRequestException("'standards' can list at most 50 standards");
        }
        Set<String> codes = new HashSet<>();
        for (ServiceStandard standard : standards) {
            if (standard == null) {
                throw new InvalidRequestException("'standards' has an empty entry");
            }
            try {
                standard.check();
            } catch (IllegalArgumentException e) {
                throw new InvalidRequestException(e.getMessage());
            }
            if (!codes.add(standard.code())) {
                throw new InvalidRequestException("Standard " + standard.code() + " is listed twice");
            }
        }
        store.replace(forceId, standards, viewer.getUsername(), OffsetDateTime.now(clock));
        audit.record(viewer, "capacity.standards.save", "force/" + forceId, standards.size() + " standards");
        return current(forceId);
    }
}
