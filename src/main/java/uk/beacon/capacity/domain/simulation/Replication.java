package uk.beacon.capacity.domain.simulation;

/**
 * The figures of one replication over its measured period. A figure with nothing to measure (the
 * waits of a priority that had no incidents, the utilisation of an hour with no unit on duty) is NaN.
 *
 * @param byPriority in the order of the model's priorities
 * @param queueByHour mean incidents waiting for a unit in each hour of the week (time average)
 * @param utilisationByHour busy unit time over on-duty unit time in each hour of the week
 * @param meanQueue mean incidents waiting over the whole measured period (time average)
 * @param events arrivals, service completions and hourly roster changes processed, warm-up and the
 *     run-on after the period included
 */
public record Replication(long incidents, double meanWaitMinutes, double medianWaitMinutes, double p90WaitMinutes,
        double shareWithinTarget, double utilisation, Figures[] byPriority, double[] queueByHour,
        double[] utilisationByHour, double meanQueue, long events) {

    /** One priority's figures in one replication. */
    public record Figures(long incidents, double meanWaitMinutes, double medianWaitMinutes, double p90WaitMinutes,
            double shareWithinTarget) {
    }
}
