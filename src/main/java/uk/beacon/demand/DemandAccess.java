package uk.beacon.demand;

import org.springframework.stereotype.Component;
import uk.beacon.platform.ForceAccess;
import uk.beacon.platform.Role;
import uk.beacon.platform.SignedInUser;

/** Who may see and change a force's demand data: its own members see it; its analysts and planners change it. */
@Component
class DemandAccess {

    private final ForceAccess access;

    DemandAccess(ForceAccess access) {
        this.access = access;
    }

    /** Throws 404 for an unknown force and 403 for anyone outside it. */
    void requireReader(String forceId, SignedInUser viewer) {
        access.requireMember(forceId, viewer);
    }

    void requireImporter(String forceId, SignedInUser viewer) {
        access.requireRole(forceId, viewer, "Only the force's analysts and planners can import or delete demand data",
                Role.ANALYST, Role.PLANNER);
    }

    /** Whether a member of the force may change its data; throws as {@link #requireReader} for anyone else. */
    boolean isImporter(String forceId, SignedInUser viewer) {
        return access.memberHolds(forceId, viewer, Role.ANALYST, Role.PLANNER);
    }
}
