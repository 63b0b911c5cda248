package uk.beacon.capacity;

import org.springframework.stereotype.Component;
import uk.beacon.platform.ForbiddenException;
import uk.beacon.platform.OrganisationService;
import uk.beacon.platform.Role;
import uk.beacon.platform.SignedInUser;

/**
 * Who may see and change a force's standards and workload: its members see them; its planners
 * change them.
 */
@Component
class StandardsAccess {

    private final OrganisationService organisations;

    StandardsAccess(OrganisationService organisations) {
        this.organisations = organisations;
    }

    /** Throws 404 for an unknown force and 403 for anyone outside it. */
    void requireReader(String forceId, SignedInUser viewer) {
        organisations.force(forceId);
        OrganisationService.requireMemberOf(forceId, viewer);
    }

    boolean mayChange(String forceId, SignedInUser viewer) {
        requireReader(forceId, viewer);
        return viewer.hasRole(Role.PLANNER);
    }

    void requirePlanner(String forceId, SignedInUser viewer) {
        if (!mayChange(forceId, viewer)) {
            throw new ForbiddenException("Only the force's planners can change its service standards and workload");
        }
    }
}
