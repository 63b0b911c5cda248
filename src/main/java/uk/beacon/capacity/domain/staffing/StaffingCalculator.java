package uk.beacon.capacity.domain.staffing;

import java.util.List;
import uk.beacon.capacity.domain.queueing.ErlangC;
import uk.beacon.capacity.domain.staffing.StaffingRequirement.ServiceRequirement;
import uk.beacon.capacity.domain.staffing.ServiceStandard.Service;
import uk.beacon.capacity.domain.staffing.Workload.WorkItem;

/**
 * Works out, hour by hour, the fewest people on duty meeting a force's service standards for its
 * workload. A pure function of its inputs, so that a scenario can call it with a changed workload
 * and the shift designer can take {@link ServiceRequirement#onDuty()} as its requirement.
 *
 * <h2>Call handling</h2>
 * Calls in an hour are the incidents of every item (deployed or not) times calls per incident, each
 * taking the call-handling time; call handlers are the servers of an Erlang C queue
 * ({@link ErlangC#fewestServers}) for each active call-handling standard.
 *
 * <h2>Response</h2>
 * Only deployed items count. Each officer sent is a dispatch, busy for the item's minutes on task
 * divided by the officers sent; officers are the servers. The hour's traffic is the officer minutes
 * in it over 60, and its mean busy time per dispatch the traffic over the dispatches. Incidents are
 * served most urgent first; a standard for priority {@code p} is reached when an incident of that
 * priority waits no longer than its target less the priority's travel time
 * ({@link ErlangC#fewestServersForAttendance}, exact for the most urgent class; for a lower priority,
 * incidents of it and of every more urgent priority are treated as one class, which understates
 * its wait as later urgent incidents can still overtake it).
 *
 * <p>Each hour is worked out as if in a steady state, as workforce planners do with Erlang C; at
 * least one person is on duty for each service in every hour.
 */
public final class StaffingCalculator {

    /** Someone is always on duty to answer a 999 call or attend an emergency. */
    public static final int MINIMUM_ON_DUTY = 1;

    private StaffingCalculator() {
    }

    public static StaffingRequirement requirement(Workload workload, List<ServiceStandard> standards) {
        workload.check();
        standards.forEach(ServiceStandard::check);
        List<ServiceStandard> calls = standards.stream()
                .filter(standard -> standard.active() && standard.service() == Service.CALL_HANDLING).toList();
        List<ServiceStandard> response = standards.stream()
                .filter(standard -> standard.active() && standard.service() == Service.RESPONSE).toList();
        double shrinkage = workload.shrinkage().total();
        return new StaffingRequirement(callHandling(workload, calls, shrinkage),
                response(workload, response, shrinkage), shrinkage);
    }

    private static ServiceRequirement callHandling(Workload workload, List<ServiceStandard> standards,
            double shrinkage) {
        int hours = Workload.HOURS;
        double h = workload.callHandlingSeconds();
        Hours out = new Hours();
        for (int hour = 0; hour < hours; hour++) {
            double incidents = 0;
            for (WorkItem item : workload.items()) {
                incidents += item.incidentsPerHour()[hour];
            }
            double calls = incidents * workload.callsPerIncident();
            double traffic = calls * h / 3600;
            int servers = stableMinimum(traffic);
            boolean met = true;
            for (ServiceStandard standard : standards) {
                ErlangC.Result found = ErlangC.fewestServers(traffic, h, standard.targetSeconds(), standard.share());
                if (found == null) {
                    met = false;
                } else {
                    servers = Math.max(servers, found.servers());
                }
            }
            ErlangC.Result at = ErlangC.evaluate(servers, traffic, h,
                    standards.isEmpty() ? 0 : standards.get(0).targetSeconds());
            out.set(hour, calls, traffic, calls > 0 ? h : 0, servers, shrinkage, at.serviceLevel(),
                    at.averageSpeedOfAnswerSeconds() == null ? 0 : at.averageSpeedOfAnswerSeconds(), at.occupancy(),
                    met);
        }
        return out.build(Service.CALL_HANDLING, standards);
    }

    private static ServiceRequirement response(Workload workload, List<ServiceStandard> standards, double shrinkage) {
        Hours out = new Hours();
        for (int hour = 0; hour < Workload.HOURS; hour++) {
            double dispatches = 0;
            double officerMinutes = 0;
            for (WorkItem item : workload.items()) {
                if (item.deployed()) {
                    double incidents = item.incidentsPerHour()[hour];
                    dispatches += incidents * item.officersSent();
                    officerMinutes += incidents * item.minutesOnTask();
                }
            }
            double traffic = officerMinutes / 60;
            double h = dispatches > 0 && traffic > 0 ? traffic * 3600 / dispatches : 0;
            int servers = stableMinimum(traffic);
            boolean met = true;
            for (ServiceStandard standard : standards) {
                if (traffic == 0) {
                    continue;
                }
                double urgent = urgentTraffic(workload, hour, standard.priority());
                double travel = workload.travelMinutes(standard.priority()) * 60;
                ErlangC.Attendance found = ErlangC.fewestServersForAttendance(traffic, urgent, h,
                        standard.targetSeconds(), travel, standard.share());
                if (found == null) {
                    met = false;
                } else {
                    servers = Math.max(servers, found.servers());
                }
            }
            double level;
            double meanWait;
            double occupancy;
            if (traffic == 0) {
                level = 1;
                meanWait = 0;
                occupancy = 0;
            } else {
                ErlangC.Result all = ErlangC.evaluate(servers, traffic, h, 0);
                meanWait = all.averageSpeedOfAnswerSeconds() == null ? 0 : all.averageSpeedOfAnswerSeconds();
                occupancy = all.occupancy();
                if (standards.isEmpty()) {
                    level = all.serviceLevel();
                } else {
                    ServiceStandard first = standards.get(0);
                    level = ErlangC.attendance(servers, traffic, urgentTraffic(workload, hour, first.priority()), h,
                            first.targetSeconds(), workload.travelMinutes(first.priority()) * 60).shareWithinTarget();
                }
            }
            out.set(hour, dispatches, traffic, h, servers, shrinkage, level, meanWait, occupancy, met);
        }
        return out.build(Service.RESPONSE, standards);
    }

    /** Officer traffic of deployed incidents of the priority or a more urgent one. */
    private static double urgentTraffic(Workload workload, int hour, Integer priority) {
        double minutes = 0;
        for (WorkItem item : workload.items()) {
            if (item.deployed() && item.priority() != null && priority != null && item.priority() <= priority) {
                minutes += item.incidentsPerHour()[hour] * item.minutesOnTask();
            }
        }
        return minutes / 60;
    }

    /** The fewest that keep the queue from growing without limit, and never below the minimum. */
    private static int stableMinimum(double traffic) {
        return Math.max(MINIMUM_ON_DUTY, traffic > 0 ? (int) Math.floor(traffic) + 1 : 0);
    }

    /** Collects the 168 hours' figures. */
    private static final class Hours {
        private final int n = Workload.HOURS;
        private final double[] arrivals = new double[n];
        private final double[] traffic = new double[n];
        private final double[] handling = new double[n];
        private final int[] onDuty = new int[n];
        private final double[] rostered = new double[n];
        private final double[] level = new double[n];
        private final double[] meanWait = new double[n];
        private final double[] occupancy = new double[n];
        private final boolean[] met = new boolean[n];

        void set(int hour, double arrivalsInHour, double erlangs, double handlingSeconds, int servers,
                double shrinkage, double serviceLevel, double wait, double busy, boolean ok) {
            arrivals[hour] = arrivalsInHour;
            traffic[hour] = erlangs;
            handling[hour] = handlingSeconds;
            onDuty[hour] = servers;
            rostered[hour] = servers / (1 - shrinkage);
            level[hour] = serviceLevel;
            meanWait[hour] = wait;
            occupancy[hour] = busy;
            met[hour] = ok;
        }

        ServiceRequirement build(Service service, List<ServiceStandard> standards) {
            return new ServiceRequirement(service, List.copyOf(standards), arrivals, traffic, handling, onDuty,
                    rostered, level, meanWait, occupancy, met);
        }
    }
}
