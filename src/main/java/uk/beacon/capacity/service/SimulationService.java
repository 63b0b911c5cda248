package uk.beacon.capacity.service;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import tools.jackson.databind.ObjectMapper;
import uk.beacon.capacity.domain.simulation.PriorityClass;
import uk.beacon.capacity.domain.simulation.ServiceDistribution;
import uk.beacon.capacity.domain.simulation.ServiceTimes;
import uk.beacon.capacity.domain.simulation.Simulation;
import uk.beacon.capacity.domain.simulation.SimulationModel;
import uk.beacon.capacity.domain.simulation.SimulationResult;
import uk.beacon.platform.InvalidRequestException;
import uk.beacon.platform.Job;
import uk.beacon.platform.JobService;
import uk.beacon.platform.SignedInUser;

/**
 * Runs discrete-event simulations of response as jobs. Anyone signed in may run one; the job belongs
 * to their organisation. The inputs are numbers the person gives, not force data, so nothing here is
 * private to a force.
 */
@Service
public class SimulationService {

    public static final String JOB_KIND = "Capacity simulation";

    /** Replications when none is asked for. An assumption: enough for a t-based interval, quick to run. */
    public static final int DEFAULT_REPLICATIONS = 5;
    /**
     * Warm-up when none is asked for. An assumption: a day is many times a unit's time on task (minutes
     * to hours), long enough for the queue to reach its usual state from empty.
     */
    public static final double DEFAULT_WARM_UP_HOURS = 24;
    public static final long DEFAULT_SEED = 1;
    public static final String DEFAULT_PRIORITY = "All incidents";

    static final int MAX_WEEKS = 520;
    static final int MAX_REPLICATIONS = 100;
    static final int MAX_SERVERS = 100_000;
    static final double MAX_ARRIVALS_PER_HOUR = 100_000;
    static final double MAX_MINUTES = 7 * 24 * 60;
    static final int MAX_PRIORITIES = 10;
    static final int MAX_SAMPLES = 1_000_000;
    /** Incidents over all replications that one job may simulate: about a minute of work on one core. */
    static final double MAX_INCIDENTS = 100_000_000;
    /** Incidents in one replication, whose waits are held in memory (4 bytes each, twice while sorting). */
    static final double MAX_INCIDENTS_PER_RUN = 10_000_000;

    private final JobService jobs;
    private final ObjectMapper json;

    SimulationService(JobService jobs, ObjectMapper json) {
        this.jobs = jobs;
        this.json = json;
    }

    /** Starts the simulation as a job, or refuses with every problem named by its field. */
    public Job start(SimulationRequest request, SignedInUser user) {
        Map<String, String> errors = validate(request);
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(String.join("; ", errors.values()));
        }
        SimulationModel model = model(request);
        long seed = request.seed() == null ? DEFAULT_SEED : request.seed();
        int replications = request.replications() == null ? DEFAULT_REPLICATIONS : request.replications();
        return jobs.start(JOB_KIND, user, context -> {
            context.progress(0, "Simulating replication 1 of " + replications);
            return Simulation.run(model, seed, replications, new Simulation.Listener() {
                @Override
                public void replicationFinished(int finished, int total) {
                    context.progress(100 * finished / total, finished < total
                            ? "Simulating replication " + (finished + 1) + " of " + total
                            : "Summarising " + total + " replications");
                    context.stopIfCancelled();
                }

                @Override
                public void weekSimulated(int week) {
                    context.stopIfCancelled();
                }
            });
        });
    }

    /** The result of a finished simulation job, or null while it has none. */
    public SimulationResult result(Job job) {
        if (!JOB_KIND.equals(job.kind()) || job.result() == null) {
            return null;
        }
        return json.readValue(job.result(), SimulationResult.class);
    }

    /** What is wrong with a request, by field name, in the order of the form; empty when nothing is. */
    public Map<String, String> validate(SimulationRequest request) {
        Map<String, String> errors = new LinkedHashMap<>();
        boolean replay = request.arrivalMinutes() != null;
        if (replay) {
            checkReplay(request, errors);
        } else {
            checkHourly("arrivalsPerHour", request.arrivalsPerHour(), "Arrivals per hour", MAX_ARRIVALS_PER_HOUR,
                    false, errors);
            if (!errors.containsKey("arrivalsPerHour") && request.arrivalsPerHour().stream().allMatch(v -> v == 0)) {
                errors.put("arrivalsPerHour", "Arrivals per hour must be above 0 in at least one hour");
            }
        }
        ServiceDistribution distribution = ServiceDistribution.fromCode(request.serviceDistribution()).orElse(null);
        if (distribution == null) {
            errors.put("serviceDistribution",
                    "Service distribution ('serviceDistribution') must be exponential, lognormal or empirical");
        }
        if (distribution != ServiceDistribution.EMPIRICAL) {
            checkMinutes("meanServiceMinutes", request.meanServiceMinutes(), "Mean service minutes", false, errors);
        }
        if (distribution == ServiceDistribution.LOGNORMAL) {
            Double cv = request.serviceCv();
            if (cv == null || !(cv > 0) || cv > 10) {
                errors.put("serviceCv", "Coefficient of variation ('serviceCv') must be a number above 0 and at "
                        + "most 10 for a lognormal service time");
            }
        }
        if (distribution == ServiceDistribution.EMPIRICAL) {
            List<Double> samples = request.serviceSamplesMinutes();
            if (samples == null || samples.isEmpty() || samples.size() > MAX_SAMPLES) {
                errors.put("serviceSamplesMinutes", "Service time samples ('serviceSamplesMinutes') must list from "
                        + "1 to " + MAX_SAMPLES + " times in minutes for an empirical service time");
            } else if (samples.stream().anyMatch(v -> v == null || !(v >= 0) || v > MAX_MINUTES)
                    || samples.stream().allMatch(v -> v == 0)) {
                errors.put("serviceSamplesMinutes", "Service time samples ('serviceSamplesMinutes') must be minutes "
                        + "from 0 to " + (int) MAX_MINUTES + ", not all 0");
            }
        }
        checkHourly("servers", request.servers(), "Servers", MAX_SERVERS, true, errors);
        if (request.weeks() == null || request.weeks() < 1 || request.weeks() > MAX_WEEKS) {
            errors.put("weeks", "Weeks ('weeks') must be a whole number from 1 to " + MAX_WEEKS);
        }
        if (request.targetMinutes() == null || !(request.targetMinutes() >= 0)
                || request.targetMinutes() > MAX_MINUTES) {
            if (request.targetMinutes() != null || request.priorities() == null || request.priorities().isEmpty()
                    || request.priorities().stream().anyMatch(p -> p == null || p.targetMinutes() == null)) {
                errors.put("targetMinutes", "Target minutes ('targetMinutes') must be a number from 0 to "
                        + (int) MAX_MINUTES);
            }
        }
        if (request.replications() != null
                && (request.replications() < 1 || request.replications() > MAX_REPLICATIONS)) {
            errors.put("replications", "Replications ('replications') must be a whole number from 1 to "
                    + MAX_REPLICATIONS);
        }
        if (request.warmUpHours() != null && !(request.warmUpHours() >= 0 && request.warmUpHours() <= 24 * 7 * 52)) {
            errors.put("warmUpHours", "Warm-up hours ('warmUpHours') must be a number from 0 to " + 24 * 7 * 52);
        }
        checkPriorities(request.priorities(), errors);
        if (errors.isEmpty()) {
            double perRun = replay ? request.arrivalMinutes().size()
                    : request.weeks() * (request.arrivalsPerHour().size() == 1 ? request.arrivalsPerHour().get(0) * 168
                            : request.arrivalsPerHour().stream().mapToDouble(Double::doubleValue).sum());
            int replications = request.replications() == null ? DEFAULT_REPLICATIONS : request.replications();
            if (perRun > MAX_INCIDENTS_PER_RUN) {
                errors.put(replay ? "arrivalMinutes" : "weeks", "That is about " + Math.round(perRun)
                        + " incidents in each replication; one replication can take at most "
                        + (long) MAX_INCIDENTS_PER_RUN + (replay ? "" : ", so ask for fewer weeks"));
            } else if (perRun * replications > MAX_INCIDENTS) {
                errors.put(replay ? "replications" : "weeks", "That is about " + Math.round(perRun * replications)
                        + " incidents over all replications; one simulation can take at most "
                        + (long) MAX_INCIDENTS + ", so ask for fewer " + (replay ? "" : "weeks or ") + "replications");
            }
        }
        return errors;
    }

    private static void checkHourly(String field, List<Double> values, String label, double max, boolean whole,
            Map<String, String> errors) {
        String rule = label + " ('" + field + "') must be one number or 168 (one for each hour of the week, "
                + "Monday 00:00 first), each " + (whole ? "a whole number" : "a number") + " from 0 to "
                + (long) max;
        if (values == null || (values.size() != 1 && values.size() != SimulationModel.HOURS_PER_WEEK)) {
            errors.put(field, rule);
            return;
        }
        for (int i = 0; i < values.size(); i++) {
            Double value = values.get(i);
            if (value == null || !(value >= 0) || value > max || (whole && value != Math.rint(value))) {
                errors.put(field, rule + (values.size() == 1 ? "" : "; value " + (i + 1) + " is not"));
                return;
            }
        }
    }

    private static void checkMinutes(String field, Double value, String label, boolean zeroAllowed,
            Map<String, String> errors) {
        if (value == null || !(zeroAllowed ? value >= 0 : value > 0) || value > MAX_MINUTES) {
            errors.put(field, label + " ('" + field + "') must be a number above 0 and at most " + (int) MAX_MINUTES);
        }
    }

    private static void checkReplay(SimulationRequest request, Map<String, String> errors) {
        List<Double> arrivals = request.arrivalMinutes();
        int weeks = request.weeks() == null ? 0 : request.weeks();
        double end = weeks * 168 * 60.0;
        if (request.arrivalsPerHour() != null) {
            errors.put("arrivalMinutes", "Give either arrivals per hour ('arrivalsPerHour') or arrival times "
                    + "('arrivalMinutes'), not both");
        } else if (arrivals.isEmpty() || arrivals.size() > MAX_INCIDENTS_PER_RUN) {
            errors.put("arrivalMinutes", "Arrival times ('arrivalMinutes') must list from 1 to "
                    + (long) MAX_INCIDENTS_PER_RUN + " times");
        } else if (arrivals.stream().anyMatch(v -> v == null || !(v >= 0) || v >= end)) {
            errors.put("arrivalMinutes", "Arrival times ('arrivalMinutes') must be minutes from Monday 00:00 of "
                    + "the first week, from 0 up to the end of the simulated weeks");
        }
    }

    private static void checkPriorities(List<SimulationRequest.Priority> priorities, Map<String, String> errors) {
        if (priorities == null) {
            return;
        }
        if (priorities.isEmpty() || priorities.size() > MAX_PRIORITIES) {
            errors.put("priorities", "Priorities ('priorities') must list from 1 to " + MAX_PRIORITIES
                    + " priorities, or be left out");
            return;
        }
        java.util.Set<String> names = new java.util.HashSet<>();
        for (int i = 0; i < priorities.size(); i++) {
            SimulationRequest.Priority priority = priorities.get(i);
            String where = "Priority " + (i + 1) + " ('priorities[" + i + "]')";
            if (priority == null || priority.name() == null || priority.name().isBlank()
                    || priority.name().length() > 100 || !names.add(priority.name().strip())) {
                errors.put("priorities", where + " needs a name of its own of at most 100 characters");
            } else if (priority.share() == null || !(priority.share() > 0) || priority.share() > 1e6) {
                errors.put("priorities", where + " needs a share of arrivals above 0");
            } else if (priority.targetMinutes() != null
                    && !(priority.targetMinutes() >= 0 && priority.targetMinutes() <= MAX_MINUTES)) {
                errors.put("priorities", where + " needs target minutes from 0 to " + (int) MAX_MINUTES);
            } else if (priority.travelMinutes() != null
                    && !(priority.travelMinutes() >= 0 && priority.travelMinutes() <= MAX_MINUTES)) {
                errors.put("priorities", where + " needs travel minutes from 0 to " + (int) MAX_MINUTES);
            }
            if (errors.containsKey("priorities")) {
                return;
            }
        }
    }

    /** The domain model of a valid request. */
    static SimulationModel model(SimulationRequest request) {
        double[] arrivals = request.arrivalMinutes() != null ? SimulationModel.constant(0.0)
                : hourly(request.arrivalsPerHour());
        double[] servers = hourly(request.servers());
        int[] units = new int[servers.length];
        for (int hour = 0; hour < units.length; hour++) {
            units[hour] = (int) servers[hour];
        }
        ServiceTimes service = switch (ServiceDistribution.fromCode(request.serviceDistribution()).orElseThrow()) {
            case EXPONENTIAL -> ServiceTimes.exponential(request.meanServiceMinutes());
            case LOGNORMAL -> ServiceTimes.lognormal(request.meanServiceMinutes(), request.serviceCv());
            case EMPIRICAL -> ServiceTimes.empirical(
                    request.serviceSamplesMinutes().stream().mapToDouble(Double::doubleValue).toArray());
        };
        List<PriorityClass> priorities = new ArrayList<>();
        if (request.priorities() == null) {
            priorities.add(new PriorityClass(DEFAULT_PRIORITY, 1, request.targetMinutes(), 0));
        } else {
            for (SimulationRequest.Priority priority : request.priorities()) {
                priorities.add(new PriorityClass(priority.name().strip(), priority.share(),
                        priority.targetMinutes() != null ? priority.targetMinutes() : request.targetMinutes(),
                        priority.travelMinutes() == null ? 0 : priority.travelMinutes()));
            }
        }
        double[] replay = request.arrivalMinutes() == null ? null
                : request.arrivalMinutes().stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return new SimulationModel(arrivals, units, service, priorities, request.weeks(),
                request.warmUpHours() == null ? DEFAULT_WARM_UP_HOURS : request.warmUpHours(), replay, null);
    }

    private static double[] hourly(List<Double> values) {
        return values.size() == 1 ? SimulationModel.constant(values.get(0).doubleValue())
                : values.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
