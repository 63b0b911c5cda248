package uk.beacon.governance.service;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import uk.beacon.demand.WorkTypes;
import uk.beacon.governance.domain.RecordCheck;
import uk.beacon.governance.domain.State;
import uk.beacon.governance.domain.TechnologyRecord;
import uk.beacon.governance.domain.Workflow;
import uk.beacon.governance.domain.dpia.Dpia;
import uk.beacon.governance.domain.ethics.EthicsReview;
import uk.beacon.governance.store.HorizonStore;
import uk.beacon.governance.store.TechnologyRow;
import uk.beacon.governance.store.TechnologyStore;
import uk.beacon.platform.AuditLog;
import uk.beacon.platform.ConflictException;
import uk.beacon.platform.ForbiddenException;
import uk.beacon.platform.ForceAccess;
import uk.beacon.platform.InvalidRequestException;
import uk.beacon.platform.OrganisationService;
import uk.beacon.platform.SignedInUser;

/**
 * A force's technology records, their versions and their DPIA and ethics review. Records are private to the
 * force until published: its planners write them, and its planners and reviewers write their reviews. Every
 * change appends an entry to the record's trail ({@link TechnologyTrail}). A published record changes only
 * through a new version, which goes through review again ({@link TechnologyWorkflow}) while the published one
 * stays on the register.
 */
@Service
@Transactional(readOnly = true)
public class TechnologyService {

    /** The largest DPIA or ethics review accepted, in characters of JSON. */
    static final int MOST_DOCUMENT_CHARACTERS = 200_000;

    private final TechnologyStore store;
    private final TechnologyRows rows;
    private final TechnologyTrail trail;
    private final TechnologyJson json;
    private final OrganisationService organisations;
    private final AuditLog audit;
    private final HorizonStore horizon;
    private final ForceAccess access;

    TechnologyService(TechnologyStore store, TechnologyRows rows, TechnologyTrail trail, TechnologyJson json,
            OrganisationService organisations, AuditLog audit, HorizonStore horizon, ForceAccess access) {
        this.access = access;
        this.store = store;
        this.rows = rows;
        this.trail = trail;
        this.json = json;
        this.organisations = organisations;
        this.audit = audit;
        this.horizon = horizon;
    }

    /** A new draft record of the force; its planners only. */
    @Transactional
    public Technology create(String forceId, SignedInUser viewer, TechnologyRecord given) {
        access.requireMember(forceId, viewer);
        if (Workflow.fieldChangeRefusal(State.DRAFT, viewer.roles()) != null) {
            throw new ForbiddenException("Only the force's planners can create technology records");
        }
        TechnologyRecord record = checked(given);
        OffsetDateTime now = rows.now();
        String id = UUID.randomUUID().toString();
        TechnologyRow row = TechnologyRow.builder().id(id).organisationId(forceId).state(State.DRAFT).version(1)
                .fields(record.name(), record.category(), record.phase(), record.technologyType(), json.write(record))
                .created(viewer.getUsername(), now).updated(viewer.getUsername(), now).build();
        store.insert(row);
        store.addEditor(id, viewer.getUsername());
        trail.append(row, viewer, "create", null, null, now);
        audit.record(viewer, "governance.technology.create", "technology/" + id, record.name());
        return json.view(row);
    }

    /** The record, for members of its force. */
    public Technology get(String id, SignedInUser viewer) {
        return json.view(rows.readable(id, viewer));
    }

    /** The force's records, most recently changed first, for its members. */
    public List<Technology> forForce(String forceId, SignedInUser viewer) {
        access.requireMember(forceId, viewer);
        return store.findByOrganisation(forceId).stream().map(json::view).toList();
    }

    /**
     * Changes the record's fields; its force's planners only. A draft or a record sent back for changes
     * changes in place; a published one gets a new draft version; in any other state it cannot change.
     */
    @Transactional
    public Technology update(String id, SignedInUser viewer, TechnologyRecord given) {
        TechnologyRow row = rows.locked(id, viewer);
        refuse(Workflow.fieldChangeRefusal(row.state(), viewer.roles()), row.state(),
                "Only the force's planners can change its technology records");
        TechnologyRecord record = checked(given);
        OffsetDateTime now = rows.now();
        TechnologyRow base = newVersionIfPublished(row, viewer, now);
        TechnologyRow changed = base.toBuilder()
                .fields(record.name(), record.category(), record.phase(), record.technologyType(), json.write(record))
                .updated(viewer.getUsername(), now).build();
        store.update(changed);
        store.addEditor(id, viewer.getUsername());
        trail.append(changed, viewer, "edit", base.state(), null, now);
        audit.record(viewer, "governance.technology.edit", "technology/" + id, record.name());
        return json.view(changed);
    }

    /**
     * Stores the record's DPIA sent as JSON: 400 naming the field for an unknown field, a value of the wrong kind
     * or what {@link Dpia#validate()} finds. Planners and reviewers.
     */
    @Transactional
    public Technology saveDpia(String id, SignedInUser viewer, JsonNode dpia) {
        return saveDpia(id, viewer, json.readSent(dpia, Dpia.class, "DPIA"));
    }

    /** Stores the record's DPIA, with its highest residual risk for the register's filter. Planners and reviewers. */
    @Transactional
    public Technology saveDpia(String id, SignedInUser viewer, Dpia dpia) {
        if (dpia == null) {
            throw new InvalidRequestException("Send the DPIA as a JSON object");
        }
        requireValid(dpia.validate());
        String text = json.write(dpia);
        return saveReview(id, viewer, "DPIA", text, "edit-dpia", "dpia",
                row -> row.dpia(text).highestResidualRisk(dpia.highestResidualRisk()));
    }

    /**
     * Stores the record's ethics review sent as JSON: 400 naming the field for an unknown field, a value of the
     * wrong kind or what {@link EthicsReview#validate()} finds. Planners and reviewers.
     */
    @Transactional
    public Technology saveEthicsReview(String id, SignedInUser viewer, JsonNode review) {
        return saveEthicsReview(id, viewer, json.readSent(review, EthicsReview.class, "ethics review"));
    }

    /** Stores the record's ethics review. Planners and reviewers. */
    @Transactional
    public Technology saveEthicsReview(String id, SignedInUser viewer, EthicsReview review) {
        if (review == null) {
            throw new InvalidRequestException("Send the ethics review as a JSON object");
        }
        requireValid(review.validate());
        String text = json.write(review);
        return saveReview(id, viewer, "ethics review", text, "edit-ethics-review", "ethics-review",
                row -> row.ethicsReview(text));
    }

    /** The record's DPIA as its type, or null when none is stored. */
    public Dpia dpia(Technology technology) {
        return json.read(technology.dpia(), Dpia.class);
    }

    /** The record's ethics review as its type, or null when none is stored. */
    public EthicsReview ethicsReview(Technology technology) {
        return json.read(technology.ethicsReview(), EthicsReview.class);
    }

    /**
     * Stores a DPIA or ethics review ({@code what}) given as its JSON {@code text}: {@code set} puts it into the
     * row; {@code trailAction} and {@code auditAction} name the change.
     */
    private Technology saveReview(String id, SignedInUser viewer, String what, String text, String trailAction,
            String auditAction, java.util.function.Consumer<TechnologyRow.Builder> set) {
        if (text.length() > MOST_DOCUMENT_CHARACTERS) {
            throw new InvalidRequestException("The " + what + " must be " + MOST_DOCUMENT_CHARACTERS
                    + " characters of JSON or fewer");
        }
        TechnologyRow row = rows.locked(id, viewer);
        refuse(Workflow.reviewWriteRefusal(row.state(), viewer.roles()), row.state(),
                "Only the force's planners and reviewers can write its " + what);
        OffsetDateTime now = rows.now();
        TechnologyRow base = newVersionIfPublished(row, viewer, now);
        TechnologyRow.Builder changed = base.toBuilder().updated(viewer.getUsername(), now);
        set.accept(changed);
        TechnologyRow after = changed.build();
        store.update(after);
        store.addEditor(id, viewer.getUsername());
        trail.append(after, viewer, trailAction, base.state(), null, now);
        audit.record(viewer, "governance.technology." + auditAction, "technology/" + id, null);
        return json.view(after);
    }

    /** A published record's working copy becomes a new draft version; the published version stays public. */
    private TechnologyRow newVersionIfPublished(TechnologyRow row, SignedInUser viewer, OffsetDateTime now) {
        if (!Workflow.changeStartsNewVersion(row.state())) {
            return row;
        }
        TechnologyRow next = row.toBuilder().state(State.DRAFT).version(row.version() + 1).conditions(null)
                .updated(viewer.getUsername(), now).build();
        store.update(next);
        trail.append(next, viewer, "new-version", row.state(), "Version " + next.version() + " started", now);
        return next;
    }

    /** 403 when the viewer's role may not make the change, 409 when the record's state does not allow it. */
    private static void refuse(Workflow.Refusal refusal, State state, String roleRefusal) {
        if (refusal == Workflow.Refusal.ROLE) {
            throw new ForbiddenException(roleRefusal);
        }
        if (refusal != null) {
            throw new ConflictException("A record that is " + state.label().toLowerCase(Locale.ROOT)
                    + " cannot change");
        }
    }

    private static void requireValid(Map<String, String> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
    }

    /** The record checked (400 naming each field at fault) and tidied: names stripped, blank links and types null. */
    private TechnologyRecord checked(TechnologyRecord given) {
        if (given == null) {
            throw new InvalidRequestException("Send the technology record as JSON");
        }
        requireValid(RecordCheck.check(given));
        List<String> unknownWorkTypes = given.filled().workTypes().stream()
                .filter(code -> WorkTypes.find(code).isEmpty()).toList();
        if (!unknownWorkTypes.isEmpty()) {
            throw new InvalidRequestException(Map.of("workTypes", "Choose work types from the demand taxonomy (no work "
                    + "type " + String.join(", ", unknownWorkTypes) + ")"));
        }
        String type = blankToNull(given.technologyType());
        if (type != null && !horizon.typeExists(type)) {
            throw new InvalidRequestException(Map.of("technologyType", "Choose a technology type from the "
                    + "horizon-scanning catalogue (no type '" + type + "')"));
        }
        TechnologyRecord filled = given.filled();
        return new TechnologyRecord(filled.name().strip(), filled.description().strip(), filled.purpose(),
                filled.contact(), blankToNull(filled.website()), filled.owner(), filled.rationale(),
                filled.decisionMaking(), filled.specification(), filled.risks(), filled.category(), filled.phase(),
                filled.legalBases(), filled.workTypes(), type);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
