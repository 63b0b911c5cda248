package uk.beacon.capacity.bench;

import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import uk.beacon.capacity.domain.simulation.PriorityClass;
import uk.beacon.capacity.domain.simulation.Replication;
import uk.beacon.capacity.domain.simulation.ServiceTimes;
import uk.beacon.capacity.domain.simulation.Simulation;
import uk.beacon.capacity.domain.simulation.SimulationModel;
import uk.beacon.capacity.domain.simulation.SimulationResult;
import uk.beacon.capacity.domain.simulation.Simulator;

/**
 * Measures the simulator on one thread and prints its figures (run by {@code bench/capacity-simulation.sh}):
 * <ol>
 *   <li>a year of about 1 million incidents, in a fresh JVM, timed from the start of the run to its
 *       summary (goal: under 5 s);</li>
 *   <li>events per second, the best of several long M/M/c runs after the JIT has warmed up (goal: at
 *       least 1 million a second).</li>
 * </ol>
 * The year's arrivals follow a day-and-night profile (twice as many by day as by night) scaled to 1
 * million incidents in 52 weeks, in three priorities, with lognormal time on task; those shapes are
 * benchmark inputs, not defaults Beacon ships.
 */
public final class SimulationBenchmark {

    private SimulationBenchmark() {
    }

    public static void main(String[] args) {
        int incidents = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        year(incidents);
        eventsPerSecond();
    }

    private static void year(int incidents) {
        double[] arrivals = new double[SimulationModel.HOURS_PER_WEEK];
        double weight = 0;
        for (int hour = 0; hour < arrivals.length; hour++) {
            arrivals[hour] = hour % 24 >= 7 && hour % 24 < 23 ? 2 : 1;
            weight += arrivals[hour];
        }
        double scale = incidents / 52.0 / weight;
        int[] servers = new int[arrivals.length];
        for (int hour = 0; hour < arrivals.length; hour++) {
            arrivals[hour] *= scale;
            // Units to carry the hour's load at about 85% utilisation: 45 minutes on task and a mean travel
            // of 0.15 × 8 + 0.35 × 12 = 5.4 minutes an incident.
            servers[hour] = (int) Math.ceil(arrivals[hour] * (45 + 5.4) / 60 / 0.85);
        }
        SimulationModel model = new SimulationModel(arrivals, servers, ServiceTimes.lognormal(45, 0.9),
                List.of(new PriorityClass("Emergency", 0.15, 15, 8), new PriorityClass("Priority", 0.35, 60, 12),
                        new PriorityClass("Scheduled", 0.5, 1440, 0)), 52, 24, null, null);
        long start = System.nanoTime();
        SimulationResult result = Simulation.run(model, 2026, 1, Simulation.Listener.NONE);
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "year: %,d incidents measured (%,d events) in 52 weeks, one replication, "
                        + "in %.2f s in a fresh JVM (goal under 5 s); mean wait %.2f min, utilisation %.1f%%%n",
                result.incidents(), result.events(), seconds, result.meanWaitMinutes(), 100 * result.utilisation());
    }

    private static void eventsPerSecond() {
        // A = 100 erlangs on 108 units: 300 incidents an hour of 20 minutes each.
        SimulationModel model = new SimulationModel(SimulationModel.constant(300.0), SimulationModel.constant(108),
                ServiceTimes.exponential(20), List.of(new PriorityClass("All", 1, 15, 0)), 52, 24, null, null);
        double best = 0;
        long events = 0;
        for (int round = 0; round < 6; round++) {
            long start = System.nanoTime();
            Replication run = Simulator.run(model, new SplittableRandom(round), Simulator.Checkpoint.NONE);
            double seconds = (System.nanoTime() - start) / 1e9;
            events = run.events();
            best = Math.max(best, run.events() / seconds);
        }
        System.out.printf(Locale.ROOT, "events: %,d events a run (M/M/c, A = 100, N = 108, 52 weeks); best of 6 "
                + "runs after warm-up %,.0f events/s on one thread (goal at least 1,000,000)%n", events, best);
    }
}
