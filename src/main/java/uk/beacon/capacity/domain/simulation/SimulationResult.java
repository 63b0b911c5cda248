package uk.beacon.capacity.domain.simulation;

import java.util.List;

/**
 * The result of a simulation: its figures are the means over the replications (waits in minutes,
 * shares and utilisation from 0 to 1), each main figure with a 95% confidence interval from the
 * spread between replications (Student's t with replications - 1 degrees of freedom; none for one
 * replication). A figure with nothing to measure is null. The names of the first fields are the
 * API's contract.
 *
 * @param incidents incidents measured (after the warm-up), all replications together
 * @param queueByHour mean incidents waiting for a unit in each hour of the week, Monday 00:00 first
 * @param utilisationByHour busy over on-duty unit time in each hour of the week (null with no unit)
 * @param events events the simulator processed, all replications together
 */
public record SimulationResult(long incidents, Double meanWaitMinutes, Double p90WaitMinutes,
        Double shareWithinTarget, Double utilisation, Confidence95 confidence95, Double medianWaitMinutes,
        int replications, int weeks, double warmUpHours, List<PriorityResult> byPriority, List<Double> queueByHour,
        List<Double> utilisationByHour, double meanQueue, long events) {

    /** A 95% confidence interval; null bounds when there is only one replication. */
    public record Interval(Double low, Double high) {
    }

    public record Confidence95(Interval meanWaitMinutes, Interval p90WaitMinutes, Interval shareWithinTarget,
            Interval utilisation) {
    }

    /** One priority's figures; attendance is the wait plus the priority's travel time. */
    public record PriorityResult(String name, double share, double targetMinutes, double travelMinutes,
            long incidents, Double meanWaitMinutes, Double medianWaitMinutes, Double p90WaitMinutes,
            Double meanAttendanceMinutes, Double shareWithinTarget, PriorityConfidence95 confidence95) {
    }

    public record PriorityConfidence95(Interval meanWaitMinutes, Interval p90WaitMinutes,
            Interval shareWithinTarget) {
    }
}
