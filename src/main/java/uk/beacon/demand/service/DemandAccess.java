package uk.beacon.demand.service;

import org.springframework.stereotype.Component;
import uk.beacon.platform.ForceAccess;
import uk.beacon.platform.Role;
import uk.beacon.platform.SignedInUser;

/** Who may see and change a force's demand data: its own members see it; its analysts and planners change it. */
@Component
public class DemandAccess {

    private final ForceAccess access;

    public DemandAccess(ForceAccess access) {
        this.access = access;
    }

    /** Throws 404 for an unknown force and 403 for anyone outside it. */
    public void requireReader(String forceId, SignedInUser viewer) {
        access.requireMember(forceId, viewer);
    }

    public void requireImporter(String forceId, SignedInUser viewer) {
        access.requireRole(forceId, viewer, "Only the force's analysts and planners can import or delete demand data",
                Role.ANALYST, Role.PLANNER);
    }

    /** Whether a member of the force may change its data; throws as {@link #requireReader} for anyone else. */
    public boolean isImporter(String forceId, SignedInUser viewer) {
        return access.memberHolds(forceId, viewer, Role.ANALYST, Role.PLANNER);
    }
}
