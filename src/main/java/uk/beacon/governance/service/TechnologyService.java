package uk.beacon.governance.service;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import uk.beacon.governance.domain.Action;
import uk.beacon.governance.domain.Category;
import uk.beacon.governance.domain.Phase;
import uk.beacon.governance.domain.RecordCheck;
import uk.beacon.governance.domain.State;
import uk.beacon.governance.domain.TechnologyRecord;
import uk.beacon.governance.domain.TrailChain;
import uk.beacon.governance.domain.TrailEntry;
import uk.beacon.governance.domain.Workflow;
import uk.beacon.governance.domain.dpia.Dpia;
import uk.beacon.governance.domain.ethics.EthicsReview;
import uk.beacon.governance.store.HorizonStore;
import uk.beacon.governance.store.PublishedRow;
import uk.beacon.governance.store.TechnologyRow;
import uk.beacon.governance.store.TechnologyStore;
import uk.beacon.governance.store.TrailStore;
import uk.beacon.demand.WorkTypes;
import uk.beacon.platform.AuditLog;
import uk.beacon.platform.ForbiddenException;
import uk.beacon.platform.InvalidRequestException;
import uk.beacon.platform.NotFoundException;
import uk.beacon.platform.OrganisationService;
import uk.beacon.platform.Role;
import uk.beacon.platform.SignedInUser;

/**
 * A force's technology records and their review. Records are private to the force until published:
 * its planners write them, its reviewers review them, its approvers decide on them, and nobody decides on
 * a record they wrote any part of. Every change appends an entry to the record's hash-chained trail.
 * A published record changes only through a new version, which goes through review again while the
 * published one stays on the register.
 */
@Service
@Transactional(readOnly = true)
public class TechnologyService {

    /** The largest DPIA or ethics review accepted, in characters of JSON. */
    static final int MOST_DOCUMENT_CHARACTERS = 200_000;
    static final int MOST_REASON_CHARACTERS = 2_000;
    /** How many of the missing fields a refused approval names. */
    static final int MISSING_NAMED = 3;

    private final TechnologyStore store;
    private final TrailStore trail;
    private final OrganisationService organisations;
    private final AuditLog audit;
    private final ObjectMapper json;
    private final Clock clock;
    private final HorizonStore horizon;

    TechnologyService(TechnologyStore store, TrailStore trail, OrganisationService organisations, AuditLog audit,
            ObjectMapper json, Clock clock, HorizonStore horizon) {
        this.store = store;
        this.horizon = horizon;
        this.trail = trail;
        this.organisations = organisations;
        this.audit = audit;
        this.json = json;
        this.clock = clock;
    }

    /** A new draft record of the force; its planners only. */
    @Transactional
    public Technology create(String forceId, SignedInUser viewer, TechnologyRecord given) {
        organisations.force(forceId);
        OrganisationService.requireMemberOf(forceId, viewer);
        requireRole(viewer, "Only the force's planners can create technology records", Role.PLANNER);
        TechnologyRecord record = checked(given);
        OffsetDateTime now = now();
        String id = UUID.randomUUID().toString();
        TechnologyRow row = new TechnologyRow(id, forceId, State.DRAFT, 1, null, record.name(), record.category(),
                record.phase(), blankToNull(record.technologyType()), write(record), null, null, null, null,
                viewer.getUsername(), now, viewer.getUsername(), now);
        store.insert(row);
        store.addEditor(id, viewer.getUsername());
        appendTrail(row, viewer, "create", null, null, now);
        audit.record(viewer, "governance.technology.create", "technology/" + id, record.name());
        return view(row);
    }

    /** The record, for members of its force. */
    public Technology get(String id, SignedInUser viewer) {
        return view(readable(id, viewer));
    }

    /** The force's records, most recently changed first, for its members. */
    public List<Technology> forForce(String forceId, SignedInUser viewer) {
        organisations.force(forceId);
        OrganisationService.requireMemberOf(forceId, viewer);
        return store.findByOrganisation(forceId).stream().map(this::view).toList();
    }

    /**
     * Changes the record's fields; its force's planners only. A draft or a record sent back for changes
     * changes in place; a published one gets a new draft version; in any other state it cannot change.
     */
    @Transactional
    public Technology update(String id, SignedInUser viewer, TechnologyRecord given) {
        TechnologyRow row = changeable(id, viewer, "Only the force's planners can change its technology records",
                Role.PLANNER);
        TechnologyRecord record = checked(given);
        OffsetDateTime now = now();
        TechnologyRow base = newVersionIfPublished(row, viewer, now);
        TechnologyRow changed = new TechnologyRow(base.id(), base.organisationId(), base.state(), base.version(),
                base.publishedVersion(), record.name(), record.category(), record.phase(),
                blankToNull(record.technologyType()), write(record), base.dpia(), base.ethicsReview(),
                base.highestResidualRisk(), base.conditions(), base.createdBy(), base.createdAt(),
                viewer.getUsername(), now);
        store.update(changed);
        store.addEditor(id, viewer.getUsername());
        appendTrail(changed, viewer, "edit", base.state(), null, now);
        audit.record(viewer, "governance.technology.edit", "technology/" + id, record.name());
        return view(changed);
    }

    /**
     * Stores the record's DPIA sent as JSON: 400 naming the field for an unknown field, a value of the wrong kind
     * or what {@link Dpia#validate()} finds. Planners and reviewers.
     */
    @Transactional
    public Technology saveDpia(String id, SignedInUser viewer, JsonNode dpia) {
        return saveDpia(id, viewer, readDocument(dpia, Dpia.class, "DPIA"));
    }

    /** Stores the record's DPIA, with its highest residual risk for the register's filter. Planners and reviewers. */
    @Transactional
    public Technology saveDpia(String id, SignedInUser viewer, Dpia dpia) {
        if (dpia == null) {
            throw new InvalidRequestException("Send the DPIA as a JSON object");
        }
        Map<String, String> problems = dpia.validate();
        if (!problems.isEmpty()) {
            throw new RecordInvalidException(problems);
        }
        return saveDocument(id, viewer, json.writeValueAsString(dpia), dpia.highestResidualRisk(), true);
    }

    /**
     * Stores the record's ethics review sent as JSON: 400 naming the field for an unknown field, a value of the
     * wrong kind or what {@link EthicsReview#validate()} finds. Planners and reviewers.
     */
    @Transactional
    public Technology saveEthicsReview(String id, SignedInUser viewer, JsonNode review) {
        return saveEthicsReview(id, viewer, readDocument(review, EthicsReview.class, "ethics review"));
    }

    /** Stores the record's ethics review. Planners and reviewers. */
    @Transactional
    public Technology saveEthicsReview(String id, SignedInUser viewer, EthicsReview review) {
        if (review == null) {
            throw new InvalidRequestException("Send the ethics review as a JSON object");
        }
        Map<String, String> problems = review.validate();
        if (!problems.isEmpty()) {
            throw new RecordInvalidException(problems);
        }
        return saveDocument(id, viewer, json.writeValueAsString(review), null, false);
    }

    /** Whether the viewer may write the record's DPIA and ethics review now (as the API's PUTs allow). */
    public boolean mayWriteReviews(Technology technology, SignedInUser viewer) {
        State state = State.of(technology.state());
        return viewer != null && viewer.belongsTo(technology.force())
                && (viewer.hasRole(Role.PLANNER) || viewer.hasRole(Role.REVIEWER))
                && (state.editable() || state == State.SUBMITTED || state == State.IN_REVIEW
                        || state == State.PUBLISHED);
    }

    /** The record's DPIA as its type, or null when none is stored. */
    public Dpia dpia(Technology technology) {
        return technology.dpia() == null ? null : json.treeToValue(technology.dpia(), Dpia.class);
    }

    /** The record's ethics review as its type, or null when none is stored. */
    public EthicsReview ethicsReview(Technology technology) {
        return technology.ethicsReview() == null ? null
                : json.treeToValue(technology.ethicsReview(), EthicsReview.class);
    }

    private <T> T readDocument(JsonNode document, Class<T> type, String what) {
        if (document == null || !document.isObject()) {
            throw new InvalidRequestException("Send the " + what + " as a JSON object");
        }
        try {
            return json.readerFor(type).with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).readValue(document);
        } catch (DatabindException e) {
            String field = jsonPath(e);
            String message = e instanceof tools.jackson.databind.exc.UnrecognizedPropertyException
                    ? "is not a field of the " + what : "is not a value this field takes";
            throw new RecordInvalidException(Map.of(field.isEmpty() ? what : field, message));
        }
    }

    /** The path of the field at fault, written as the checks' field ids: {@code risks[0].severityAfter}. */
    private static String jsonPath(DatabindException e) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : e.getPath()) {
            if (reference.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private Technology saveDocument(String id, SignedInUser viewer, String text, Integer highestResidualRisk,
            boolean dpia) {
        String what = dpia ? "DPIA" : "ethics review";
        if (text.length() > MOST_DOCUMENT_CHARACTERS) {
            throw new InvalidRequestException("The " + what + " must be " + MOST_DOCUMENT_CHARACTERS
                    + " characters of JSON or fewer");
        }
        TechnologyRow row = lockedMember(id, viewer);
        requireRole(viewer, "Only the force's planners and reviewers can write its " + what, Role.PLANNER,
                Role.REVIEWER);
        boolean open = row.state().editable() || row.state() == State.SUBMITTED || row.state() == State.IN_REVIEW;
        if (!open && row.state() != State.PUBLISHED) {
            throw new ConflictException("A record that is " + row.state().label().toLowerCase(Locale.ROOT)
                    + " cannot change");
        }
        OffsetDateTime now = now();
        TechnologyRow base = newVersionIfPublished(row, viewer, now);
        TechnologyRow changed = new TechnologyRow(base.id(), base.organisationId(), base.state(), base.version(),
                base.publishedVersion(), base.name(), base.category(), base.phase(), base.technologyType(),
                base.content(), dpia ? text : base.dpia(), dpia ? base.ethicsReview() : text,
                dpia ? highestResidualRisk : base.highestResidualRisk(), base.conditions(), base.createdBy(),
                base.createdAt(), viewer.getUsername(), now);
        store.update(changed);
        store.addEditor(id, viewer.getUsername());
        appendTrail(changed, viewer, dpia ? "edit-dpia" : "edit-ethics-review", base.state(), null, now);
        audit.record(viewer, "governance.technology." + (dpia ? "dpia" : "ethics-review"), "technology/" + id, null);
        return view(changed);
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
        String why = blankToNull(reason);
        if (why != null && why.length() > MOST_REASON_CHARACTERS) {
            throw new InvalidRequestException("'reason' must be " + MOST_REASON_CHARACTERS + " characters or fewer");
        }
        TechnologyRow row = lockedMember(id, viewer);
        Workflow.Refusal refusal = Workflow.refusal(action, row.state(), viewer.roles(), viewer.getUsername(),
                authors(row), why);
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
        if (action == Action.APPROVE) {
            requireCompleteReviews(row);
        }
        OffsetDateTime now = now();
        Integer publishedVersion = row.publishedVersion();
        String conditions = row.conditions();
        if (action == Action.APPROVE) {
            conditions = why;
        } else if (action == Action.SUBMIT) {
            conditions = null;
        }
        if (action == Action.PUBLISH) {
            publishedVersion = row.version();
            store.insertPublished(new PublishedRow(row.id(), row.version(), row.organisationId(), row.name(),
                    row.category(), row.phase(), row.technologyType(), row.content(), row.dpia(), row.ethicsReview(),
                    row.highestResidualRisk(), conditions, searchText(row), viewer.getUsername(), now, null, null));
        } else if (action == Action.WITHDRAW) {
            store.withdrawPublished(row.id(), row.publishedVersion(), now, why);
        }
        TechnologyRow changed = new TechnologyRow(row.id(), row.organisationId(), action.to(), row.version(),
                publishedVersion, row.name(), row.category(), row.phase(), row.technologyType(), row.content(),
                row.dpia(), row.ethicsReview(), row.highestResidualRisk(), conditions, row.createdBy(),
                row.createdAt(), viewer.getUsername(), now);
        store.update(changed);
        appendTrail(changed, viewer, action.code(), row.state(), why, now);
        audit.record(viewer, "governance.technology." + action.code(), "technology/" + id, why);
        return view(changed);
    }

    /** Approval needs a complete DPIA (signed off, nothing missing) and a complete ethics review: 409 otherwise. */
    private void requireCompleteReviews(TechnologyRow row) {
        List<String> lacking = new ArrayList<>();
        if (row.dpia() == null) {
            lacking.add("there is no DPIA yet");
        } else {
            Map<String, String> problems = json.readValue(row.dpia(), Dpia.class).problems();
            if (!problems.isEmpty()) {
                lacking.add("the DPIA is not complete (" + named(problems) + ")");
            }
        }
        if (row.ethicsReview() == null) {
            lacking.add("there is no ethics review yet");
        } else {
            Map<String, String> problems = json.readValue(row.ethicsReview(), EthicsReview.class).problems();
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

    /** The actions the viewer may take on the record now, for the record's page. */
    public List<Action> allowedActions(Technology technology, SignedInUser viewer) {
        if (viewer == null || !viewer.belongsTo(technology.force())) {
            return List.of();
        }
        Set<String> authors = new LinkedHashSet<>(store.editors(technology.id()));
        authors.add(technology.createdBy());
        return Workflow.allowed(State.of(technology.state()), viewer.roles(), viewer.getUsername(), authors);
    }

    /** Whether the viewer may change the record's fields now (a published one through a new version). */
    public boolean mayEdit(Technology technology, SignedInUser viewer) {
        State state = State.of(technology.state());
        return viewer != null && viewer.belongsTo(technology.force()) && viewer.hasRole(Role.PLANNER)
                && (state.editable() || state == State.PUBLISHED);
    }

    /** The record's trail, checked, for members of its force. */
    public Trail trail(String id, SignedInUser viewer) {
        return checkTrail(readable(id, viewer));
    }

    /** Checks every record's trail; administrators only. Returns the trails that do not verify. */
    public TrailCheck checkAllTrails(SignedInUser viewer) {
        if (viewer == null || !viewer.hasRole(Role.ADMINISTRATOR)) {
            throw new ForbiddenException("Only administrators can check every trail");
        }
        List<Trail> broken = new ArrayList<>();
        List<String> ids = store.ids();
        for (String id : ids) {
            Trail checked = checkTrail(store.find(id).orElseThrow());
            if (!checked.verified()) {
                broken.add(new Trail(checked.technologyId(), false, checked.firstBrokenSeq(), checked.problem(),
                        checked.contentMatches(), checked.headHash(), List.of()));
            }
        }
        return new TrailCheck(ids.size(), broken.isEmpty(), broken);
    }

    /** The result of checking every trail: {@code broken} lists those that do not verify, without their entries. */
    public record TrailCheck(int records, boolean verified, List<Trail> broken) {
    }

    private Trail checkTrail(TechnologyRow row) {
        List<TrailEntry> entries = trail.entries(row.id());
        TrailChain.Verification verification = TrailChain.verify(entries);
        TrailEntry last = entries.isEmpty() ? null : entries.get(entries.size() - 1);
        boolean contentMatches = last != null
                && TrailChain.contentHash(row.content(), row.dpia(), row.ethicsReview()).equals(last.contentHash());
        String problem = verification.problem();
        if (verification.verified() && !contentMatches) {
            problem = entries.isEmpty() ? "the record has no trail"
                    : "the record as stored does not match the content hash of the latest entry";
        }
        return new Trail(row.id(), verification.verified() && contentMatches, verification.firstBrokenSeq(), problem,
                contentMatches, last == null ? null : last.entryHash(), entries);
    }

    private TechnologyRow readable(String id, SignedInUser viewer) {
        TechnologyRow row = store.find(id).orElseThrow(TechnologyService::notFound);
        OrganisationService.requireMemberOf(row.organisationId(), viewer);
        return row;
    }

    private TechnologyRow lockedMember(String id, SignedInUser viewer) {
        TechnologyRow row = store.findForUpdate(id).orElseThrow(TechnologyService::notFound);
        OrganisationService.requireMemberOf(row.organisationId(), viewer);
        return row;
    }

    private TechnologyRow changeable(String id, SignedInUser viewer, String refusal, Role... roles) {
        TechnologyRow row = lockedMember(id, viewer);
        requireRole(viewer, refusal, roles);
        if (!row.state().editable() && row.state() != State.PUBLISHED) {
            throw new ConflictException("A record that is " + row.state().label().toLowerCase(Locale.ROOT)
                    + " cannot change");
        }
        return row;
    }

    /** A published record's working copy becomes a new draft version; the published version stays public. */
    private TechnologyRow newVersionIfPublished(TechnologyRow row, SignedInUser viewer, OffsetDateTime now) {
        if (row.state() != State.PUBLISHED) {
            return row;
        }
        TechnologyRow next = new TechnologyRow(row.id(), row.organisationId(), State.DRAFT, row.version() + 1,
                row.publishedVersion(), row.name(), row.category(), row.phase(), row.technologyType(), row.content(),
                row.dpia(), row.ethicsReview(), row.highestResidualRisk(), null, row.createdBy(), row.createdAt(),
                viewer.getUsername(), now);
        store.update(next);
        appendTrail(next, viewer, "new-version", State.PUBLISHED, "Version " + next.version() + " started", now);
        return next;
    }

    private Set<String> authors(TechnologyRow row) {
        Set<String> authors = new LinkedHashSet<>(store.editors(row.id()));
        authors.add(row.createdBy());
        return authors;
    }

    private void appendTrail(TechnologyRow row, SignedInUser viewer, String action, State from, String reason,
            OffsetDateTime at) {
        TrailEntry previous = trail.last(row.id()).orElse(null);
        trail.append(TrailChain.append(previous, row.id(), at.toInstant(), viewer.getUsername(), action,
                from == null ? null : from.code(), row.state().code(), row.version(), reason,
                TrailChain.contentHash(row.content(), row.dpia(), row.ethicsReview())));
    }

    private static void requireRole(SignedInUser viewer, String refusal, Role... roles) {
        if (Stream.of(roles).noneMatch(viewer::hasRole)) {
            throw new ForbiddenException(refusal);
        }
    }

    private TechnologyRecord checked(TechnologyRecord given) {
        if (given == null) {
            throw new InvalidRequestException("Send the technology record as JSON");
        }
        Map<String, String> problems = RecordCheck.check(given);
        if (!problems.isEmpty()) {
            throw new RecordInvalidException(problems);
        }
        List<String> unknownWorkTypes = given.filled().workTypes().stream()
                .filter(code -> WorkTypes.find(code).isEmpty()).toList();
        if (!unknownWorkTypes.isEmpty()) {
            throw new RecordInvalidException(Map.of("workTypes", "Choose work types from the demand taxonomy (no work "
                    + "type " + String.join(", ", unknownWorkTypes) + ")"));
        }
        String type = blankToNull(given.technologyType());
        if (type != null && !horizon.typeExists(type)) {
            throw new RecordInvalidException(Map.of("technologyType", "Choose a technology type from the "
                    + "horizon-scanning catalogue (no type '" + type + "')"));
        }
        TechnologyRecord filled = given.filled();
        return new TechnologyRecord(filled.name().strip(), filled.description().strip(), filled.purpose(),
                filled.contact(), blankToNull(filled.website()), filled.owner(), filled.rationale(),
                filled.decisionMaking(), filled.specification(), filled.risks(), filled.category(), filled.phase(),
                filled.legalBases(), filled.workTypes(), blankToNull(filled.technologyType()));
    }

    String write(TechnologyRecord record) {
        return json.writeValueAsString(record);
    }

    TechnologyRecord read(String content) {
        return json.readValue(content, TechnologyRecord.class).filled();
    }

    JsonNode readDocument(String text) {
        if (text == null) {
            return null;
        }
        try {
            return json.readTree(text);
        } catch (JacksonException e) {
            throw new IllegalStateException("A stored governance document is not JSON", e);
        }
    }

    private Technology view(TechnologyRow row) {
        return new Technology(row.id(), row.organisationId(), row.state().code(), row.version(),
                row.publishedVersion(), read(row.content()), readDocument(row.dpia()),
                readDocument(row.ethicsReview()), completeDpia(row.dpia()),
                row.ethicsReview() != null,
                row.highestResidualRisk(), row.conditions(), row.createdBy(), row.createdAt(), row.updatedBy(),
                row.updatedAt());
    }

    /** Whether the stored DPIA is complete: signed off with nothing missing. */
    private boolean completeDpia(String text) {
        if (text == null) {
            return false;
        }
        try {
            return json.readValue(text, Dpia.class).isComplete();
        } catch (JacksonException e) {
            return false;
        }
    }

    /** Lower-case text of everything the public sees of the version, for the register's search. */
    private String searchText(TechnologyRow row) {
        TechnologyRecord r = read(row.content());
        List<String> parts = new ArrayList<>(List.of(organisations.organisation(row.organisationId()).name(),
                Category.labelOf(r.category()), Phase.labelOf(r.phase())));
        Stream.of(r.name(), r.description(), r.purpose(), r.contact(), r.website(), r.technologyType(),
                r.owner().team(), r.owner().seniorResponsibleOwner(), r.rationale().benefit(),
                r.rationale().previousProcess(), r.rationale().alternativesConsidered(),
                r.decisionMaking().outputUse(), r.decisionMaking().humanDecisions(), r.decisionMaking().training(),
                r.decisionMaking().appeals(), r.specification().architecture(), r.specification().models(),
                r.specification().dataSources(), r.specification().sensitiveAttributes(),
                r.specification().dataSharing(), r.specification().retention(), r.risks().risks(),
                r.risks().mitigations(), r.risks().impactAssessments()).forEach(parts::add);
        r.owner().suppliers().forEach(supplier -> parts.add(supplier.name()));
        r.legalBases().forEach(basis -> parts.add(basis.title()));
        parts.addAll(r.workTypes());
        return parts.stream().filter(part -> part != null && !part.isBlank())
                .collect(Collectors.joining("\n")).toLowerCase(Locale.ROOT);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC)
                .truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static NotFoundException notFound() {
        return new NotFoundException("There is no technology record with that id");
    }
}
