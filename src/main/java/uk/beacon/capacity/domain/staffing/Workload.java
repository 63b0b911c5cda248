package uk.beacon.capacity.domain.staffing;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import java.util.Arrays;
import java.util.List;

/**
 * The work a force's staff must meet, by hour of the week (168 hours, Monday 00:00 first, UK time):
 * incidents by work type and priority, what each takes, and how time on duty turns into rostered time.
 *
 * @param source where the figures came from, for people to read (for example the demand period)
 * @param callsPerIncident calls to the control room per incident (the call-handling arrivals are the
 *     incidents of every item times this)
 * @param callHandlingSeconds mean time a call handler spends on one call, talking and wrapping up
 * @param items the incidents, by work type and priority
 * @param travel mean travel minutes to an incident, by priority
 * @param synthetic whether it was drawn from synthetic demand data (made by Beacon's generator for the demo, not the
 *     force's records), so that every figure worked out from it says so; false when left out
 */
public record Workload(String source, double callsPerIncident, double callHandlingSeconds, List<WorkItem> items,
        List<Travel> travel, Shrinkage shrinkage, @JsonSetter(nulls = Nulls.AS_EMPTY) boolean synthetic) {

    public static final int HOURS = 168;

    /** A workload that is not drawn from synthetic data. */
    public Workload(String source, double callsPerIncident, double callHandlingSeconds, List<WorkItem> items,
            List<Travel> travel, Shrinkage shrinkage) {
        this(source, callsPerIncident, callHandlingSeconds, items, travel, shrinkage, false);
    }

    /**
     * One kind of incident.
     *
     * @param workType the work type's code (as the demand module names it)
     * @param priority 1 the most urgent; null when the source has no priority
     * @param incidentsPerHour mean incidents in each hour of the week, 168 numbers, Monday 00:00 first
     * @param minutesOnTask officer minutes per incident, all officers together, travel included
     * @param officersSent officers sent to an incident (each counts as a separate dispatch)
     * @param deployed whether officers go out to it (false: resolved by phone or at a desk)
     */
    public record WorkItem(String workType, Integer priority, double[] incidentsPerHour, double minutesOnTask,
            double officersSent, boolean deployed) {

        public double incidentsPerWeek() {
            return Arrays.stream(incidentsPerHour).sum();
        }

        /** The same item with its arrivals scaled (for example 0.7 when 30% of it moves elsewhere). */
        public WorkItem scaled(double factor) {
            return new WorkItem(workType, priority, Arrays.stream(incidentsPerHour).map(x -> x * factor).toArray(),
                    minutesOnTask, officersSent, deployed);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof WorkItem that && java.util.Objects.equals(workType, that.workType)
                    && java.util.Objects.equals(priority, that.priority)
                    && Arrays.equals(incidentsPerHour, that.incidentsPerHour) && minutesOnTask == that.minutesOnTask
                    && officersSent == that.officersSent && deployed == that.deployed;
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(workType, priority, Arrays.hashCode(incidentsPerHour), minutesOnTask,
                    officersSent, deployed);
        }

        @Override
        public String toString() {
            return "WorkItem[" + workType + " p" + priority + ", " + incidentsPerWeek() + "/week, " + minutesOnTask
                    + " min, " + officersSent + " officers" + (deployed ? "" : ", not deployed") + "]";
        }
    }

    /** Mean travel minutes to incidents of a priority (null: incidents without a priority). */
    public record Travel(Integer priority, double minutes) {
    }

    /**
     * Starting figures when nothing better is known (each an assumption, listed in
     * {@code capacity/README.md}): one call per incident; 300 seconds a call; 8 minutes' travel for
     * every priority (the median drive time assumed by Beacon's synthetic demand generator); 60
     * officer minutes per incident and one officer sent where the data has no time on task.
     */
    public static final double DEFAULT_CALLS_PER_INCIDENT = 1.0;
    public static final double DEFAULT_CALL_HANDLING_SECONDS = 300;
    public static final double DEFAULT_TRAVEL_MINUTES = 8;
    public static final double DEFAULT_MINUTES_ON_TASK = 60;
    public static final double DEFAULT_OFFICERS_SENT = 1;

    /** Travel minutes for a priority: its own entry, else the entry without a priority, else the default. */
    public double travelMinutes(Integer priority) {
        Double none = null;
        for (Travel entry : travel) {
            if (java.util.Objects.equals(entry.priority(), priority)) {
                return entry.minutes();
            }
            if (entry.priority() == null) {
                none = entry.minutes();
            }
        }
        return none != null ? none : DEFAULT_TRAVEL_MINUTES;
    }

    /** This workload with the items that match replaced (for scenarios). */
    public Workload withItems(List<WorkItem> newItems) {
        return new Workload(source, callsPerIncident, callHandlingSeconds, newItems, travel, shrinkage, synthetic);
    }

    /** Throws {@link IllegalArgumentException} naming what is wrong. */
    public void check() {
        if (!(callsPerIncident >= 0) || callsPerIncident > 100) {
            throw new IllegalArgumentException("Calls per incident must be from 0 to 100");
        }
        if (!(callHandlingSeconds > 0) || callHandlingSeconds > 86_400) {
            throw new IllegalArgumentException("Call handling time must be more than 0 seconds and at most a day");
        }
        if (items == null || travel == null || shrinkage == null) {
            throw new IllegalArgumentException("A workload needs items, travel and shrinkage (lists may be empty)");
        }
        if (items.size() > 2000) {
            throw new IllegalArgumentException("A workload has at most 2,000 items");
        }
        for (int i = 0; i < items.size(); i++) {
            WorkItem item = items.get(i);
            String name = "Item " + (i + 1);
            if (item == null || item.workType() == null || item.workType().isBlank()) {
                throw new IllegalArgumentException(name + ": name its work type");
            }
            if (item.incidentsPerHour() == null || item.incidentsPerHour().length != HOURS) {
                throw new IllegalArgumentException(name + ": incidentsPerHour must have 168 numbers, Monday 00:00 first");
            }
            for (double value : item.incidentsPerHour()) {
                if (!(value >= 0) || value > 1_000_000) {
                    throw new IllegalArgumentException(name + ": incidents per hour must be 0 or more");
                }
            }
            if (!(item.minutesOnTask() >= 0) || item.minutesOnTask() > 100_000) {
                throw new IllegalArgumentException(name + ": minutes on task must be 0 or more");
            }
            if (!(item.officersSent() >= 1) || item.officersSent() > 1000) {
                throw new IllegalArgumentException(name + ": officers sent must be at least 1");
            }
            if (item.priority() != null && (item.priority() < 1 || item.priority() > 9)) {
                throw new IllegalArgumentException(name + ": priority must be 1 to 9, or none");
            }
        }
        for (Travel entry : travel) {
            if (entry == null || !(entry.minutes() >= 0) || entry.minutes() > 1440) {
                throw new IllegalArgumentException("Travel minutes must be from 0 to 1,440");
            }
        }
        shrinkage.check();
    }
}
