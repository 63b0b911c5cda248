package uk.beacon.capacity.domain.simulation;

import java.util.List;

/**
 * What one simulation run models. Times are in minutes from Monday 00:00 of the first simulated week;
 * hours of the week are numbered 0 (Monday 00:00-01:00) to 167 (Sunday 23:00-24:00).
 *
 * @param arrivalsPerHour mean incidents arriving in each hour of the week (168 values); arrivals are a
 *     Poisson process whose rate is constant within each hour
 * @param serversByHour units on duty in each hour of the week (168 values)
 * @param weeks weeks measured, after the warm-up
 * @param warmUpHours hours simulated before the measured period and then discarded, so that the
 *     measured period does not start with an unrealistically empty queue (the warm-up runs through
 *     the last hours of the week before, so its rates are those of late Sunday)
 * @param replayArrivalMinutes instead of Poisson arrivals, these arrival times (minutes from the
 *     start of the measured period, in any order); null for Poisson arrivals. Replayed incidents
 *     are all measured, so there is no warm-up
 * @param replayPriorities the priority of each replayed arrival (an index into {@code priorities}, in
 *     the order of {@code replayArrivalMinutes}); null to draw each priority by the shares
 */
public record SimulationModel(double[] arrivalsPerHour, int[] serversByHour, ServiceTimes serviceTimes,
        List<PriorityClass> priorities, int weeks, double warmUpHours, double[] replayArrivalMinutes,
        int[] replayPriorities) {

    public static final int HOURS_PER_WEEK = 168;

    public SimulationModel {
        if (arrivalsPerHour.length != HOURS_PER_WEEK || serversByHour.length != HOURS_PER_WEEK) {
            throw new IllegalArgumentException("Arrivals and servers need one value for each of the 168 hours");
        }
        arrivalsPerHour = arrivalsPerHour.clone();
        serversByHour = serversByHour.clone();
        double total = 0;
        for (int hour = 0; hour < HOURS_PER_WEEK; hour++) {
            if (!(arrivalsPerHour[hour] >= 0) || Double.isInfinite(arrivalsPerHour[hour])) {
                throw new IllegalArgumentException("Arrivals per hour must be finite and not negative");
            }
            if (serversByHour[hour] < 0) {
                throw new IllegalArgumentException("Servers must not be negative");
            }
            total += arrivalsPerHour[hour];
        }
        if (replayArrivalMinutes == null && total <= 0) {
            throw new IllegalArgumentException("At least one hour must have arrivals");
        }
        if (priorities.isEmpty()) {
            throw new IllegalArgumentException("At least one priority is needed");
        }
        priorities = List.copyOf(priorities);
        if (weeks < 1) {
            throw new IllegalArgumentException("At least one week must be simulated");
        }
        if (!(warmUpHours >= 0)) {
            throw new IllegalArgumentException("The warm-up must not be negative");
        }
        if (replayArrivalMinutes != null) {
            replayArrivalMinutes = replayArrivalMinutes.clone();
            for (int i = 0; i < replayArrivalMinutes.length; i++) {
                if (!(replayArrivalMinutes[i] >= 0) || replayArrivalMinutes[i] >= weeks * HOURS_PER_WEEK * 60.0
                        || (i > 0 && replayArrivalMinutes[i] < replayArrivalMinutes[i - 1])) {
                    throw new IllegalArgumentException(
                            "Replayed arrivals must be in time order and within the simulated weeks");
                }
            }
            if (replayPriorities != null) {
                if (replayPriorities.length != replayArrivalMinutes.length) {
                    throw new IllegalArgumentException("Each replayed arrival needs one priority");
                }
                replayPriorities = replayPriorities.clone();
                for (int priority : replayPriorities) {
                    if (priority < 0 || priority >= priorities.size()) {
                        throw new IllegalArgumentException(
                                "A replayed arrival's priority is not one of the priorities");
                    }
                }
            }
            warmUpHours = 0;
        } else if (replayPriorities != null) {
            throw new IllegalArgumentException("Priorities can be replayed only with replayed arrivals");
        }
    }

    /** The same arrivals and units in every hour of the week. */
    public static double[] constant(double value) {
        double[] values = new double[HOURS_PER_WEEK];
        java.util.Arrays.fill(values, value);
        return values;
    }

    public static int[] constant(int value) {
        int[] values = new int[HOURS_PER_WEEK];
        java.util.Arrays.fill(values, value);
        return values;
    }

    /** The incidents expected in the measured period, for sizing buffers and limits. */
    public double expectedIncidents() {
        if (replayArrivalMinutes != null) {
            return replayArrivalMinutes.length;
        }
        double perWeek = 0;
        for (double rate : arrivalsPerHour) {
            perWeek += rate;
        }
        return perWeek * weeks;
    }

    @Override
    public double[] arrivalsPerHour() {
        return arrivalsPerHour.clone();
    }

    @Override
    public int[] serversByHour() {
        return serversByHour.clone();
    }

    @Override
    public int[] replayPriorities() {
        return replayPriorities == null ? null : replayPriorities.clone();
    }

    @Override
    public double[] replayArrivalMinutes() {
        return replayArrivalMinutes == null ? null : replayArrivalMinutes.clone();
    }
}
