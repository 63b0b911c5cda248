package uk.beacon.capacity.domain.staffing;

import java.util.List;

/**
 * People needed on duty in each of the 168 hours of the week (Monday 00:00 first) for call handling
 * and for response, with what that number is predicted to achieve.
 *
 * @param shrinkage the share of rostered time lost to abstraction
 */
public record StaffingRequirement(ServiceRequirement callHandling, ServiceRequirement response, double shrinkage) {

    /**
     * One service's requirement. Arrays have 168 entries.
     *
     * @param standards the active standards it meets; the first is the one whose share is reported
     * @param arrivalsPerHour calls (call handling) or officer dispatches (response) in the hour
     * @param trafficErlangs the work in the hour, in erlangs (people fully busy)
     * @param handlingSeconds mean time one call or dispatch takes, in the hour (0 when there is none)
     * @param onDuty the fewest people on duty meeting every active standard (at least 1)
     * @param rostered on duty / (1 − shrinkage)
     * @param serviceLevel the predicted share within the first standard's target
     * @param meanWaitSeconds mean wait for a free person, all calls or incidents
     * @param occupancy share of on-duty time busy
     * @param met whether every active standard is met in the hour (false when one is out of reach,
     *     such as a response target shorter than the travel time)
     */
    public record ServiceRequirement(ServiceStandard.Service service, List<ServiceStandard> standards,
            double[] arrivalsPerHour, double[] trafficErlangs, double[] handlingSeconds, int[] onDuty,
            double[] rostered, double[] serviceLevel, double[] meanWaitSeconds, double[] occupancy, boolean[] met) {

        /** People-hours on duty in the week. */
        public long onDutyHours() {
            long total = 0;
            for (int people : onDuty) {
                total += people;
            }
            return total;
        }

        /** Rostered people-hours in the week. */
        public double rosteredHours() {
            double total = 0;
            for (double people : rostered) {
                total += people;
            }
            return total;
        }

        public int hoursNotMet() {
            int count = 0;
            for (boolean ok : met) {
                if (!ok) {
                    count++;
                }
            }
            return count;
        }

        public int peakOnDuty() {
            int peak = 0;
            for (int people : onDuty) {
                peak = Math.max(peak, people);
            }
            return peak;
        }
    }
}
