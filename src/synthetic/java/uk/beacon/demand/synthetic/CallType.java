package uk.beacon.demand.synthetic;

import java.util.List;

/**
 * One raw CAD call type and how its incidents behave.
 *
 * @param rawType                the call type exactly as a CAD export names it
 * @param category               the group it is counted in for published shares
 * @param sharePercent           its share of all incidents, in per cent
 * @param pattern                when in the week its calls arrive
 * @param emergencyPropensity    how likely a call is to be graded an emergency, relative to other
 *                               types (scaled so that all incidents together meet the configured
 *                               emergency share)
 * @param priorityWeights        relative weights of priorities 2, 3 and 4 among its non-emergency
 *                               incidents
 * @param onSceneMedianMinutes   median time from first arrival to clearing the incident
 * @param deskMedianMinutes      median officer time for an incident resolved without deployment
 * @param officerInitiatedShare  share of its attended incidents that officers raise themselves, on
 *                               the spot (first arrival is the moment the incident is created)
 * @param attendedOutcomes       closing outcomes when officers attended
 * @param remoteOutcomes         closing outcomes when it was resolved without deployment
 */
record CallType(String rawType, IncidentCategory category, double sharePercent, ArrivalPattern pattern,
        double emergencyPropensity, double[] priorityWeights, double onSceneMedianMinutes,
        double deskMedianMinutes, double officerInitiatedShare, List<String> attendedOutcomes,
        List<String> remoteOutcomes) {

    CallType {
        if (priorityWeights.length != 3) {
            throw new IllegalArgumentException(rawType + ": give weights for priorities 2, 3 and 4");
        }
        priorityWeights = priorityWeights.clone();
        attendedOutcomes = List.copyOf(attendedOutcomes);
        remoteOutcomes = List.copyOf(remoteOutcomes);
    }
}
