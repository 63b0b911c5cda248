package uk.beacon.capacity.domain.simulation;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.ToDoubleFunction;

/**
 * Several replications of one model and the figures over them. Replication i uses the i-th generator
 * split from {@code new SplittableRandom(seed)}, so a seed gives the same result every time, on any
 * machine, and replications are independent of one another.
 */
public final class Simulation {

    /** Told after each replication, and once a simulated week; may throw to stop the simulation. */
    public interface Listener extends Simulator.Checkpoint {

        void replicationFinished(int finished, int total);

        Listener NONE = new Listener() {
            @Override
            public void replicationFinished(int finished, int total) {
            }

            @Override
            public void weekSimulated(int week) {
            }
        };
    }

    private Simulation() {
    }

    public static SimulationResult run(SimulationModel model, long seed, int replications, Listener listener) {
        return summarise(model, replicate(model, seed, replications, listener));
    }

    /** The replications one by one, for callers (and tests) that want each replication's own figures. */
    public static List<Replication> replicate(SimulationModel model, long seed, int replications,
            Listener listener) {
        if (replications < 1) {
            throw new IllegalArgumentException("At least one replication is needed");
        }
        SplittableRandom root = new SplittableRandom(seed);
        List<Replication> runs = new ArrayList<>(replications);
        for (int i = 0; i < replications; i++) {
            runs.add(Simulator.run(model, root.split(), listener));
            listener.replicationFinished(i + 1, replications);
        }
        return runs;
    }

    static SimulationResult summarise(SimulationModel model, List<Replication> runs) {
        List<PriorityClass> classes = model.priorities();
        double totalShare = classes.stream().mapToDouble(PriorityClass::share).sum();
        List<SimulationResult.PriorityResult> byPriority = new ArrayList<>();
        for (int p = 0; p < classes.size(); p++) {
            int index = p;
            PriorityClass priority = classes.get(p);
            Double meanWait = mean(runs, run -> run.byPriority()[index].meanWaitMinutes());
            byPriority.add(new SimulationResult.PriorityResult(priority.name(), priority.share() / totalShare,
                    priority.targetMinutes(), priority.travelMinutes(),
                    runs.stream().mapToLong(run -> run.byPriority()[index].incidents()).sum(), meanWait,
                    mean(runs, run -> run.byPriority()[index].medianWaitMinutes()),
                    mean(runs, run -> run.byPriority()[index].p90WaitMinutes()),
                    meanWait == null ? null : meanWait + priority.travelMinutes(),
                    mean(runs, run -> run.byPriority()[index].shareWithinTarget()),
                    new SimulationResult.PriorityConfidence95(
                            interval(runs, run -> run.byPriority()[index].meanWaitMinutes()),
                            interval(runs, run -> run.byPriority()[index].p90WaitMinutes()),
                            interval(runs, run -> run.byPriority()[index].shareWithinTarget()))));
        }
        List<Double> queueByHour = new ArrayList<>();
        List<Double> utilisationByHour = new ArrayList<>();
        for (int hour = 0; hour < SimulationModel.HOURS_PER_WEEK; hour++) {
            int h = hour;
            queueByHour.add(mean(runs, run -> run.queueByHour()[h]));
            utilisationByHour.add(mean(runs, run -> run.utilisationByHour()[h]));
        }
        return new SimulationResult(runs.stream().mapToLong(Replication::incidents).sum(),
                mean(runs, Replication::meanWaitMinutes), mean(runs, Replication::p90WaitMinutes),
                mean(runs, Replication::shareWithinTarget), mean(runs, Replication::utilisation),
                new SimulationResult.Confidence95(interval(runs, Replication::meanWaitMinutes),
                        interval(runs, Replication::p90WaitMinutes), interval(runs, Replication::shareWithinTarget),
                        interval(runs, Replication::utilisation)),
                mean(runs, Replication::medianWaitMinutes), runs.size(), model.weeks(), model.warmUpHours(),
                byPriority, queueByHour, utilisationByHour, mean(runs, Replication::meanQueue),
                runs.stream().mapToLong(Replication::events).sum());
    }

    /** The mean over the replications that have the figure, or null when none has. */
    private static Double mean(List<Replication> runs, ToDoubleFunction<Replication> figure) {
        double sum = 0;
        int n = 0;
        for (Replication run : runs) {
            double value = figure.applyAsDouble(run);
            if (!Double.isNaN(value)) {
                sum += value;
                n++;
            }
        }
        return n == 0 ? null : sum / n;
    }

    /** mean ± t(0.975, n - 1) · s / √n over the replications that have the figure; null bounds below two. */
    private static SimulationResult.Interval interval(List<Replication> runs, ToDoubleFunction<Replication> figure) {
        double[] values = runs.stream().mapToDouble(figure).filter(value -> !Double.isNaN(value)).toArray();
        int n = values.length;
        if (n < 2) {
            return new SimulationResult.Interval(null, null);
        }
        double mean = 0;
        for (double value : values) {
            mean += value;
        }
        mean /= n;
        double squares = 0;
        for (double value : values) {
            squares += (value - mean) * (value - mean);
        }
        double halfWidth = StudentT.critical95(n - 1) * Math.sqrt(squares / (n - 1) / n);
        return new SimulationResult.Interval(mean - halfWidth, mean + halfWidth);
    }
}
