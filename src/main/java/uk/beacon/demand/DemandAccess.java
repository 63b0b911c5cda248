package uk.beacon.demand;

import org.springframework.stereotype.Component;
import uk.beacon.platform.ForbiddenException;
import uk.beacon.platform.OrganisationService;
import uk.beacon.platform.Role;
import uk.beacon.platform.SignedInUser;

/** Who may see and change a force's demand data: its own members see it; its analysts and planners change it. */
@Component
class DemandAccess {

    private final OrganisationService organisations;

    DemandAccess(OrganisationService organisations) {
        this.organisations = organisations;
    }

    /** Throws 404 for an unknown force and 403 for anyone outside it. */
    void requireReader(String forceId, SignedInUser viewer) {
        organisations.force(forceId);
        OrganisationService.requireMemberOf(forceId, viewer);
    }

    void requireImporter(String forceId, SignedInUser viewer) {
        if (!isImporter(forceId, viewer)) {
            throw new ForbiddenException("Only the force's analysts and planners can import or delete demand data");
        }
    }

    /** Whether a member of the force may change its data; throws as {@link #requireReader} for anyone else. */
    boolean isImporter(String forceId, SignedInUser viewer) {
        requireReader(forceId, viewer);
        return viewer.hasRole(Role.ANALYST) || viewer.hasRole(Role.PLANNER);
    }
}
