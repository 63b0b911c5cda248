package uk.beacon.capacity.domain.scenarios;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import uk.beacon.capacity.domain.staffing.Workload;
import uk.beacon.capacity.domain.staffing.Workload.WorkItem;

/**
 * Applies a scenario's changes to a workload and counts the hours each role spends on the work.
 *
 * <p>Rules (Beacon's assumptions, stated on the page and in {@code capacity/README.md}):
 * <ul>
 *   <li>Changes apply in order, each to the work still with police officers.</li>
 *   <li>Moving a share of a work type moves that share of its incidents in every hour of the week.</li>
 *   <li>Hours by role: the officers' hours are their incidents × officer minutes on task (all items,
 *       deployed or not); work moved to another role is its incidents × the minutes on task for that
 *       role, which are the officer minutes it had unless the change gives others.</li>
 *   <li>Work moved to a PCSO, police staff or a partner agency still reaches the control room by
 *       phone, so it still counts for call handling, but no longer for response. Work moved online or
 *       to self-service leaves both.</li>
 *   <li>Sending a different number of officers changes the officer minutes per incident in
 *       proportion (each officer spends as long as before).</li>
 * </ul>
 */
public final class WorkChanges {

    /** The work type of the item that keeps handed-over work in the call-handling load. */
    public static final String HANDED_OVER = "HANDED_OVER";

    /** Hours a week one role spends on the work. */
    public record RoleHours(Role role, double hoursPerWeek) {
    }

    /**
     * A workload after the changes.
     *
     * @param workload what the staffing calculator works from
     * @param hoursByRole every role, in the order of {@link Role}
     * @param notes changes that found no work to change, for people to read
     */
    public record Applied(Workload workload, List<RoleHours> hoursByRole, List<String> notes) {

        public double hours(Role role) {
            return hoursByRole.stream().filter(entry -> entry.role() == role).mapToDouble(RoleHours::hoursPerWeek)
                    .sum();
        }
    }

    /** Work and the role doing it, with minutes per incident for a role other than officers. */
    private record Part(WorkItem item, Role role, double minutesPerIncident) {
    }

    private WorkChanges() {
    }

    /** The workload as it is, all of it with officers. */
    public static Applied baseline(Workload workload) {
        return apply(workload, List.of(), RoleMatrix.defaults());
    }

    /**
     * The workload with the changes made.
     *
     * @throws ScenarioException naming the change at fault
     */
    public static Applied apply(Workload workload, List<ScenarioChange> changes, RoleMatrix roles) {
        for (int i = 0; i < changes.size(); i++) {
            if (changes.get(i) == null) {
                throw new ScenarioException("changes[" + i + "]", "Change " + (i + 1) + " is empty");
            }
            changes.get(i).check(i, roles);
        }
        List<WorkItem> officers = new ArrayList<>(workload.items());
        List<Part> elsewhere = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (int i = 0; i < changes.size(); i++) {
            ScenarioChange change = changes.get(i);
            boolean found = false;
            for (int j = 0; j < officers.size(); j++) {
                WorkItem item = officers.get(j);
                if (!change.matches(item.workType(), item.priority())) {
                    continue;
                }
                found = true;
                switch (change.kind()) {
                    case MOVE_WORK -> {
                        double share = change.sharePercent() / 100;
                        officers.set(j, item.scaled(1 - share));
                        elsewhere.add(new Part(item.scaled(share), change.toRole(),
                                change.minutesPerIncident() != null ? change.minutesPerIncident()
                                        : item.minutesOnTask()));
                    }
                    case CUT_MINUTES -> officers.set(j, new WorkItem(item.workType(), item.priority(),
                            item.incidentsPerHour(), Math.max(0, item.minutesOnTask() - change.minutesSaved()),
                            item.officersSent(), item.deployed()));
                    case CHANGE_OFFICERS -> officers.set(j, new WorkItem(item.workType(), item.priority(),
                            item.incidentsPerHour(), item.minutesOnTask() * change.officersSent() / item.officersSent(),
                            change.officersSent(), item.deployed()));
                }
            }
            if (!found) {
                notes.add(String.format(Locale.UK, "Change %d found no %s work%s with police officers, so it "
                        + "changes nothing", i + 1, change.workType(),
                        change.priority() == null ? "" : " of priority " + change.priority()));
            }
        }
        Map<Role, Double> hours = new EnumMap<>(Role.class);
        for (Role role : Role.values()) {
            hours.put(role, 0.0);
        }
        for (WorkItem item : officers) {
            hours.merge(Role.POLICE_OFFICER, item.incidentsPerWeek() * item.minutesOnTask() / 60, Double::sum);
        }
        double[] stillCalled = new double[Workload.HOURS];
        boolean anyCalled = false;
        for (Part part : elsewhere) {
            hours.merge(part.role(), part.item().incidentsPerWeek() * part.minutesPerIncident() / 60, Double::sum);
            if (part.role() != Role.ONLINE) {
                double[] perHour = part.item().incidentsPerHour();
                for (int hour = 0; hour < Workload.HOURS; hour++) {
                    stillCalled[hour] += perHour[hour];
                }
                anyCalled = true;
            }
        }
        List<WorkItem> items = new ArrayList<>(officers);
        if (anyCalled) {
            items.add(new WorkItem(HANDED_OVER, null, stillCalled, 0, 1, false));
        }
        List<RoleHours> byRole = new ArrayList<>();
        hours.forEach((role, value) -> byRole.add(new RoleHours(role, value)));
        return new Applied(changes.isEmpty() ? workload : workload.withItems(items), List.copyOf(byRole),
                List.copyOf(notes));
    }
}
