package uk.beacon.platform;

import java.util.Arrays;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Component;

/**
 * The one access check for a force's private data, used by every module: the force exists (404 otherwise), the
 * viewer is one of its members (403 otherwise), and, where the action needs it, holds one of the roles that may do
 * it (403 with the module's own words for who may).
 */
@NamedInterface("access")
@Component
public class ForceAccess {

    private final OrganisationService organisations;

    ForceAccess(OrganisationService organisations) {
        this.organisations = organisations;
    }

    /** The force, when the viewer is one of its members; 404 for an unknown force, 403 for anyone outside it. */
    public Organisation requireMember(String forceId, SignedInUser viewer) {
        Organisation force = organisations.force(forceId);
        OrganisationService.requireMemberOf(forceId, viewer);
        return force;
    }

    /**
     * The force, when the viewer is one of its members with one of the roles; otherwise as {@link #requireMember},
     * then 403 with {@code refusal} (such as "Only the force's planners can change its initiatives").
     */
    public Organisation requireRole(String forceId, SignedInUser viewer, String refusal, Role... roles) {
        Organisation force = requireMember(forceId, viewer);
        if (!holdsOne(viewer, roles)) {
            throw new ForbiddenException(refusal);
        }
        return force;
    }

    /** Whether a member of the force holds one of the roles; throws as {@link #requireMember} for anyone else. */
    public boolean memberHolds(String forceId, SignedInUser viewer, Role... roles) {
        requireMember(forceId, viewer);
        return holdsOne(viewer, roles);
    }

    /** Whether the viewer is a member of the organisation with one of the roles, without refusing anyone. */
    public static boolean isMemberWith(String organisationId, SignedInUser viewer, Role... roles) {
        return viewer != null && viewer.belongsTo(organisationId) && holdsOne(viewer, roles);
    }

    private static boolean holdsOne(SignedInUser viewer, Role... roles) {
        return Arrays.stream(roles).anyMatch(viewer::hasRole);
    }
}
