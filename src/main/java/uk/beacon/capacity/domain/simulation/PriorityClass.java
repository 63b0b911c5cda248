package uk.beacon.capacity.domain.simulation;

/**
 * One priority of incident. The queue is served in the order the priorities are listed, first
 * listed first; within a priority, first come, first served.
 *
 * @param share the fraction of arrivals with this priority (the shares are scaled to add up to 1)
 * @param targetMinutes the attendance target: waiting for a free unit plus travel
 * @param travelMinutes the time from the unit's dispatch to its arrival at the scene
 */
public record PriorityClass(String name, double share, double targetMinutes, double travelMinutes) {

    public PriorityClass {
        if (!(share > 0) || Double.isInfinite(share)) {
            throw new IllegalArgumentException("A priority's share must be above zero");
        }
        if (!(targetMinutes >= 0) || !(travelMinutes >= 0)) {
            throw new IllegalArgumentException("A priority's target and travel minutes must not be negative");
        }
    }
}
