package uk.beacon.capacity.service;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.ObjectMapper;
import uk.beacon.capacity.domain.shifts.PatternMeasures;
import uk.beacon.capacity.domain.shifts.Shift;
import uk.beacon.capacity.domain.shifts.ShiftDesign;
import uk.beacon.capacity.domain.shifts.ShiftDesigner;
import uk.beacon.capacity.domain.shifts.ShiftRuleException;
import uk.beacon.capacity.domain.shifts.ShiftRules;
import uk.beacon.capacity.store.ShiftPlanRecord;
import uk.beacon.capacity.store.ShiftPlanStore;
import uk.beacon.platform.AuditLog;
import uk.beacon.platform.ForbiddenException;
import uk.beacon.platform.InvalidRequestException;
import uk.beacon.platform.Job;
import uk.beacon.platform.JobFailure;
import uk.beacon.platform.JobService;
import uk.beacon.platform.NotFoundException;
import uk.beacon.platform.OrganisationService;
import uk.beacon.platform.Role;
import uk.beacon.platform.SignedInUser;

/**
 * Designs a force's weekly shift plan as a job, and keeps the plans, private to the force. The requirement
 * is any 168 numbers, so the staffing requirement worked out elsewhere can be handed straight in.
 *
 * <p>Settings: {@code beacon.capacity.shifts.time-limit} (how long the solver may search, default 60s) and
 * {@code beacon.capacity.shifts.workers} (its threads, default 8: CP-SAT's portfolio of 8 strategies proves
 * optimality far sooner than 1 or 2 even on a 2-core machine; see bench/README.md).
 */
@Service
public class ShiftPlanService {

    static final int MOST_PATTERN_SHIFTS = 2_000;
    static final int LIST_LIMIT = 100;

    private final ShiftPlanStore store;
    private final JobService jobs;
    private final OrganisationService organisations;
    private final AuditLog audit;
    private final ObjectMapper json;
    private final Clock clock;
    private final ShiftDesigner.Limits limits;
    private final ShiftDesigner designer = new ShiftDesigner();

    ShiftPlanService(ShiftPlanStore store, JobService jobs, OrganisationService organisations, AuditLog audit,
            ObjectMapper json, Clock clock,
            @Value("${beacon.capacity.shifts.time-limit:60s}") Duration timeLimit,
            @Value("${beacon.capacity.shifts.workers:8}") int workers) {
        this.store = store;
        this.jobs = jobs;
        this.organisations = organisations;
        this.audit = audit;
        this.json = json;
        this.clock = clock;
        this.limits = new ShiftDesigner.Limits(timeLimit, workers);
    }

    /** Whether the viewer may design plans for the force: its analysts and planners. 404/403 as for reading. */
    public boolean mayDesign(String forceId, SignedInUser viewer) {
        requireReader(forceId, viewer);
        return viewer.hasRole(Role.ANALYST) || viewer.hasRole(Role.PLANNER);
    }

    /** Starts designing a plan for the viewer's own force (the API's {@code POST /capacity/shift-plans}). */
    public Job start(SignedInUser viewer, ShiftPlanRequest request) {
        if (viewer == null || !organisations.organisation(viewer.organisationId()).isForce()) {
            throw new ForbiddenException("Only a police force's analysts and planners can design shift plans");
        }
        return start(viewer.organisationId(), viewer, request).job();
    }

    /** A started design: the saved plan's id and its job. */
    public record Started(String planId, Job job) {
    }

    /**
     * Checks the request, saves the plan as asked and starts the job that designs it.
     *
     * @throws InvalidRequestException naming the field at fault
     */
    @Transactional
    public Started start(String forceId, SignedInUser viewer, ShiftPlanRequest request) {
        if (!mayDesign(forceId, viewer)) {
            throw new ForbiddenException("Only the force's analysts and planners can design shift plans");
        }
        ShiftRules rules = rules(request);
        List<Shift> current = currentPattern(request.currentPattern());
        String name = name(request.name());
        String planId = UUID.randomUUID().toString();
        Job job = jobs.start("capacity.shift-plan", viewer, context -> {
            context.progress(2, "Designing the plan: up to " + limits.timeLimit().toSeconds() + " seconds");
            ShiftDesign design;
            try {
                design = designer.design(rules, limits, new ShiftDesigner.Progress() {
                    @Override
                    public boolean improved(long paid, double bound, double seconds) {
                        int percent = 5 + (int) Math.min(90, 90 * seconds / limits.timeLimit().toSeconds());
                        context.progress(percent, String.format(Locale.ROOT,
                                "Best plan so far pays %,d hours; no plan can pay fewer than %,.0f", paid, bound));
                        return !context.isCancellationRequested();
                    }

                    private long lastAsked = System.nanoTime();

                    /** Asks the job record at most once a second, however often the bound rises. */
                    @Override
                    public synchronized boolean stillWanted() {
                        long now = System.nanoTime();
                        if (now - lastAsked < 1_000_000_000L) {
                            return true;
                        }
                        lastAsked = now;
                        return !context.isCancellationRequested();
                    }
                });
            } catch (ShiftRuleException | ShiftDesigner.NoPlanException e) {
                context.stopIfCancelled();
                throw new JobFailure(e.getMessage(), e);
            }
            context.stopIfCancelled();
            ShiftPlanResult result = result(rules, design, current);
            store.saveResult(planId, json.writeValueAsString(result));
            return result;
        });
        store.insert(new ShiftPlanRecord(planId, forceId, name, job.id(), viewer.getUsername(),
                OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC),
                json.writeValueAsString(withName(request, name)), null));
        audit.record(viewer, "capacity.shift-plan.start", "force/" + forceId + "/shift-plan/" + planId, name);
        return new Started(planId, job);
    }

    /** The force's saved plans, newest first, for its members. */
    @Transactional(readOnly = true)
    public List<ShiftPlan> plans(String forceId, SignedInUser viewer) {
        requireReader(forceId, viewer);
        return store.findByForce(forceId, LIST_LIMIT).stream().map(plan -> view(plan, viewer)).toList();
    }

    @Transactional(readOnly = true)
    public ShiftPlan plan(String forceId, String id, SignedInUser viewer) {
        requireReader(forceId, viewer);
        return store.find(forceId, id).map(plan -> view(plan, viewer))
                .orElseThrow(() -> new NotFoundException("There is no shift plan with the id '" + id + "'"));
    }

    /** The rules of a request, checked. */
    static ShiftRules rules(ShiftPlanRequest request) {
        if (request == null) {
            throw new InvalidRequestException("requirement", "Send the requirement and the shift rules");
        }
        try {
            return ShiftRules.of(request.requirement(), request.shiftLengthsHours(), request.startHours(),
                    request.minimumPerShift(), request.briefingOverlapHours());
        } catch (ShiftRuleException e) {
            throw new InvalidRequestException(e.field(), e.getMessage());
        }
    }

    static List<Shift> currentPattern(List<ShiftPlanResult.PlannedShift> pattern) {
        if (pattern == null) {
            return null;
        }
        if (pattern.size() > MOST_PATTERN_SHIFTS) {
            throw new InvalidRequestException("currentPattern",
                    "currentPattern can have at most " + MOST_PATTERN_SHIFTS + " shifts");
        }
        List<Shift> shifts = new ArrayList<>();
        for (int i = 0; i < pattern.size(); i++) {
            ShiftPlanResult.PlannedShift shift = pattern.get(i);
            String where = "currentPattern[" + i + "]";
            if (shift == null) {
                throw new InvalidRequestException("currentPattern", where + " is empty");
            }
            DayOfWeek day;
            try {
                day = DayOfWeek.valueOf(String.valueOf(shift.day()).trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new InvalidRequestException("currentPattern",
                        where + ".day must be a day such as MONDAY, not " + shift.day());
            }
            try {
                shifts.add(new Shift(day, shift.startHour(), shift.lengthHours(), shift.staff()));
            } catch (IllegalArgumentException e) {
                throw new InvalidRequestException("currentPattern", where + ": " + e.getMessage());
            }
        }
        return shifts;
    }

    private String name(String asked) {
        String name = asked == null ? "" : asked.strip();
        if (name.length() > 200) {
            throw new InvalidRequestException("name", "name must be 200 characters or fewer");
        }
        return name.isEmpty() ? "Shift plan of " + OffsetDateTime.now(clock).toLocalDate() : name;
    }

    private static ShiftPlanRequest withName(ShiftPlanRequest request, String name) {
        return new ShiftPlanRequest(request.requirement(), request.shiftLengthsHours(), request.startHours(),
                request.minimumPerShift(), request.briefingOverlapHours(), request.currentPattern(), name);
    }

    static ShiftPlanResult result(ShiftRules rules, ShiftDesign design, List<Shift> current) {
        int[] requirement = rules.requirement();
        List<ShiftPlanResult.PlannedShift> shifts = design.shifts().stream()
                .map(shift -> new ShiftPlanResult.PlannedShift(shift.day().name(), shift.startHour(),
                        shift.lengthHours(), shift.staff()))
                .toList();
        ShiftPlanResult.Comparison comparison = new ShiftPlanResult.Comparison(
                measures(PatternMeasures.of(requirement, design.shifts())),
                current == null ? null : measures(PatternMeasures.of(requirement, current)));
        return new ShiftPlanResult(design.paidHours(), design.optimal(), design.gap(), shifts, design.coverage(),
                requirement, rules.roundedUp(), design.lowerBound(), design.seconds(), comparison);
    }

    private static ShiftPlanResult.Measures measures(PatternMeasures measures) {
        return new ShiftPlanResult.Measures(measures.paidHours(), measures.hoursOver(), measures.hoursUnder(),
                measures.hoursShort());
    }

    private ShiftPlan view(ShiftPlanRecord plan, SignedInUser viewer) {
        Job job = jobs.find(plan.jobId(), viewer);
        return new ShiftPlan(plan.id(), plan.forceId(), plan.name(), plan.createdBy(), plan.createdAt(), plan.jobId(),
                job.state(), job.progress(), job.message(), json.readValue(plan.request(), ShiftPlanRequest.class),
                plan.result() == null ? null : json.readValue(plan.result(), ShiftPlanResult.class));
    }

    private void requireReader(String forceId, SignedInUser viewer) {
        organisations.force(forceId);
        OrganisationService.requireMemberOf(forceId, viewer);
    }
}
