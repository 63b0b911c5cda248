package uk.beacon.capacity.service;

import java.util.List;

/**
 * The result of running a scenario: the baseline workload and the changed one, side by side, and the
 * difference (scenario less baseline). Hours are per week; "on duty" hours are people-hours on duty,
 * "rostered" hours are on duty / (1 − shrinkage).
 *
 * @param notes changes that found nothing to change, and parts that could not be worked out
 */
public record ScenarioComparison(String scenarioId, String scenarioName, String workloadOrigin,
        String workloadSource, List<String> notes, Side baseline, Side scenario, Difference difference) {

    /**
     * One side of the comparison.
     *
     * @param responseOfficerHoursPerWeek response officers' people-hours on duty in the week
     * @param responseOnDuty response officers on duty in each hour of the week, Monday 00:00 first
     * @param shiftPlan null when shift plans were not worked out
     * @param simulation null when there is no deployed work to simulate
     */
    public record Side(long responseOfficerHoursPerWeek, double responseRosteredHoursPerWeek, int responsePeakOnDuty,
            int responseHoursNotMet, int[] responseOnDuty, long callHandlerHoursPerWeek,
            double callHandlerRosteredHoursPerWeek, int callHandlingPeakOnDuty, List<RoleHours> hoursByRole,
            ShiftPlanSummary shiftPlan, SimulationSummary simulation) {
    }

    /** Hours a week a role or channel spends on the work. */
    public record RoleHours(String role, String label, double hoursPerWeek) {
    }

    /** The shift designer's plan for the response requirement. */
    public record ShiftPlanSummary(long paidHours, boolean optimal, Double gap, int shifts) {
    }

    /**
     * The simulator's figures for the response roster.
     *
     * @param shareWithinTarget all incidents, attendance within their priority's target
     * @param mostUrgent the most urgent priority's name
     */
    public record SimulationSummary(long incidents, Double shareWithinTarget, String mostUrgent,
            Double mostUrgentShareWithinTarget, Double mostUrgentMeanWaitMinutes, Double mostUrgentP90WaitMinutes,
            Double utilisation, int weeks, int replications) {
    }

    /** Scenario less baseline; null where either side has no figure. */
    public record Difference(long responseOfficerHoursPerWeek, double responseRosteredHoursPerWeek,
            int responsePeakOnDuty, int[] responseOnDuty, long callHandlerHoursPerWeek,
            double callHandlerRosteredHoursPerWeek, List<RoleHours> hoursByRole, Long shiftPaidHours,
            Double shareWithinTarget, Double mostUrgentMeanWaitMinutes, Double mostUrgentP90WaitMinutes) {
    }
}
