package uk.beacon.capacity.service;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.ObjectMapper;
import uk.beacon.capacity.domain.scenarios.ResponseSimulation;
import uk.beacon.capacity.domain.scenarios.RoleMatrix;
import uk.beacon.capacity.domain.scenarios.ScenarioChange;
import uk.beacon.capacity.domain.scenarios.ScenarioException;
import uk.beacon.capacity.domain.scenarios.WorkChanges;
import uk.beacon.capacity.domain.shifts.ShiftDesign;
import uk.beacon.capacity.domain.shifts.ShiftDesigner;
import uk.beacon.capacity.domain.shifts.ShiftRules;
import uk.beacon.capacity.domain.simulation.Simulation;
import uk.beacon.capacity.domain.simulation.SimulationModel;
import uk.beacon.capacity.domain.simulation.SimulationResult;
import uk.beacon.capacity.domain.staffing.ServiceStandard;
import uk.beacon.capacity.domain.staffing.StaffingCalculator;
import uk.beacon.capacity.domain.staffing.StaffingRequirement;
import uk.beacon.capacity.domain.staffing.Workload;
import uk.beacon.capacity.service.ScenarioComparison.RoleHours;
import uk.beacon.capacity.service.ScenarioComparison.Side;
import uk.beacon.capacity.service.ScenarioComparison.SimulationSummary;
import uk.beacon.capacity.store.ScenarioStore;
import uk.beacon.platform.AuditLog;
import uk.beacon.platform.ForbiddenException;
import uk.beacon.platform.InvalidRequestException;
import uk.beacon.platform.Job;
import uk.beacon.platform.JobService;
import uk.beacon.platform.NotFoundException;
import uk.beacon.platform.SignedInUser;

/**
 * "Work, not workforce" scenarios: a force's saved lists of changes to its workload (work moved to
 * another role or channel, minutes on task cut, officers sent changed), and runs that compare the
 * staffing, hours by role, shift plan and simulated response of the changed workload with the
 * baseline. Private to the force: its planners write scenarios and the role matrix, its members read
 * and run them.
 */
@Service
@Transactional(readOnly = true)
public class ScenarioService {

    public static final String JOB_KIND = "Capacity scenario";
    /**
     * The shifts a run's plans may use: 8, 10 and 12 hours starting on any hour, at least one person on a
     * shift that is worked and no briefing overlap. Beacon's assumption, the lengths the issue names; the
     * shift-plan pages design with a force's own rules.
     */
    public static final List<Integer> SHIFT_LENGTHS_HOURS = List.of(8, 10, 12);
    static final int MAX_SCENARIOS = 200;
    static final int MAX_CHANGES = 50;

    private final ScenarioStore store;
    private final WorkloadService workloads;
    private final ServiceStandardsService standards;
    private final StandardsAccess access;
    private final JobService jobs;
    private final AuditLog audit;
    private final ObjectMapper json;
    private final Clock clock;
    private final int simulationWeeks;
    private final int simulationReplications;
    private final ShiftDesigner.Limits shiftLimits;
    private final ShiftDesigner designer = new ShiftDesigner();

    ScenarioService(ScenarioStore store, WorkloadService workloads, ServiceStandardsService standards,
            StandardsAccess access, JobService jobs, AuditLog audit, ObjectMapper json, Clock clock,
            @Value("${beacon.capacity.scenarios.simulation-weeks:2}") int simulationWeeks,
            @Value("${beacon.capacity.scenarios.simulation-replications:3}") int simulationReplications,
            @Value("${beacon.capacity.scenarios.shift-time-limit:10s}") Duration shiftTimeLimit,
            @Value("${beacon.capacity.scenarios.shift-workers:8}") int shiftWorkers) {
        this.store = store;
        this.workloads = workloads;
        this.standards = standards;
        this.access = access;
        this.jobs = jobs;
        this.audit = audit;
        this.json = json;
        this.clock = clock;
        this.simulationWeeks = simulationWeeks;
        this.simulationReplications = simulationReplications;
        this.shiftLimits = new ShiftDesigner.Limits(shiftTimeLimit, shiftWorkers);
    }

    public boolean mayChange(String forceId, SignedInUser viewer) {
        return access.mayChange(forceId, viewer);
    }

    public List<Scenario> scenarios(String forceId, SignedInUser viewer) {
        access.requireReader(forceId, viewer);
        return store.list(forceId).stream().map(ScenarioService::scenario).toList();
    }

    public Scenario scenario(String forceId, String id, SignedInUser viewer) {
        access.requireReader(forceId, viewer);
        return find(forceId, id);
    }

    @Transactional
    public Scenario create(String forceId, SignedInUser viewer, ScenarioInput input) {
        requirePlanner(forceId, viewer);
        ScenarioInput checked = check(forceId, input);
        if (store.list(forceId).size() >= MAX_SCENARIOS) {
            throw new InvalidRequestException("A force can keep at most " + MAX_SCENARIOS + " scenarios; delete one "
                    + "first");
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        String id = UUID.randomUUID().toString();
        store.insert(new ScenarioStore.Row(id, forceId, checked.name(), checked.description(), checked.changes(),
                viewer.getUsername(), now, viewer.getUsername(), now, null));
        audit.record(viewer, "capacity.scenario.create", "force/" + forceId + "/scenario/" + id, checked.name());
        return find(forceId, id);
    }

    @Transactional
    public Scenario update(String forceId, String id, SignedInUser viewer, ScenarioInput input) {
        requirePlanner(forceId, viewer);
        find(forceId, id);
        ScenarioInput checked = check(forceId, input);
        store.update(forceId, id, checked.name(), checked.description(), checked.changes(), viewer.getUsername(),
                OffsetDateTime.now(clock));
        audit.record(viewer, "capacity.scenario.update", "force/" + forceId + "/scenario/" + id, checked.name());
        return find(forceId, id);
    }

    @Transactional
    public void delete(String forceId, String id, SignedInUser viewer) {
        requirePlanner(forceId, viewer);
        Scenario scenario = find(forceId, id);
        store.delete(forceId, id);
        audit.record(viewer, "capacity.scenario.delete", "force/" + forceId + "/scenario/" + id, scenario.name());
    }

    /** The force's role matrix, or the shipped default. */
    public ScenarioRoles roles(String forceId, SignedInUser viewer) {
        access.requireReader(forceId, viewer);
        return rolesOf(forceId);
    }

    /** Replaces the force's role matrix; null goes back to the shipped default. */
    @Transactional
    public ScenarioRoles saveRoles(String forceId, SignedInUser viewer, RoleMatrix matrix) {
        requirePlanner(forceId, viewer);
        if (matrix == null) {
            store.deleteRoles(forceId);
            audit.record(viewer, "capacity.roles.reset", "force/" + forceId, "shipped default");
        } else {
            try {
                matrix.check();
            } catch (ScenarioException e) {
                throw new InvalidRequestException("'" + e.field() + "': " + e.getMessage());
            }
            store.saveRoles(forceId, matrix, viewer.getUsername(), OffsetDateTime.now(clock));
            audit.record(viewer, "capacity.roles.save", "force/" + forceId, matrix.roles().size() + " work types");
        }
        return rolesOf(forceId);
    }

    /** Starts a run of the scenario against the force's current workload and standards, as a job. */
    @Transactional
    public Job run(String forceId, String id, SignedInUser viewer) {
        access.requireReader(forceId, viewer);
        Scenario scenario = find(forceId, id);
        WorkloadService.Current workload = workloads.current(forceId, viewer);
        List<ServiceStandard> current = standards.current(forceId).standards();
        RoleMatrix roles = rolesOf(forceId).matrix();
        WorkChanges.Applied baseline;
        WorkChanges.Applied changed;
        try {
            baseline = WorkChanges.baseline(workload.workload());
            changed = WorkChanges.apply(workload.workload(), scenario.changes(), roles);
        } catch (ScenarioException e) {
            throw new InvalidRequestException("'" + e.field() + "': " + e.getMessage()
                    + " (the role matrix has changed since the scenario was saved; edit the scenario)");
        }
        int weeks = simulationWeeks;
        int replications = simulationReplications;
        Job job = jobs.start(JOB_KIND, viewer, context -> {
            context.progress(0, "Working out the baseline staffing requirement");
            StaffingRequirement before = StaffingCalculator.requirement(baseline.workload(), current);
            context.progress(10, "Working out the scenario's staffing requirement");
            StaffingRequirement after = StaffingCalculator.requirement(changed.workload(), current);
            context.stopIfCancelled();
            List<String> notes = new ArrayList<>(changed.notes());
            context.progress(15, "Designing a shift plan for the baseline requirement");
            ScenarioComparison.ShiftPlanSummary planBefore = plan(before, notes, "baseline",
                    context::isCancellationRequested);
            context.stopIfCancelled();
            context.progress(30, "Designing a shift plan for the scenario's requirement");
            ScenarioComparison.ShiftPlanSummary planAfter = plan(after, notes, "scenario",
                    context::isCancellationRequested);
            context.stopIfCancelled();
            context.progress(45, "Simulating the baseline roster");
            SimulationSummary simBefore = simulate(baseline.workload(), current, before, weeks, replications,
                    context::stopIfCancelled);
            context.progress(70, "Simulating the scenario's roster");
            SimulationSummary simAfter = simulate(changed.workload(), current, after, weeks, replications,
                    context::stopIfCancelled);
            context.progress(100, "Comparing");
            Side left = side(before, baseline, planBefore, simBefore);
            Side right = side(after, changed, planAfter, simAfter);
            return new ScenarioComparison(scenario.id(), scenario.name(), workload.origin(),
                    workload.workload().source(), List.copyOf(notes), left, right, difference(left, right));
        });
        store.recordRun(forceId, id, job.id());
        audit.record(viewer, "capacity.scenario.run", "force/" + forceId + "/scenario/" + id, job.id());
        return job;
    }

    /** The comparison of a finished run, or null while it has none. */
    public ScenarioComparison comparison(Job job) {
        if (job == null || !JOB_KIND.equals(job.kind()) || job.result() == null) {
            return null;
        }
        return json.readValue(job.result(), ScenarioComparison.class);
    }

    private static SimulationSummary simulate(Workload workload, List<ServiceStandard> standards,
            StaffingRequirement requirement, int weeks, int replications, Runnable checkpoint) {
        SimulationModel model = ResponseSimulation.model(workload, standards, requirement.response().onDuty(), weeks,
                SimulationService.DEFAULT_WARM_UP_HOURS);
        if (model == null) {
            return null;
        }
        SimulationResult result = Simulation.run(model, SimulationService.DEFAULT_SEED, replications,
                new Simulation.Listener() {
                    @Override
                    public void replicationFinished(int finished, int total) {
                        checkpoint.run();
                    }

                    @Override
                    public void weekSimulated(int week) {
                        checkpoint.run();
                    }
                });
        SimulationResult.PriorityResult urgent = result.byPriority().get(0);
        return new SimulationSummary(result.incidents(), result.shareWithinTarget(), urgent.name(),
                urgent.shareWithinTarget(), urgent.meanWaitMinutes(), urgent.p90WaitMinutes(), result.utilisation(),
                weeks, replications);
    }

    /**
     * The shift designer's plan covering the response requirement, or null (with a note) when it finds
     * none within the time limit.
     */
    private ScenarioComparison.ShiftPlanSummary plan(StaffingRequirement requirement, List<String> notes,
            String which, java.util.function.BooleanSupplier cancelled) {
        int[] onDuty = requirement.response().onDuty();
        double[] need = new double[onDuty.length];
        for (int hour = 0; hour < need.length; hour++) {
            need[hour] = onDuty[hour];
        }
        try {
            ShiftDesign design = designer.design(ShiftRules.of(need, SHIFT_LENGTHS_HOURS, null, 1, 0), shiftLimits,
                    (paid, bound, seconds) -> !cancelled.getAsBoolean());
            return new ScenarioComparison.ShiftPlanSummary(design.paidHours(), design.optimal(),
                    design.optimal() ? 0.0 : design.gap(), design.shifts().size());
        } catch (ShiftDesigner.NoPlanException e) {
            notes.add("No shift plan for the " + which + ": " + e.getMessage());
            return null;
        }
    }

    private static Side side(StaffingRequirement requirement, WorkChanges.Applied applied,
            ScenarioComparison.ShiftPlanSummary plan, SimulationSummary simulation) {
        StaffingRequirement.ServiceRequirement response = requirement.response();
        StaffingRequirement.ServiceRequirement calls = requirement.callHandling();
        List<RoleHours> hours = applied.hoursByRole().stream()
                .map(entry -> new RoleHours(entry.role().name(), entry.role().label(), round(entry.hoursPerWeek())))
                .toList();
        return new Side(response.onDutyHours(), round(response.rosteredHours()), response.peakOnDuty(),
                response.hoursNotMet(), response.onDuty(), calls.onDutyHours(), round(calls.rosteredHours()),
                calls.peakOnDuty(), hours, plan, simulation);
    }

    private static ScenarioComparison.Difference difference(Side before, Side after) {
        int[] byHour = new int[Workload.HOURS];
        for (int hour = 0; hour < byHour.length; hour++) {
            byHour[hour] = after.responseOnDuty()[hour] - before.responseOnDuty()[hour];
        }
        List<RoleHours> hours = new ArrayList<>();
        for (int i = 0; i < before.hoursByRole().size(); i++) {
            RoleHours left = before.hoursByRole().get(i);
            hours.add(new RoleHours(left.role(), left.label(),
                    round(after.hoursByRole().get(i).hoursPerWeek() - left.hoursPerWeek())));
        }
        Long paid = before.shiftPlan() == null || after.shiftPlan() == null ? null
                : after.shiftPlan().paidHours() - before.shiftPlan().paidHours();
        SimulationSummary l = before.simulation();
        SimulationSummary r = after.simulation();
        return new ScenarioComparison.Difference(after.responseOfficerHoursPerWeek() - before.responseOfficerHoursPerWeek(),
                round(after.responseRosteredHoursPerWeek() - before.responseRosteredHoursPerWeek()),
                after.responsePeakOnDuty() - before.responsePeakOnDuty(), byHour,
                after.callHandlerHoursPerWeek() - before.callHandlerHoursPerWeek(),
                round(after.callHandlerRosteredHoursPerWeek() - before.callHandlerRosteredHoursPerWeek()), hours, paid,
                l == null || r == null ? null : minus(r.shareWithinTarget(), l.shareWithinTarget()),
                l == null || r == null ? null : minus(r.mostUrgentMeanWaitMinutes(), l.mostUrgentMeanWaitMinutes()),
                l == null || r == null ? null : minus(r.mostUrgentP90WaitMinutes(), l.mostUrgentP90WaitMinutes()));
    }

    private static Double minus(Double a, Double b) {
        return a == null || b == null ? null : a - b;
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }

    private ScenarioRoles rolesOf(String forceId) {
        return store.findRoles(forceId).map(matrix -> new ScenarioRoles(matrix, false))
                .orElseGet(() -> new ScenarioRoles(RoleMatrix.defaults(), true));
    }

    private void requirePlanner(String forceId, SignedInUser viewer) {
        if (!access.mayChange(forceId, viewer)) {
            throw new ForbiddenException("Only the force's planners can change its scenarios");
        }
    }

    private Scenario find(String forceId, String id) {
        return store.find(forceId, id).map(ScenarioService::scenario)
                .orElseThrow(() -> new NotFoundException("There is no scenario with the id '" + id + "'"));
    }

    /** The input checked and tidied, or a 400 naming the field at fault. */
    private ScenarioInput check(String forceId, ScenarioInput input) {
        if (input == null) {
            throw new InvalidRequestException("Send the scenario as JSON: {name, description, changes}");
        }
        String name = input.name() == null ? "" : input.name().strip();
        if (name.isEmpty() || name.length() > 100) {
            throw new InvalidRequestException("'name': enter a name of 1 to 100 characters");
        }
        String description = input.description() == null ? "" : input.description().strip();
        if (description.length() > 1000) {
            throw new InvalidRequestException("'description': the description can be at most 1,000 characters");
        }
        List<ScenarioChange> changes = input.changes() == null ? List.of() : input.changes();
        if (changes.size() > MAX_CHANGES) {
            throw new InvalidRequestException("'changes': a scenario can make at most " + MAX_CHANGES + " changes");
        }
        RoleMatrix roles = rolesOf(forceId).matrix();
        for (int i = 0; i < changes.size(); i++) {
            if (changes.get(i) == null) {
                throw new InvalidRequestException("'changes[" + i + "]': change " + (i + 1) + " is empty");
            }
            try {
                changes.get(i).check(i, roles);
            } catch (ScenarioException e) {
                throw new InvalidRequestException("'" + e.field() + "': " + e.getMessage());
            }
        }
        return new ScenarioInput(name, description, changes.stream().map(ScenarioChange::normalised).toList());
    }

    private static Scenario scenario(ScenarioStore.Row row) {
        return new Scenario(row.id(), row.forceId(), row.name(), row.description(), row.changes(), row.createdBy(),
                row.createdAt(), row.updatedBy(), row.updatedAt(), row.lastRunJobId());
    }
}
