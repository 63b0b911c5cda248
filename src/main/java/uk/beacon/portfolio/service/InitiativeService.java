package uk.beacon.portfolio.service;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.beacon.platform.AuditLog;
import uk.beacon.platform.ConflictException;
import uk.beacon.platform.ForbiddenException;
import uk.beacon.platform.ForceAccess;
import uk.beacon.platform.InvalidRequestException;
import uk.beacon.platform.NotFoundException;
import uk.beacon.platform.OrganisationService;
import uk.beacon.platform.Role;
import uk.beacon.platform.SignedInUser;
import uk.beacon.portfolio.domain.initiatives.GdpDeflator;
import uk.beacon.portfolio.domain.initiatives.InitiativeAppraisal;
import uk.beacon.portfolio.domain.initiatives.InitiativeDefinition;
import uk.beacon.portfolio.domain.initiatives.InitiativeRules;
import uk.beacon.portfolio.store.InitiativeStore;

/**
 * Transformation initiatives, force-scoped. The path's force must be the viewer's own (403 otherwise). A
 * force sees the initiatives it owns and the consortium initiatives it has accepted (see
 * {@link ConsortiumService}); any other initiative, including one it is only invited into, is "not found"
 * (404), so its existence does not leak. Only the owning force's planners create, change or delete (and so
 * invite member forces); a member force's people read.
 */
@Service
@Transactional(readOnly = true)
public class InitiativeService {

    public static final int MAX_INITIATIVES = 500;

    private final InitiativeStore store;
    private final OrganisationService organisations;
    private final AuditLog audit;
    private final Clock clock;
    private final DeflatorService deflators;
    private final ForceAccess access;

    InitiativeService(InitiativeStore store, OrganisationService organisations, AuditLog audit,
            DeflatorService deflators, ForceAccess access) {
        this.access = access;
        this.store = store;
        this.organisations = organisations;
        this.audit = audit;
        this.deflators = deflators;
        this.clock = Clock.systemUTC();
    }

    /**
     * The deflator the initiative is appraised with: its owning force's (for a consortium initiative too). The
     * initiative is one the viewer was allowed to read.
     */
    public GdpDeflator deflatorOf(InitiativeRecord initiative) {
        return deflators.of(initiative.ownerForce()).deflator();
    }

    /** True when the viewer may create initiatives for the force (and change those it owns). */
    public boolean mayChange(String forceId, SignedInUser viewer) {
        return ForceAccess.isMemberWith(forceId, viewer, Role.PLANNER);
    }

    public List<InitiativeRecord> initiatives(String forceId, SignedInUser viewer) {
        requireReader(forceId, viewer);
        Map<String, List<InitiativeStore.Member>> members = store.membersOfVisible(forceId);
        return store.visibleTo(forceId).stream().map(row -> record(row, members.getOrDefault(row.id(), List.of())))
                .toList();
    }

    /** The initiatives the force owns (what its export holds). */
    public List<InitiativeRecord> owned(String forceId, SignedInUser viewer) {
        requireReader(forceId, viewer);
        Map<String, List<InitiativeStore.Member>> members = store.membersOfVisible(forceId);
        return store.ownedBy(forceId).stream().map(row -> record(row, members.getOrDefault(row.id(), List.of())))
                .toList();
    }

    public InitiativeRecord initiative(String forceId, String id, SignedInUser viewer) {
        requireReader(forceId, viewer);
        return visible(forceId, id);
    }

    /**
     * The initiative's Green Book appraisal, nominal figures converted with the owning force's deflator. 409 when
     * that deflator does not cover a year of a nominal initiative (a series loaded after it was saved that stops
     * earlier): the problem names the year, as {@link #appraisalProblem} does.
     */
    public InitiativeAppraisal.Summary appraisal(String forceId, String id, SignedInUser viewer) {
        InitiativeRecord initiative = initiative(forceId, id, viewer);
        GdpDeflator deflator = deflatorOf(initiative);
        InitiativeRules.deflatorGap(initiative.definition(), deflator).ifPresent(gap -> {
            throw new ConflictException("'" + gap.getKey() + "': " + gap.getValue());
        });
        return InitiativeAppraisal.appraise(initiative.definition(), deflator);
    }

    /**
     * Why the initiative cannot be appraised with its owning force's deflator (a nominal year the series does not
     * cover), or empty when it can.
     */
    public java.util.Optional<String> appraisalProblem(InitiativeRecord initiative) {
        return InitiativeRules.deflatorGap(initiative.definition(), deflatorOf(initiative)).map(Map.Entry::getValue);
    }

    /** The nominal initiatives the force owns whose years its deflator does not cover. */
    public List<InitiativeRecord> uncovered(String forceId, SignedInUser viewer) {
        GdpDeflator deflator = deflators.deflator(forceId, viewer).deflator();
        return owned(forceId, viewer).stream()
                .filter(r -> InitiativeRules.deflatorGap(r.definition(), deflator).isPresent()).toList();
    }

    /** The field-named errors of a definition the force would own; empty when it is sound. */
    public Map<String, String> errors(String forceId, InitiativeDefinition definition) {
        return InitiativeRules.errors(definition, deflators.of(forceId).deflator());
    }

    /**
     * The force's visible initiatives as a portfolio to optimise. Year 0 of the horizon is {@code firstYear}; each
     * initiative runs from its start year (or its first year of figures, if earlier) with costs by year = capital +
     * running and benefits by year = cashable savings + officer hours released x its hourly cost (nominal figures
     * converted to real prices where the owning force's deflator covers the years). It may start up to {@code window} years either
     * side of its planned start, within the horizon. Dependencies and exclusions are kept as stored, leaving out
     * any that name an initiative the force no longer sees.
     */
    public OptimisationRequest optimisationRequest(String forceId, SignedInUser viewer, int firstYear,
            Integer horizonYears, List<Double> budgetByYear, Integer maxConcurrent, String objective, int window) {
        List<InitiativeRecord> records = initiatives(forceId, viewer);
        java.util.Set<String> ids = new java.util.HashSet<>();
        records.forEach(r -> ids.add(r.id()));
        List<OptimisationRequest.Initiative> list = new ArrayList<>();
        Map<String, GdpDeflator> deflatorsByOwner = new java.util.HashMap<>();
        for (InitiativeRecord record : records) {
            InitiativeDefinition d = record.definition();
            GdpDeflator deflator = deflatorsByOwner.computeIfAbsent(record.ownerForce(), f -> deflators.of(f).deflator());
            int start = d.startYear() == null ? firstYear : d.startYear();
            int last = start;
            if (d.years() != null) {
                for (InitiativeDefinition.YearFigures y : d.years()) {
                    if (y != null && y.year() != null) {
                        start = Math.min(start, y.year());
                        last = Math.max(last, y.year());
                    }
                }
            }
            int length = last - start + 1;
            double[] costs = new double[length];
            double[] benefits = new double[length];
            double[] hours = new double[length];
            double[] harm = new double[length];
            double hourly = d.hourlyCost() == null ? 0 : d.hourlyCost().doubleValue();
            if (d.years() != null) {
                for (InitiativeDefinition.YearFigures y : d.years()) {
                    if (y == null || y.year() == null) {
                        continue;
                    }
                    int t = y.year() - start;
                    costs[t] += real(d, y.capital(), y.year(), deflator) + real(d, y.running(), y.year(), deflator);
                    double released = amount(y.officerHoursReleased());
                    benefits[t] += real(d, y.cashableSavings(), y.year(), deflator) + released * hourly;
                    hours[t] += released;
                    harm[t] += amount(y.harmReduction());
                }
            }
            int costYears = length;
            while (costYears > 1 && costs[costYears - 1] == 0) {
                costYears--;
            }
            int planned = start - firstYear;
            int horizon = horizonYears == null ? 0 : horizonYears;
            int lastFit = Math.max(0, horizon - costYears);
            int earliest = Math.max(0, Math.min(planned - window, lastFit));
            int latest = Math.max(earliest, Math.min(planned + window, lastFit));
            int duration = Math.max(1, (d.durationMonths() + 11) / 12);
            list.add(new OptimisationRequest.Initiative(record.id(), list(costs, costYears), list(benefits, length),
                    earliest, latest, duration, d.dependsOn() == null ? List.of()
                            : d.dependsOn().stream().filter(ids::contains).toList(),
                    d.excludes() == null ? List.of() : d.excludes().stream().filter(ids::contains).toList(),
                    list(hours, length), list(harm, length)));
        }
        return new OptimisationRequest(horizonYears, budgetByYear, maxConcurrent, objective, list);
    }

    private static double real(InitiativeDefinition d, java.math.BigDecimal value, int year, GdpDeflator deflator) {
        if (value == null) {
            return 0;
        }
        if ("NOMINAL".equalsIgnoreCase(d.prices()) && d.baseYear() != null && deflator.covers(year)
                && deflator.covers(d.baseYear())) {
            return deflator.toReal(value, year, d.baseYear()).doubleValue();
        }
        return value.doubleValue();
    }

    private static double amount(java.math.BigDecimal value) {
        return value == null ? 0 : value.doubleValue();
    }

    private static List<Double> list(double[] values, int length) {
        List<Double> list = new ArrayList<>();
        for (int t = 0; t < length; t++) {
            list.add(values[t]);
        }
        return list;
    }

    @Transactional
    public InitiativeRecord create(String forceId, SignedInUser viewer, InitiativeDefinition definition) {
        requirePlanner(forceId, viewer);
        check(forceId, definition);
        checkLinks(forceId, null, definition);
        if (store.ownedBy(forceId).size() >= MAX_INITIATIVES) {
            throw new InvalidRequestException("A force can keep at most " + MAX_INITIATIVES + " initiatives");
        }
        return insert(forceId, viewer, definition);
    }

    @Transactional
    public InitiativeRecord update(String forceId, String id, SignedInUser viewer, InitiativeDefinition definition) {
        requireReader(forceId, viewer);
        InitiativeRecord before = visible(forceId, id);
        requireOwner(forceId, before, viewer);
        check(forceId, definition);
        checkLinks(forceId, id, definition);
        store.update(id, definition.tidy(), viewer.getUsername(), OffsetDateTime.now(clock));
        audit.record(viewer, "portfolio.initiative.update", "force/" + forceId + "/initiative/" + id, definition.name());
        InitiativeRecord after = visible(forceId, id);
        auditInvitations(viewer, before.members(), after);
        return after;
    }

    @Transactional
    public void delete(String forceId, String id, SignedInUser viewer) {
        requireReader(forceId, viewer);
        InitiativeRecord existing = visible(forceId, id);
        requireOwner(forceId, existing, viewer);
        store.delete(id);
        audit.record(viewer, "portfolio.initiative.delete", "force/" + forceId + "/initiative/" + id,
                existing.definition().name());
    }

    /**
     * Stores all the definitions as new initiatives of the force, or none: every definition is checked
     * first, and the errors name the place in the import ({@code where} gives each definition's label).
     */
    @Transactional
    public List<InitiativeRecord> importAll(String forceId, SignedInUser viewer, List<InitiativeDefinition> definitions) {
        requirePlanner(forceId, viewer);
        for (int i = 0; i < definitions.size(); i++) {
            Map<String, String> errors = errors(forceId, definitions.get(i));
            if (!errors.isEmpty()) {
                Map.Entry<String, String> first = errors.entrySet().iterator().next();
                throw new InvalidRequestException("Initiative " + (i + 1) + " '" + first.getKey() + "': "
                        + first.getValue());
            }
        }
        if (store.ownedBy(forceId).size() + definitions.size() > MAX_INITIATIVES) {
            throw new InvalidRequestException("A force can keep at most " + MAX_INITIATIVES + " initiatives");
        }
        for (int i = 0; i < definitions.size(); i++) {
            try {
                check(forceId, definitions.get(i));
            } catch (InvalidRequestException e) {
                throw new InvalidRequestException("Initiative " + (i + 1) + " " + e.getMessage());
            }
        }
        List<InitiativeRecord> created = new ArrayList<>();
        for (InitiativeDefinition definition : definitions) {
            created.add(insert(forceId, viewer, definition));
        }
        return created;
    }

    private InitiativeRecord insert(String forceId, SignedInUser viewer, InitiativeDefinition definition) {
        for (String member : definition.memberForcesOrEmpty()) {
            organisations.force(member);
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        String id = UUID.randomUUID().toString();
        store.insert(new InitiativeStore.Row(id, forceId, definition.tidy(), viewer.getUsername(), now,
                viewer.getUsername(), now));
        audit.record(viewer, "portfolio.initiative.create", "force/" + forceId + "/initiative/" + id,
                definition.name());
        InitiativeRecord created = visible(forceId, id);
        auditInvitations(viewer, List.of(), created);
        return created;
    }

    /** Each force newly invited, and each no longer a member, gets an entry of its own. */
    private void auditInvitations(SignedInUser viewer, List<ConsortiumMember> before, InitiativeRecord after) {
        String target = "force/" + after.ownerForce() + "/initiative/" + after.id();
        java.util.Set<String> was = new java.util.HashSet<>();
        before.forEach(m -> was.add(m.force()));
        java.util.Set<String> now = new java.util.HashSet<>();
        after.members().forEach(m -> now.add(m.force()));
        for (ConsortiumMember member : after.members()) {
            if (!was.contains(member.force())) {
                audit.record(viewer, "portfolio.initiative.invite", target, "invited " + member.force());
            }
        }
        for (ConsortiumMember member : before) {
            if (!now.contains(member.force())) {
                audit.record(viewer, "portfolio.initiative.uninvite", target,
                        "removed " + member.force() + " (was " + member.state() + ")");
            }
        }
    }

    private void check(String forceId, InitiativeDefinition definition) {
        Map<String, String> errors = errors(forceId, definition);
        if (!errors.isEmpty()) {
            Map.Entry<String, String> first = errors.entrySet().iterator().next();
            throw new InvalidRequestException("'" + first.getKey() + "': " + first.getValue());
        }
        for (int i = 0; i < definition.memberForcesOrEmpty().size(); i++) {
            try {
                organisations.force(definition.memberForces().get(i));
            } catch (NotFoundException e) {
                throw new InvalidRequestException("'memberForces[" + i + "]': there is no police force with the id '"
                        + definition.memberForces().get(i) + "'");
            }
        }
    }

    /** Dependencies and exclusions name other initiatives the force can see. */
    private void checkLinks(String forceId, String self, InitiativeDefinition definition) {
        for (String field : List.of("dependsOn", "excludes")) {
            List<String> ids = field.equals("dependsOn") ? definition.dependsOn() : definition.excludes();
            if (ids == null) {
                continue;
            }
            for (int i = 0; i < ids.size(); i++) {
                String other = ids.get(i);
                boolean known = !other.equals(self) && store.findVisible(other, forceId).isPresent();
                if (!known) {
                    throw new InvalidRequestException("'" + field + "[" + i + "]': there is no other initiative of "
                            + "this force with the id '" + other + "'");
                }
            }
        }
    }

    private void requireReader(String forceId, SignedInUser viewer) {
        access.requireMember(forceId, viewer);
    }

    /** Throws 403 unless the viewer is one of the force's planners. */
    public void requirePlanner(String forceId, SignedInUser viewer) {
        access.requireRole(forceId, viewer, "Only the force's planners can change its initiatives", Role.PLANNER);
    }

    private void requireOwner(String forceId, InitiativeRecord initiative, SignedInUser viewer) {
        if (!initiative.ownerForce().equals(forceId)) {
            throw new ForbiddenException("Only the owning force (" + initiative.ownerForce()
                    + ") can change a consortium initiative");
        }
        requirePlanner(forceId, viewer);
    }

    private InitiativeRecord visible(String forceId, String id) {
        return store.findVisible(id, forceId).map(row -> record(row, store.members(id)))
                .orElseThrow(() -> new NotFoundException("There is no initiative with the id '" + id + "'"));
    }

    private static InitiativeRecord record(InitiativeStore.Row row, List<InitiativeStore.Member> members) {
        return new InitiativeRecord(row.id(), row.ownerForceId(), row.definition(), row.createdBy(), row.createdAt(),
                row.updatedBy(), row.updatedAt(), members.stream().map(InitiativeService::member).toList());
    }

    static ConsortiumMember member(InitiativeStore.Member m) {
        return new ConsortiumMember(m.forceId(), m.state().code(), m.invitedBy(), m.invitedAt(), m.decidedBy(),
                m.decidedAt());
    }
}
