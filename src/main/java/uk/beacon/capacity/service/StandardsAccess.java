package uk.beacon.capacity.service;

import org.springframework.stereotype.Component;
import uk.beacon.platform.ForceAccess;
import uk.beacon.platform.Role;
import uk.beacon.platform.SignedInUser;

/**
 * Who may see and change a force's standards and workload: its members see them; its planners
 * change them.
 */
@Component
class StandardsAccess {

    private final ForceAccess access;

    StandardsAccess(ForceAccess access) {
        this.access = access;
    }

    /** Throws 404 for an unknown force and 403 for anyone outside it. */
    void requireReader(String forceId, SignedInUser viewer) {
        access.requireMember(forceId, viewer);
    }

    boolean mayChange(String forceId, SignedInUser viewer) {
        return access.memberHolds(forceId, viewer, Role.PLANNER);
    }

    void requirePlanner(String forceId, SignedInUser viewer) {
        access.requireRole(forceId, viewer, "Only the force's planners can change its service standards and workload",
                Role.PLANNER);
    }
}
