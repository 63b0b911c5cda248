package uk.beacon.portfolio.service;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.beacon.platform.AuditLog;
import uk.beacon.platform.ConflictException;
import uk.beacon.platform.InvalidRequestException;
import uk.beacon.platform.NotFoundException;
import uk.beacon.platform.SignedInUser;
import uk.beacon.portfolio.domain.initiatives.MembershipState;
import uk.beacon.portfolio.store.InitiativeStore;

/**
 * Consent to consortium membership. A force named as a member of another force's initiative is only invited: its
 * planners see the invitation and accept or decline it, and until it accepts the initiative is hidden from the
 * force as if it did not exist. Every decision is audited. The path's force must be the viewer's own and the
 * viewer one of its planners (403); an initiative the force is not invited into is 404.
 */
@Service
@Transactional(readOnly = true)
public class ConsortiumService {

    private final InitiativeStore store;
    private final InitiativeService initiatives;
    private final AuditLog audit;
    private final Clock clock;

    ConsortiumService(InitiativeStore store, InitiativeService initiatives, AuditLog audit, Clock clock) {
        this.store = store;
        this.initiatives = initiatives;
        this.audit = audit;
        this.clock = clock;
    }

    /** The invitations the force has not answered, oldest first; for the force's planners. */
    public List<ConsortiumInvitation> invitations(String forceId, SignedInUser viewer) {
        initiatives.requirePlanner(forceId, viewer);
        return store.invitationsFor(forceId).stream().map(ConsortiumService::invitation).toList();
    }

    /**
     * Accepts or declines the force's invitation into the initiative (declining a membership already accepted is
     * how the force leaves), and returns where the force now stands. 400 for a decision other than
     * {@code accept} or {@code decline}; 409 when the present state does not allow it.
     */
    @Transactional
    public Decided decide(String forceId, String initiativeId, SignedInUser viewer, String decisionText) {
        initiatives.requirePlanner(forceId, viewer);
        MembershipState.Decision decision = MembershipState.Decision.parse(decisionText).orElseThrow(() ->
                new InvalidRequestException("'decision': give accept or decline"));
        InitiativeStore.Row initiative = store.find(initiativeId).orElseThrow(() -> notInvited(initiativeId));
        InitiativeStore.Member member = store.member(initiativeId, forceId).orElseThrow(() -> notInvited(initiativeId));
        MembershipState next = member.state().after(decision).orElseThrow(() -> new ConflictException(
                "This force has " + member.state().code() + " already"
                        + (member.state() == MembershipState.DECLINED
                        ? "; the owning force (" + initiative.ownerForceId() + ") can invite it again" : "")));
        store.decide(initiativeId, forceId, next, viewer.getUsername(), OffsetDateTime.now(clock));
        audit.record(viewer, "portfolio.initiative.membership." + decision.code(),
                "force/" + initiative.ownerForceId() + "/initiative/" + initiativeId,
                forceId + " " + next.code() + " '" + initiative.definition().name() + "'");
        return new Decided(initiative.definition().name(),
                InitiativeService.member(store.member(initiativeId, forceId).orElseThrow()));
    }

    /** A decision recorded: the initiative's name, and where the force now stands. */
    public record Decided(String initiativeName, ConsortiumMember member) {
    }

    private static NotFoundException notInvited(String initiativeId) {
        return new NotFoundException("There is no invitation to this force for the initiative '" + initiativeId + "'");
    }

    private static ConsortiumInvitation invitation(InitiativeStore.Invitation invitation) {
        InitiativeStore.Row row = invitation.initiative();
        return new ConsortiumInvitation(row.id(), row.ownerForceId(), row.definition().name(),
                row.definition().capability(), row.definition().startYear(), row.definition().strategicCase(),
                invitation.invitedBy(), invitation.invitedAt());
    }
}
