package uk.beacon.capacity.service;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.beacon.capacity.domain.staffing.Shrinkage;
import uk.beacon.capacity.domain.staffing.Workload;
import uk.beacon.capacity.store.WorkloadStore;
import uk.beacon.demand.DemandWorkload;
import uk.beacon.demand.DemandWorkloadService;
import uk.beacon.platform.AuditLog;
import uk.beacon.platform.InvalidRequestException;
import uk.beacon.platform.SignedInUser;

/**
 * A force's workload for capacity planning: the one its planners saved, or else one drawn from its
 * demand data (the last twelve months), or else an empty one to fill in by hand. Private to the force.
 */
@Service
@Transactional(readOnly = true)
public class WorkloadService {

    /**
     * The workload in use and where it came from.
     *
     * @param origin {@code saved}, {@code demand} (drawn from demand data, not saved) or {@code empty}
     */
    public record Current(Workload workload, String origin, String updatedBy, OffsetDateTime updatedAt) {
    }

    private final WorkloadStore store;
    private final DemandWorkloadService demand;
    private final StandardsAccess access;
    private final AuditLog audit;
    private final Clock clock;

    WorkloadService(WorkloadStore store, DemandWorkloadService demand, StandardsAccess access, AuditLog audit,
            Clock clock) {
        this.store = store;
        this.demand = demand;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    public Current current(String forceId, SignedInUser viewer) {
        access.requireReader(forceId, viewer);
        var saved = store.find(forceId);
        if (saved.isPresent()) {
            return new Current(saved.get().workload(), "saved", saved.get().updatedBy(), saved.get().updatedAt());
        }
        DemandWorkload latest = demand.latestYear(forceId, viewer);
        if (latest != null) {
            return new Current(fromDemand(latest), "demand", null, null);
        }
        return new Current(empty(), "empty", null, null);
    }

    public boolean mayChange(String forceId, SignedInUser viewer) {
        return access.mayChange(forceId, viewer);
    }

    /** A workload drawn from the force's demand data for the months given; not saved. */
    public Workload fromDemand(String forceId, SignedInUser viewer, YearMonth from, YearMonth to) {
        access.requireReader(forceId, viewer);
        return fromDemand(demand.workload(forceId, viewer, from, to));
    }

    @Transactional
    public Workload save(String forceId, SignedInUser viewer, Workload workload) {
        access.requirePlanner(forceId, viewer);
        if (workload == null) {
            throw new InvalidRequestException("Send the workload as JSON");
        }
        if (workload.shrinkage() != null && !workload.shrinkage().problems().isEmpty()) {
            Map<String, String> errors = new LinkedHashMap<>();
            workload.shrinkage().problems().forEach((part, message) -> errors.put(
                    part.equals("total") ? "shrinkage" : "shrinkage." + part, message));
            throw new InvalidRequestException(errors);
        }
        try {
            workload.check();
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException(e.getMessage());
        }
        store.save(forceId, workload, viewer.getUsername(), OffsetDateTime.now(clock));
        audit.record(viewer, "capacity.workload.save", "force/" + forceId,
                workload.items().size() + " items; " + workload.source());
        return workload;
    }

    static Workload empty() {
        return new Workload("Entered by hand", Workload.DEFAULT_CALLS_PER_INCIDENT,
                Workload.DEFAULT_CALL_HANDLING_SECONDS, List.of(),
                List.of(new Workload.Travel(null, Workload.DEFAULT_TRAVEL_MINUTES)), Shrinkage.defaults());
    }

    /**
     * Turns demand into a workload. Incidents without a time of day are spread evenly over the 168
     * hours; time on task and officers sent come from the data where it records them, else the
     * defaults; priority 4 (resolved without deployment, in the grading many forces use) is taken as
     * not deployed.
     */
    static Workload fromDemand(DemandWorkload demand) {
        List<Workload.WorkItem> items = new ArrayList<>();
        TreeSet<Integer> priorities = new TreeSet<>();
        long withMinutes = 0;
        for (DemandWorkload.Item item : demand.items()) {
            double[] perHour = new double[Workload.HOURS];
            for (int hour = 0; hour < Workload.HOURS; hour++) {
                perHour[hour] = item.perWeekByHour()[hour] + item.untimedPerWeek() / Workload.HOURS;
            }
            double minutes = item.meanOfficerMinutes() != null ? item.meanOfficerMinutes()
                    : Workload.DEFAULT_MINUTES_ON_TASK;
            double officers = item.meanUnits() != null && item.meanUnits() >= 1 ? item.meanUnits()
                    : Workload.DEFAULT_OFFICERS_SENT;
            if (item.meanOfficerMinutes() != null) {
                withMinutes++;
            }
            boolean deployed = item.priority() == null || item.priority() != 4;
            items.add(new Workload.WorkItem(item.workType(), item.priority(), perHour, round(minutes), round(officers),
                    deployed));
            if (item.priority() != null) {
                priorities.add(item.priority());
            }
        }
        List<Workload.Travel> travel = new ArrayList<>();
        travel.add(new Workload.Travel(null, Workload.DEFAULT_TRAVEL_MINUTES));
        priorities.forEach(priority -> travel.add(new Workload.Travel(priority, Workload.DEFAULT_TRAVEL_MINUTES)));
        String untimed = demand.timedIncidents() == demand.incidents() ? ""
                : String.format(Locale.UK, "; %,d incidents without a time of day spread evenly over the week",
                        demand.incidents() - demand.timedIncidents());
        String minutes = withMinutes == demand.items().size() ? ""
                : withMinutes == 0 ? "; no time on task in the data, so " + (int) Workload.DEFAULT_MINUTES_ON_TASK
                        + " minutes assumed" : "; time on task assumed where the data has none";
        String source = String.format(Locale.UK, "Demand data, %s to %s: %,d incidents over %.1f weeks%s%s",
                demand.from(), demand.to(), demand.incidents(), demand.weeks(), untimed, minutes);
        return new Workload(source, Workload.DEFAULT_CALLS_PER_INCIDENT, Workload.DEFAULT_CALL_HANDLING_SECONDS, items,
                travel, Shrinkage.defaults());
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
