package uk.beacon.capacity.domain.simulation;

import java.util.Arrays;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * One replication of the response simulation: incidents arrive, wait for a free unit in priority
 * order and are served. A unit is busy from dispatch until it clears: the priority's travel time and
 * then the time on task; the incident is attended after its wait plus the travel.
 *
 * <p>The state is a handful of primitive arrays: a binary min-heap of the busy units' finishing
 * times, one growable ring buffer of arrival times per priority, and per-hour accumulators. Units are
 * interchangeable, so a unit is not an object, only a count; no object is made per event. Events are
 * the next arrival (one drawn ahead), the earliest finishing time and the next hour boundary, where
 * the roster changes.
 *
 * <p>Rules, written here as the page and README state them:
 * <ul>
 *   <li>Service is not pre-emptive: a higher priority takes the next free unit, but never takes a
 *       unit from an incident already being served.</li>
 *   <li>When the roster drops at an hour boundary, idle units go off duty at once and busy units
 *       finish the incident in hand and then go off duty (the queue is not served by them);
 *       meanwhile they count as on duty for utilisation. When it rises, the new units take the
 *       waiting incidents at once.</li>
 *   <li>The warm-up (the model's warm-up hours before Monday 00:00 of the first week) is simulated
 *       and discarded: incidents arriving in it are not measured and the queue and utilisation in it
 *       are not recorded.</li>
 *   <li>An incident that arrives in the measured period is followed until a unit takes it, arrivals
 *       continuing after the period so that its wait is realistic; one still waiting a week after the
 *       period ends is counted with the wait it has had (a censored wait, outside any shorter target).</li>
 *   <li>Waits' median and 90th percentile are nearest-rank percentiles of the sorted waits.</li>
 * </ul>
 */
public final class Simulator {

    /** Told once a simulated week, so that the caller can stop a long run by throwing. */
    @FunctionalInterface
    public interface Checkpoint {
        void weekSimulated(int week);

        Checkpoint NONE = week -> { };
    }

    static final double MINUTES_PER_HOUR = 60;
    static final int HOURS = SimulationModel.HOURS_PER_WEEK;
    /** How long after the period incidents that arrived in it are followed. */
    static final double RUN_ON_MINUTES = HOURS * MINUTES_PER_HOUR;

    private final RandomGenerator random;
    private final ServiceTimes service;
    private final double[] ratePerMinute = new double[HOURS];
    private final int[] servers;
    private final int priorities;
    private final double[] cumulativeShare;
    private final double[] targetMinutes;
    private final double[] travelMinutes;
    private final double[] replay;
    private final int[] replayPriorities;
    private final double end;
    private final double horizon;

    // Queue: one ring buffer of arrival times per priority.
    private final double[][] queue;
    private final int[] queueHead;
    private final int[] queueSize;
    private int queued;
    private int measuredWaiting;

    // Busy units' finishing times, a binary min-heap.
    private final double[] finishing;
    private int busy;
    private int onRoster;

    // Measured waits by priority, as floats (7 significant digits) to halve the memory of a long run.
    private final float[][] waits;
    private final int[] waitCount;
    private final long[] withinTarget;
    private final double[] waitSum;

    private final double[] queueArea = new double[HOURS];
    private final double[] busyArea = new double[HOURS];
    private final double[] dutyArea = new double[HOURS];

    private double lastArrival;
    private int replayIndex;
    private long events;

    private Simulator(SimulationModel model, RandomGenerator random) {
        this.random = random;
        this.service = model.serviceTimes();
        double[] arrivals = model.arrivalsPerHour();
        for (int hour = 0; hour < HOURS; hour++) {
            ratePerMinute[hour] = arrivals[hour] / MINUTES_PER_HOUR;
        }
        this.servers = model.serversByHour();
        List<PriorityClass> classes = model.priorities();
        this.priorities = classes.size();
        this.cumulativeShare = new double[priorities];
        this.targetMinutes = new double[priorities];
        this.travelMinutes = new double[priorities];
        double totalShare = classes.stream().mapToDouble(PriorityClass::share).sum();
        double cumulative = 0;
        for (int p = 0; p < priorities; p++) {
            cumulative += classes.get(p).share() / totalShare;
            cumulativeShare[p] = cumulative;
            targetMinutes[p] = classes.get(p).targetMinutes();
            travelMinutes[p] = classes.get(p).travelMinutes();
        }
        cumulativeShare[priorities - 1] = 1.0;
        this.replay = model.replayArrivalMinutes();
        this.replayPriorities = model.replayPriorities();
        this.end = model.weeks() * HOURS * MINUTES_PER_HOUR;
        this.horizon = end + RUN_ON_MINUTES;

        int expected = (int) Math.min(Integer.MAX_VALUE - 16, model.expectedIncidents() * 1.05 + 64);
        this.queue = new double[priorities][64];
        this.queueHead = new int[priorities];
        this.queueSize = new int[priorities];
        this.waits = new float[priorities][];
        for (int p = 0; p < priorities; p++) {
            double share = cumulativeShare[p] - (p == 0 ? 0 : cumulativeShare[p - 1]);
            waits[p] = new float[(int) Math.min(expected, expected * share * 1.05 + 64)];
        }
        this.waitCount = new int[priorities];
        this.withinTarget = new long[priorities];
        this.waitSum = new double[priorities];
        int maxServers = Arrays.stream(servers).max().orElse(0);
        this.finishing = new double[maxServers + 1];
    }

    /** Runs one replication with its own random generator and returns its figures. */
    public static Replication run(SimulationModel model, RandomGenerator random, Checkpoint checkpoint) {
        return new Simulator(model, random).simulate(model.warmUpHours(), checkpoint);
    }

    private Replication simulate(double warmUpHours, Checkpoint checkpoint) {
        double start = -Math.ceil(warmUpHours) * MINUTES_PER_HOUR;
        long hour = (long) Math.floor(start / MINUTES_PER_HOUR);
        onRoster = servers[Math.floorMod(hour, HOURS)];
        double nextHour = (hour + 1) * MINUTES_PER_HOUR;
        lastArrival = start;
        double nextArrival = nextArrival();
        double now = start;
        boolean finished = false;
        while (true) {
            double nextFinish = busy > 0 ? finishing[0] : Double.POSITIVE_INFINITY;
            double next = Math.min(nextArrival, Math.min(nextFinish, nextHour));
            if (next >= end && measuredWaiting == 0) {
                record(now, end);
                finished = true;
                break;
            }
            if (next > horizon) {
                record(now, end);
                now = horizon;
                break;
            }
            record(now, next);
            now = next;
            events++;
            if (nextFinish <= nextArrival && nextFinish <= nextHour) {
                popFinishing();
                busy--;
                if (busy < onRoster && queued > 0) {
                    serveNextWaiting(now);
                }
            } else if (nextArrival <= nextHour) {
                int priority = drawPriority();
                if (busy < onRoster) {
                    recordWait(priority, nextArrival, 0);
                    startService(now, priority);
                } else {
                    enqueue(priority, nextArrival);
                }
                nextArrival = nextArrival();
            } else {
                hour++;
                nextHour = (hour + 1) * MINUTES_PER_HOUR;
                onRoster = servers[Math.floorMod(hour, HOURS)];
                while (busy < onRoster && queued > 0) {
                    serveNextWaiting(now);
                }
                if (hour > 0 && hour % HOURS == 0) {
                    checkpoint.weekSimulated((int) (hour / HOURS));
                }
            }
        }
        if (!finished) {
            censorWaiting(now);
        }
        return figures();
    }

    /** Adds the state between two events to its hour's totals, for the measured period only. */
    private void record(double from, double to) {
        if (from < 0 || from >= end || to <= from) {
            return;
        }
        int hourOfWeek = (int) ((long) (from / MINUTES_PER_HOUR) % HOURS);
        double span = Math.min(to, end) - from;
        queueArea[hourOfWeek] += queued * span;
        busyArea[hourOfWeek] += busy * span;
        dutyArea[hourOfWeek] += Math.max(busy, onRoster) * span;
    }

    /** The next arrival of the Poisson process whose rate is constant within each hour, or a replayed one. */
    private double nextArrival() {
        if (replay != null) {
            return replayIndex < replay.length ? replay[replayIndex++] : Double.POSITIVE_INFINITY;
        }
        // Unit-rate exponential work is spent hour by hour at each hour's rate.
        double work = random.nextExponential();
        double time = lastArrival;
        long hour = (long) Math.floor(time / MINUTES_PER_HOUR);
        while (time <= horizon) {
            double rate = ratePerMinute[Math.floorMod(hour, HOURS)];
            double hourEnd = (hour + 1) * MINUTES_PER_HOUR;
            if (rate > 0) {
                double arrival = time + work / rate;
                if (arrival < hourEnd) {
                    lastArrival = arrival;
                    return arrival;
                }
                work -= rate * (hourEnd - time);
            }
            time = hourEnd;
            hour++;
        }
        lastArrival = time;
        return Double.POSITIVE_INFINITY;
    }

    private int drawPriority() {
        if (replayPriorities != null) {
            return replayPriorities[replayIndex - 1];
        }
        if (priorities == 1) {
            return 0;
        }
        double u = random.nextDouble();
        int p = 0;
        while (u >= cumulativeShare[p] && p < priorities - 1) {
            p++;
        }
        return p;
    }

    /** The unit is busy from dispatch: travelling to the scene and then its time on task. */
    private void startService(double now, int priority) {
        pushFinishing(now + travelMinutes[priority] + service.sample(random));
        busy++;
    }

    /** Gives a free unit to the longest-waiting incident of the highest priority waiting. */
    private void serveNextWaiting(double now) {
        int p = 0;
        while (queueSize[p] == 0) {
            p++;
        }
        double arrival = queue[p][queueHead[p]];
        queueHead[p] = (queueHead[p] + 1) & (queue[p].length - 1);
        queueSize[p]--;
        queued--;
        if (arrival >= 0 && arrival < end) {
            measuredWaiting--;
        }
        recordWait(p, arrival, now - arrival);
        startService(now, p);
    }

    private void enqueue(int p, double arrival) {
        if (queueSize[p] == queue[p].length) {
            double[] larger = new double[queue[p].length * 2];
            for (int i = 0; i < queueSize[p]; i++) {
                larger[i] = queue[p][(queueHead[p] + i) & (queue[p].length - 1)];
            }
            queue[p] = larger;
            queueHead[p] = 0;
        }
        queue[p][(queueHead[p] + queueSize[p]) & (queue[p].length - 1)] = arrival;
        queueSize[p]++;
        queued++;
        if (arrival >= 0 && arrival < end) {
            measuredWaiting++;
        }
    }

    private void recordWait(int p, double arrival, double wait) {
        if (arrival < 0 || arrival >= end) {
            return;
        }
        if (waitCount[p] == waits[p].length) {
            waits[p] = Arrays.copyOf(waits[p], waits[p].length * 2);
        }
        waits[p][waitCount[p]++] = (float) wait;
        waitSum[p] += wait;
        if (wait + travelMinutes[p] <= targetMinutes[p]) {
            withinTarget[p]++;
        }
    }

    /** Incidents still waiting when the run-on ends are counted with the wait they have had. */
    private void censorWaiting(double now) {
        for (int p = 0; p < priorities; p++) {
            while (queueSize[p] > 0) {
                double arrival = queue[p][queueHead[p]];
                queueHead[p] = (queueHead[p] + 1) & (queue[p].length - 1);
                queueSize[p]--;
                queued--;
                recordWait(p, arrival, now - arrival);
            }
        }
    }

    private void pushFinishing(double time) {
        int i = busy;
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            if (finishing[parent] <= time) {
                break;
            }
            finishing[i] = finishing[parent];
            i = parent;
        }
        finishing[i] = time;
    }

    /** Removes the earliest finishing time; the caller then lowers {@code busy}. */
    private void popFinishing() {
        int size = busy - 1;
        double last = finishing[size];
        int i = 0;
        while (true) {
            int child = 2 * i + 1;
            if (child >= size) {
                break;
            }
            if (child + 1 < size && finishing[child + 1] < finishing[child]) {
                child++;
            }
            if (finishing[child] >= last) {
                break;
            }
            finishing[i] = finishing[child];
            i = child;
        }
        finishing[i] = last;
    }

    private Replication figures() {
        Replication.Figures[] byPriority = new Replication.Figures[priorities];
        long incidents = 0;
        long within = 0;
        double sum = 0;
        for (int p = 0; p < priorities; p++) {
            int n = waitCount[p];
            Arrays.sort(waits[p], 0, n);
            byPriority[p] = new Replication.Figures(n, n == 0 ? Double.NaN : waitSum[p] / n,
                    percentile(waits[p], n, 0.5), percentile(waits[p], n, 0.9),
                    n == 0 ? Double.NaN : (double) withinTarget[p] / n);
            incidents += n;
            within += withinTarget[p];
            sum += waitSum[p];
        }
        float[] all;
        if (priorities == 1) {
            all = waits[0];
        } else {
            all = new float[(int) incidents];
            int at = 0;
            for (int p = 0; p < priorities; p++) {
                System.arraycopy(waits[p], 0, all, at, waitCount[p]);
                at += waitCount[p];
            }
            Arrays.sort(all);
        }
        int n = (int) incidents;
        double measuredMinutes = end;
        double[] queueByHour = new double[HOURS];
        double[] utilisationByHour = new double[HOURS];
        double queueTotal = 0;
        double busyTotal = 0;
        double dutyTotal = 0;
        double weeks = end / (HOURS * MINUTES_PER_HOUR);
        for (int hour = 0; hour < HOURS; hour++) {
            queueByHour[hour] = queueArea[hour] / (weeks * MINUTES_PER_HOUR);
            utilisationByHour[hour] = dutyArea[hour] > 0 ? busyArea[hour] / dutyArea[hour] : Double.NaN;
            queueTotal += queueArea[hour];
            busyTotal += busyArea[hour];
            dutyTotal += dutyArea[hour];
        }
        return new Replication(incidents, n == 0 ? Double.NaN : sum / n, percentile(all, n, 0.5),
                percentile(all, n, 0.9), n == 0 ? Double.NaN : (double) within / n,
                dutyTotal > 0 ? busyTotal / dutyTotal : Double.NaN, byPriority, queueByHour, utilisationByHour,
                queueTotal / measuredMinutes, events);
    }

    /** The nearest-rank percentile of the first n sorted values. */
    static double percentile(float[] sorted, int n, double fraction) {
        if (n == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(fraction * n);
        return sorted[Math.max(0, Math.min(n, rank) - 1)];
    }
}
