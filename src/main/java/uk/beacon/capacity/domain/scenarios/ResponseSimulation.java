package uk.beacon.capacity.domain.scenarios;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import uk.beacon.capacity.domain.simulation.PriorityClass;
import uk.beacon.capacity.domain.simulation.ServiceTimes;
import uk.beacon.capacity.domain.simulation.SimulationModel;
import uk.beacon.capacity.domain.staffing.ServiceStandard;
import uk.beacon.capacity.domain.staffing.Workload;
import uk.beacon.capacity.domain.staffing.Workload.WorkItem;

/**
 * A response simulation of a workload on a roster, set out as the staffing calculator sees it: each
 * officer sent is a dispatch; dispatches arrive hour by hour as the deployed work does; priorities are
 * the workload's, most urgent first, each with its share of dispatches, the target of its active
 * response standard (a week where it has none, so that it is never counted late) and its travel time.
 * A unit is busy for travel then time on task; as the workload's minutes on task include travel, the
 * mean time on task simulated is the mean minutes per dispatch less the mean travel (at least one
 * minute), exponentially distributed as Erlang C assumes.
 */
public final class ResponseSimulation {

    /** The target of a priority without an active response standard: a week, never missed in practice. */
    public static final double NO_TARGET_MINUTES = 7 * 24 * 60;

    private ResponseSimulation() {
    }

    /** The model, or null when the workload has no deployed work. */
    public static SimulationModel model(Workload workload, List<ServiceStandard> standards, int[] onDuty, int weeks,
            double warmUpHours) {
        double[] arrivals = new double[Workload.HOURS];
        TreeMap<Integer, double[]> byPriority = new TreeMap<>(); // dispatches/week, officer minutes/week
        double none = 0;
        double noneMinutes = 0;
        for (WorkItem item : workload.items()) {
            if (!item.deployed() || item.incidentsPerWeek() <= 0) {
                continue;
            }
            double[] perHour = item.incidentsPerHour();
            for (int hour = 0; hour < Workload.HOURS; hour++) {
                arrivals[hour] += perHour[hour] * item.officersSent();
            }
            double dispatches = item.incidentsPerWeek() * item.officersSent();
            double minutes = item.incidentsPerWeek() * item.minutesOnTask();
            if (item.priority() == null) {
                none += dispatches;
                noneMinutes += minutes;
            } else {
                double[] totals = byPriority.computeIfAbsent(item.priority(), p -> new double[2]);
                totals[0] += dispatches;
                totals[1] += minutes;
            }
        }
        double dispatches = none + byPriority.values().stream().mapToDouble(t -> t[0]).sum();
        if (dispatches <= 0) {
            return null;
        }
        List<PriorityClass> classes = new ArrayList<>();
        double minutes = noneMinutes;
        double travel = none * workload.travelMinutes(null);
        for (var entry : byPriority.entrySet()) {
            int priority = entry.getKey();
            double[] totals = entry.getValue();
            if (totals[0] <= 0) {
                continue;
            }
            double travelMinutes = workload.travelMinutes(priority);
            classes.add(new PriorityClass("Priority " + priority, totals[0], target(standards, priority),
                    travelMinutes));
            minutes += totals[1];
            travel += totals[0] * travelMinutes;
        }
        if (none > 0) {
            classes.add(new PriorityClass("No priority", none, NO_TARGET_MINUTES, workload.travelMinutes(null)));
        }
        double meanService = Math.max(1, (minutes - travel) / dispatches);
        return new SimulationModel(arrivals, onDuty, ServiceTimes.exponential(meanService), classes, weeks,
                warmUpHours, null, null);
    }

    /** The shortest target of the active response standards for the priority, in minutes. */
    static double target(List<ServiceStandard> standards, int priority) {
        return standards.stream()
                .filter(s -> s.active() && s.service() == ServiceStandard.Service.RESPONSE
                        && s.priority() != null && s.priority() == priority)
                .mapToDouble(s -> s.targetSeconds() / 60.0).min().orElse(NO_TARGET_MINUTES);
    }
}
