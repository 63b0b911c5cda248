package uk.beacon.governance.service;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.beacon.governance.domain.Action;
import uk.beacon.governance.domain.RegisterSearchText;
import uk.beacon.governance.domain.State;
import uk.beacon.governance.domain.Workflow;
import uk.beacon.governance.domain.dpia.Dpia;
import uk.beacon.governance.domain.ethics.EthicsReview;
import uk.beacon.governance.store.PublishedRow;
import uk.beacon.governance.store.TechnologyRow;
import uk.beacon.governance.store.TechnologyStore;
import uk.beacon.platform.AuditLog;
import uk.beacon.platform.ConflictException;
import uk.beacon.platform.ForbiddenException;
import uk.beacon.platform.InvalidRequestException;
import uk.beacon.platform.OrganisationService;
import uk.beacon.platform.SignedInUser;

/**
 * A record's review: the workflow steps from submission to publication and withdrawal, who may take each now,
 * and who may change the record or write its reviews. The rules are {@link Workflow}'s; this applies them to
 * the stored record, publishes versions to the register and records each step in the trail and the audit log.
 */
@Service
@Transactional(readOnly = true)
public class TechnologyWorkflow {

    static final int MOST_REASON_CHARACTERS = 2_000;
    /** How many of the missing fields a refused approval names. */
    static final int MISSING_NAMED = 3;

    private final TechnologyStore store;
    private final TechnologyRows rows;
    private final TechnologyTrail trail;
    private final TechnologyJson json;
    private final OrganisationService organisations;
    private final AuditLog audit;

    TechnologyWorkflow(TechnologyStore store, TechnologyRows rows, TechnologyTrail trail, TechnologyJson json,
            OrganisationService organisations, AuditLog audit) {
        this.store = store;
        this.rows = rows;
        this.trail = trail;
        this.json = json;
        this.organisations = organisations;
        this.audit = audit;
    }

    /**
     * Takes a workflow action: 400 for an unknown action or a missing reason, 403 for someone whose role
     * may not take it or who wrote part of the record and is deciding on it, 409 when the state does not
     * allow it.
     */
    @Transactional
    public Technology transition(String id, SignedInUser viewer, String actionCode, String reason) {
        Action action = Action.of(actionCode).orElseThrow(() -> new InvalidRequestException("'action' must be one of "
                + Stream.of(Action.values()).map(Action::code).collect(Collectors.joining(", "))));
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        if (why != null && why.length() > MOST_REASON_CHARACTERS) {
            throw new InvalidRequestException("'reason' must be " + MOST_REASON_CHARACTERS + " characters or fewer");
        }
        TechnologyRow row = rows.locked(id, viewer);
        requireAllowed(action, row, viewer, why);
        if (action == Action.APPROVE) {
            requireCompleteReviews(row);
        }
        OffsetDateTime now = rows.now();
        TechnologyRow.Builder changed = row.toBuilder().state(action.to()).updated(viewer.getUsername(), now);
        if (action == Action.APPROVE) {
            changed.conditions(why);
        } else if (action == Action.SUBMIT) {
            changed.conditions(null);
        }
        if (action == Action.PUBLISH) {
            changed.publishedVersion(row.version());
            publish(row, viewer, now);
        } else if (action == Action.WITHDRAW) {
            store.withdrawPublished(row.id(), row.publishedVersion(), now, why);
        }
        TechnologyRow after = changed.build();
        store.update(after);
        trail.append(after, viewer, action.code(), row.state(), why, now);
        audit.record(viewer, "governance.technology." + action.code(), "technology/" + id, why);
        return json.view(after);
    }

    /** The actions the viewer may take on the record now, for the record's page. */
    public List<Action> allowedActions(Technology technology, SignedInUser viewer) {
        if (viewer == null || !viewer.belongsTo(technology.force())) {
            return List.of();
        }
        return Workflow.allowed(State.of(technology.state()), viewer.roles(), viewer.getUsername(),
                rows.authors(technology.id(), technology.createdBy()));
    }

    /** Whether the viewer may change the record's fields now (a published one through a new version). */
    public boolean mayEdit(Technology technology, SignedInUser viewer) {
        return viewer != null && viewer.belongsTo(technology.force())
                && Workflow.fieldChangeRefusal(State.of(technology.state()), viewer.roles()) == null;
    }

    /** Whether the viewer may write the record's DPIA and ethics review now (as the API's PUTs allow). */
    public boolean mayWriteReviews(Technology technology, SignedInUser viewer) {
        return viewer != null && viewer.belongsTo(technology.force())
                && Workflow.reviewWriteRefusal(State.of(technology.state()), viewer.roles()) == null;
    }

    private void requireAllowed(Action action, TechnologyRow row, SignedInUser viewer, String why) {
        Workflow.Refusal refusal = Workflow.refusal(action, row.state(), viewer.roles(), viewer.getUsername(),
                rows.authors(row.id(), row.createdBy()), why);
        if (refusal != null) {
            throw switch (refusal) {
                case ROLE -> new ForbiddenException("Only the force's " + action.roles().stream()
                        .map(role -> role.label().toLowerCase(Locale.ROOT) + "s").collect(Collectors.joining(" and "))
                        + " can " + action.label().toLowerCase(Locale.ROOT));
                case STATE -> new ConflictException("A record that is " + row.state().label().toLowerCase(Locale.ROOT)
                        + " cannot take the action '" + action.code() + "'");
                case OWN_WORK -> new ForbiddenException("You wrote part of this record, so you cannot "
                        + action.code() + " it: another approver of the force must");
                case NO_REASON -> new InvalidRequestException("'reason' is needed to " + action.code());
            };
        }
    }

    /** Approval needs a complete DPIA (signed off, nothing missing) and a complete ethics review: 409 otherwise. */
    private void requireCompleteReviews(TechnologyRow row) {
        List<String> lacking = new ArrayList<>();
        if (row.dpia() == null) {
            lacking.add("there is no DPIA yet");
        } else {
            Map<String, String> problems = json.read(row.dpia(), Dpia.class).problems();
            if (!problems.isEmpty()) {
                lacking.add("the DPIA is not complete (" + named(problems) + ")");
            }
        }
        if (row.ethicsReview() == null) {
            lacking.add("there is no ethics review yet");
        } else {
            Map<String, String> problems = json.read(row.ethicsReview(), EthicsReview.class).problems();
            if (!problems.isEmpty()) {
                lacking.add("the ethics review is not complete (" + named(problems) + ")");
            }
        }
        if (!lacking.isEmpty()) {
            throw new ConflictException("The record cannot be approved: " + String.join("; ", lacking));
        }
    }

    private static String named(Map<String, String> problems) {
        String first = problems.keySet().stream().limit(MISSING_NAMED).collect(Collectors.joining(", "));
        return "missing or wrong: " + first
                + (problems.size() > MISSING_NAMED ? " and " + (problems.size() - MISSING_NAMED) + " more" : "");
    }

    /** Puts the record's current version on the public register, with its approval's conditions and search text. */
    private void publish(TechnologyRow row, SignedInUser viewer, OffsetDateTime now) {
        String searchText = RegisterSearchText.of(organisations.organisation(row.organisationId()).name(),
                json.record(row.content()));
        store.insertPublished(new PublishedRow(row.id(), row.version(), row.organisationId(), row.name(),
                row.category(), row.phase(), row.technologyType(), row.content(), row.dpia(), row.ethicsReview(),
                row.highestResidualRisk(), row.conditions(), searchText, viewer.getUsername(), now, null, null));
    }
}
