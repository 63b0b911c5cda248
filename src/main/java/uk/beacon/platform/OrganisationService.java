package uk.beacon.platform;

import java.util.List;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.beacon.platform.store.OrganisationStore;
import uk.beacon.platform.store.UserAccountStore;

/**
 * Organisations and their members. Public reference data (the forces) is open to anyone; an
 * organisation's members are private to that organisation, and this service enforces it.
 */
@NamedInterface("access")
@Service
@Transactional(readOnly = true)
public class OrganisationService {

    private final OrganisationStore organisations;
    private final UserAccountStore accounts;

    OrganisationService(OrganisationStore organisations, UserAccountStore accounts) {
        this.organisations = organisations;
        this.accounts = accounts;
    }

    /** The police forces, by name: the 43 territorial forces and British Transport Police. */
    public List<Organisation> forces() {
        return organisations.findByKind(OrganisationKind.POLICE_FORCE);
    }

    public Organisation force(String id) {
        return organisations.findById(id).filter(Organisation::isForce)
                .orElseThrow(() -> new NotFoundException("There is no police force with the id '" + id + "'"));
    }

    public Organisation organisation(String id) {
        return organisations.findById(id)
                .orElseThrow(() -> new NotFoundException("There is no organisation with the id '" + id + "'"));
    }

    /** The members of an organisation, for one of its own members only. */
    public List<Member> members(String organisationId, SignedInUser viewer) {
        organisation(organisationId);
        requireMemberOf(organisationId, viewer);
        return accounts.findByOrganisation(organisationId).stream()
                .map(account -> new Member(account.username(), account.displayName(), account.roles()))
                .toList();
    }

    /** Throws unless the viewer belongs to the organisation: the rule for every private resource. */
    public static void requireMemberOf(String organisationId, SignedInUser viewer) {
        if (viewer == null || !viewer.belongsTo(organisationId)) {
            throw new ForbiddenException("Only members of this organisation can see this");
        }
    }
}
