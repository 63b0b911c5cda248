package uk.beacon.capacity.domain.queueing;

/**
 * The Erlang C (M/M/c) queue: calls or incidents arrive at random (Poisson), each holds one server
 * for an exponentially distributed time with mean {@code h}, and wait in one queue for the first of
 * {@code N} servers to come free.
 *
 * <p>Everything is worked from the traffic {@code A = arrivals × h / interval} (in erlangs). The
 * probability that an arrival waits, {@code C(N, A)}, comes from the Erlang B recursion
 * {@code B(0) = 1, B(n) = A·B(n−1) / (n + A·B(n−1))} and {@code C = N·B / (N − A·(1 − B))}. Each
 * step is a ratio between 0 and 1, so there are no factorials or powers to overflow and it stays
 * exact to double precision for thousands of servers; the cost is one multiply-add per server.
 *
 * <ul>
 *   <li>service level (share answered within {@code t}): {@code 1 − C·e^{−(N−A)·t/h}}</li>
 *   <li>average speed of answer (mean wait of all arrivals): {@code C·h / (N − A)}</li>
 *   <li>occupancy: {@code A / N}</li>
 * </ul>
 * With {@code N ≤ A} the queue grows without limit: the result says it is not stable, every arrival
 * waits, the service level is 0 and the mean wait has no finite value ({@code null}).
 *
 * <h2>Response: waiting for a free unit, then travel</h2>
 * For attendance, a server is an officer (or single-crewed unit) and an incident is attended within
 * its target {@code T} when its wait for a free officer is at most {@code T − travel}, travel being
 * the mean drive time of its priority, taken as fixed. Incidents are served by priority (the most
 * urgent first, without interrupting work in hand). For the most urgent class, whose arrivals make up
 * traffic {@code A₁} of the total {@code A}, an arrival waits when every server is busy (probability
 * {@code C(N, A)}, the same as for everyone), and once waiting it queues only behind other urgent
 * incidents, served at rate {@code N/h}: its wait beyond that is exponential with rate
 * {@code (N − A₁)/h}. So {@code P(attended within T) = 1 − C(N, A)·e^{−(N − A₁)·(T − travel)/h}},
 * 0 when {@code T < travel}. With {@code A₁ = A} (one class, first come first served) it is the
 * service-level formula above. See {@link #attendance}.
 */
public final class ErlangC {

    /** No search goes past this many servers: beyond it a target counts as out of reach. */
    public static final int MAX_SERVERS = 1_000_000;

    private ErlangC() {
    }

    /** Traffic in erlangs: arrivals in an interval times the mean handling time, over the interval. */
    public static double traffic(double arrivals, double intervalSeconds, double handlingSeconds) {
        return arrivals * handlingSeconds / intervalSeconds;
    }

    /** The figures for {@code servers} servers. */
    public record Result(int servers, double trafficErlangs, boolean stable, double probabilityOfWaiting,
            double serviceLevel, Double averageSpeedOfAnswerSeconds, double occupancy) {
    }

    /**
     * The Erlang B blocking probability {@code B(n, A)} by the stable recursion.
     *
     * @throws IllegalArgumentException for negative traffic or servers
     */
    public static double erlangB(int servers, double traffic) {
        check(servers, traffic);
        double b = 1;
        for (int n = 1; n <= servers; n++) {
            b = traffic * b / (n + traffic * b);
        }
        return b;
    }

    /** {@code C(N, A)}: the probability that an arrival waits; 1 when {@code N ≤ A}. */
    public static double probabilityOfWaiting(int servers, double traffic) {
        check(servers, traffic);
        if (servers <= traffic) {
            return 1;
        }
        return fromErlangB(servers, traffic, erlangB(servers, traffic));
    }

    private static double fromErlangB(int servers, double traffic, double b) {
        if (servers <= traffic) {
            return 1;
        }
        return servers * b / (servers - traffic * (1 - b));
    }

    /** Everything for {@code servers} servers and an answer target of {@code targetSeconds}. */
    public static Result evaluate(int servers, double traffic, double handlingSeconds, double targetSeconds) {
        checkTimes(handlingSeconds, targetSeconds);
        return result(servers, traffic, handlingSeconds, targetSeconds, probabilityOfWaiting(servers, traffic));
    }

    private static Result result(int servers, double traffic, double handlingSeconds, double targetSeconds,
            double wait) {
        boolean stable = servers > traffic;
        double serviceLevel = stable ? serviceLevel(wait, servers, traffic, traffic, handlingSeconds, targetSeconds) : 0;
        Double asa = stable ? wait * handlingSeconds / (servers - traffic) : null;
        double occupancy = servers == 0 ? (traffic > 0 ? 1 : 0) : Math.min(1, traffic / servers);
        return new Result(servers, traffic, stable, wait, serviceLevel, asa, occupancy);
    }

    /** {@code 1 − C·e^{−(N − A₁)·t/h}}, clamped to [0, 1] against rounding. */
    private static double serviceLevel(double wait, int servers, double traffic, double urgentTraffic,
            double handlingSeconds, double seconds) {
        if (servers <= traffic || seconds < 0) {
            return 0;
        }
        double level = 1 - wait * Math.exp(-(servers - urgentTraffic) * seconds / handlingSeconds);
        return Math.max(0, Math.min(1, level));
    }

    /**
     * The fewest servers whose service level within {@code targetSeconds} is at least {@code share};
     * empty (as {@code null}) when no number up to {@link #MAX_SERVERS} reaches it. Zero traffic needs
     * no server. The search walks up from the first stable number, carrying the Erlang B recursion
     * along, so it costs one step per server.
     */
    public static Result fewestServers(double traffic, double handlingSeconds, double targetSeconds, double share) {
        checkTimes(handlingSeconds, targetSeconds);
        checkShare(share);
        return search(traffic, traffic, handlingSeconds, targetSeconds, share, 0);
    }

    /**
     * Attendance: the share of the most urgent class reached within {@code targetSeconds} when each
     * waits for one of {@code servers} servers and then travels for {@code travelSeconds} (see the
     * class comment for the model).
     *
     * @param traffic all the traffic the servers carry, in erlangs
     * @param urgentTraffic the part of it from the class the target is for, and any class served before it
     * @param handlingSeconds mean time a server is busy with one incident (all classes)
     */
    public static Attendance attendance(int servers, double traffic, double urgentTraffic, double handlingSeconds,
            double targetSeconds, double travelSeconds) {
        checkTimes(handlingSeconds, targetSeconds);
        checkUrgent(traffic, urgentTraffic, travelSeconds);
        double wait = probabilityOfWaiting(servers, traffic);
        return attendance(servers, traffic, urgentTraffic, handlingSeconds, targetSeconds, travelSeconds, wait);
    }

    private static Attendance attendance(int servers, double traffic, double urgentTraffic, double handlingSeconds,
            double targetSeconds, double travelSeconds, double wait) {
        boolean stable = servers > traffic;
        double within = serviceLevel(wait, servers, traffic, urgentTraffic, handlingSeconds,
                targetSeconds - travelSeconds);
        Double meanWait = stable ? wait * handlingSeconds / (servers - urgentTraffic) : null;
        double occupancy = servers == 0 ? (traffic > 0 ? 1 : 0) : Math.min(1, traffic / servers);
        return new Attendance(servers, traffic, stable, wait, within, meanWait, occupancy);
    }

    /**
     * Attendance figures for one number of servers.
     *
     * @param shareWithinTarget the share of the urgent class attended within the target
     * @param meanWaitSeconds the urgent class's mean wait for a free server (before travel)
     */
    public record Attendance(int servers, double trafficErlangs, boolean stable, double probabilityOfWaiting,
            double shareWithinTarget, Double meanWaitSeconds, double occupancy) {
    }

    /** The fewest servers for which {@link #attendance} reaches {@code share}; {@code null} when out of reach. */
    public static Attendance fewestServersForAttendance(double traffic, double urgentTraffic, double handlingSeconds,
            double targetSeconds, double travelSeconds, double share) {
        checkTimes(handlingSeconds, targetSeconds);
        checkUrgent(traffic, urgentTraffic, travelSeconds);
        checkShare(share);
        if (targetSeconds < travelSeconds) {
            return null;
        }
        Result found = search(traffic, urgentTraffic, handlingSeconds, targetSeconds - travelSeconds, share, 0);
        if (found == null) {
            return null;
        }
        return attendance(found.servers(), traffic, urgentTraffic, handlingSeconds, targetSeconds, travelSeconds,
                found.probabilityOfWaiting());
    }

    /**
     * Walks up from {@code max(minimum, ⌊A⌋ + 1)} servers, with Erlang B carried from one number to the
     * next, until the level within {@code seconds} (exponent rate from {@code urgentTraffic}) reaches
     * {@code share}.
     */
    private static Result search(double traffic, double urgentTraffic, double handlingSeconds, double seconds,
            double share, int minimum) {
        if (traffic == 0) {
            int servers = Math.max(minimum, 0);
            return new Result(servers, 0, true, 0, 1, 0.0, 0);
        }
        int start = Math.max(minimum, (int) Math.floor(traffic) + 1);
        if (start > MAX_SERVERS) {
            return null;
        }
        double b = erlangB(start, traffic);
        for (int n = start; n <= MAX_SERVERS; n++) {
            if (n > start) {
                b = traffic * b / (n + traffic * b);
            }
            double wait = fromErlangB(n, traffic, b);
            if (serviceLevel(wait, n, traffic, urgentTraffic, handlingSeconds, seconds) >= share) {
                Result result = result(n, traffic, handlingSeconds, seconds, wait);
                if (urgentTraffic != traffic) {
                    return new Result(n, traffic, true, wait,
                            serviceLevel(wait, n, traffic, urgentTraffic, handlingSeconds, seconds),
                            wait * handlingSeconds / (n - urgentTraffic), result.occupancy());
                }
                return result;
            }
        }
        return null;
    }

    private static void check(int servers, double traffic) {
        if (servers < 0) {
            throw new IllegalArgumentException("The number of servers cannot be negative");
        }
        if (!(traffic >= 0) || Double.isInfinite(traffic)) {
            throw new IllegalArgumentException("The traffic must be a finite number of erlangs, 0 or more");
        }
    }

    private static void checkTimes(double handlingSeconds, double targetSeconds) {
        if (!(handlingSeconds > 0) || Double.isInfinite(handlingSeconds)) {
            throw new IllegalArgumentException("The handling time must be more than 0");
        }
        if (!(targetSeconds >= 0) || Double.isInfinite(targetSeconds)) {
            throw new IllegalArgumentException("The target time must be 0 or more");
        }
    }

    private static void checkUrgent(double traffic, double urgentTraffic, double travelSeconds) {
        if (!(urgentTraffic >= 0) || urgentTraffic > traffic) {
            throw new IllegalArgumentException("The urgent traffic must be between 0 and the whole traffic");
        }
        if (!(travelSeconds >= 0) || Double.isInfinite(travelSeconds)) {
            throw new IllegalArgumentException("The travel time must be 0 or more");
        }
    }

    private static void checkShare(double share) {
        if (!(share > 0 && share < 1)) {
            throw new IllegalArgumentException("The service-level target must be more than 0 and less than 1");
        }
    }
}
