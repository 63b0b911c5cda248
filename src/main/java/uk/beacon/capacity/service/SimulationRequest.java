package uk.beacon.capacity.service;

import java.util.List;

/**
 * What to simulate, as the API and the page ask for it; {@link SimulationService#validate} says what
 * is wrong with it, field by field. Times are in minutes.
 *
 * @param arrivalsPerHour one number (the same every hour) or 168, Monday 00:00 first
 * @param meanServiceMinutes mean time on task; for the empirical distribution the samples' mean is used
 * @param serviceDistribution exponential, lognormal (with {@code serviceCv}) or empirical (with
 *     {@code serviceSamplesMinutes})
 * @param servers units on duty: one whole number or 168
 * @param targetMinutes attendance target (wait plus travel) of a priority that gives none of its own
 * @param replications runs with different seeds derived from {@code seed}; 5 when not given
 * @param priorities served first listed first; one priority "All incidents" when not given
 * @param warmUpHours simulated and discarded before the measured weeks; 24 when not given
 * @param arrivalMinutes instead of arrivals per hour, replay these arrival times (minutes from
 *     Monday 00:00 of the first week); each incident's priority is drawn by the priorities' shares
 */
public record SimulationRequest(List<Double> arrivalsPerHour, Double meanServiceMinutes, String serviceDistribution,
        List<Double> servers, Integer weeks, Long seed, Double targetMinutes, Integer replications,
        List<Priority> priorities, Double serviceCv, List<Double> serviceSamplesMinutes, Double warmUpHours,
        List<Double> arrivalMinutes) {

    /** A priority of incident; its target falls back to the request's {@code targetMinutes}, travel to 0. */
    public record Priority(String name, Double share, Double targetMinutes, Double travelMinutes) {
    }
}
