package uk.beacon.capacity.domain.scenarios;

import java.util.Locale;
import java.util.Optional;

/**
 * One change a scenario makes to the force's workload, applied to the work still done by police
 * officers, in the scenario's order. Fields a kind does not use are ignored.
 *
 * @param kind what the change does
 * @param workType the work type's code (the demand module's, such as {@code CONCERN_FOR_SAFETY})
 * @param priority only incidents of this priority; null for every priority
 * @param sharePercent {@link Kind#MOVE_WORK}: the share of the incidents moved, 0 to 100
 * @param toRole {@link Kind#MOVE_WORK}: the role or channel the work moves to; it must be able to do it
 * @param minutesPerIncident {@link Kind#MOVE_WORK}: the minutes the new role spends on one incident;
 *     null for the officer minutes on task it had (Beacon's assumption)
 * @param minutesSaved {@link Kind#CUT_MINUTES}: officer minutes on task saved per incident (all officers
 *     together); the time on task does not go below 0
 * @param officersSent {@link Kind#CHANGE_OFFICERS}: officers sent to each incident from now on, 1 or more
 */
public record ScenarioChange(Kind kind, String workType, Integer priority, Double sharePercent, Role toRole,
        Double minutesPerIncident, Double minutesSaved, Double officersSent) {

    public enum Kind {
        MOVE_WORK("Move work to another role or channel"),
        CUT_MINUTES("Cut officer minutes on task"),
        CHANGE_OFFICERS("Change officers sent");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        public static Optional<Kind> fromCode(String code) {
            if (code == null) {
                return Optional.empty();
            }
            String name = code.strip().toUpperCase(Locale.ROOT).replace('-', '_');
            for (Kind kind : values()) {
                if (kind.name().equals(name)) {
                    return Optional.of(kind);
                }
            }
            return Optional.empty();
        }
    }

    public static ScenarioChange move(String workType, Integer priority, double sharePercent, Role toRole) {
        return new ScenarioChange(Kind.MOVE_WORK, workType, priority, sharePercent, toRole, null, null, null);
    }

    public static ScenarioChange cutMinutes(String workType, Integer priority, double minutesSaved) {
        return new ScenarioChange(Kind.CUT_MINUTES, workType, priority, null, null, null, minutesSaved, null);
    }

    public static ScenarioChange officersSent(String workType, Integer priority, double officersSent) {
        return new ScenarioChange(Kind.CHANGE_OFFICERS, workType, priority, null, null, null, null, officersSent);
    }

    /** The same change with only the fields its kind uses, so that what is saved is what counts. */
    public ScenarioChange normalised() {
        return switch (kind) {
            case MOVE_WORK -> new ScenarioChange(kind, workType, priority, sharePercent, toRole, minutesPerIncident,
                    null, null);
            case CUT_MINUTES -> new ScenarioChange(kind, workType, priority, null, null, null, minutesSaved, null);
            case CHANGE_OFFICERS -> new ScenarioChange(kind, workType, priority, null, null, null, null,
                    officersSent);
        };
    }

    /**
     * Throws {@link ScenarioException} naming the field at fault, as {@code changes[index].field}.
     *
     * @param roles who can do what, for the role a move names
     */
    public void check(int index, RoleMatrix roles) {
        String at = "changes[" + index + "].";
        String change = "Change " + (index + 1) + ": ";
        if (kind == null) {
            throw new ScenarioException(at + "kind", change + "say what kind of change it is: MOVE_WORK, "
                    + "CUT_MINUTES or CHANGE_OFFICERS");
        }
        if (workType == null || !workType.matches("[A-Za-z0-9_ -]{1,60}")) {
            throw new ScenarioException(at + "workType", change + "name the work type it changes, such as "
                    + "CONCERN_FOR_SAFETY");
        }
        if (priority != null && (priority < 1 || priority > 9)) {
            throw new ScenarioException(at + "priority", change + "the priority must be 1 to 9, or none for "
                    + "every priority");
        }
        switch (kind) {
            case MOVE_WORK -> {
                if (sharePercent == null || !(sharePercent >= 0 && sharePercent <= 100)) {
                    throw new ScenarioException(at + "sharePercent", change + "the share moved must be from 0% "
                            + "to 100%");
                }
                if (toRole == null) {
                    throw new ScenarioException(at + "toRole", change + "say which role or channel the work moves "
                            + "to");
                }
                if (toRole == Role.POLICE_OFFICER) {
                    throw new ScenarioException(at + "toRole", change + "the work is already police officers'; "
                            + "move it to another role or channel");
                }
                if (!roles.canDo(workType, toRole)) {
                    throw new ScenarioException(at + "toRole", change + toRole.label() + " cannot do "
                            + workType + " work under the force's role matrix");
                }
                if (minutesPerIncident != null && !(minutesPerIncident >= 0 && minutesPerIncident <= 100_000)) {
                    throw new ScenarioException(at + "minutesPerIncident", change + "minutes per incident for the "
                            + "new role must be from 0 to 100,000, or none for the officers' minutes");
                }
            }
            case CUT_MINUTES -> {
                if (minutesSaved == null || !(minutesSaved > 0 && minutesSaved <= 100_000)) {
                    throw new ScenarioException(at + "minutesSaved", change + "minutes saved per incident must be "
                            + "more than 0 and at most 100,000");
                }
            }
            case CHANGE_OFFICERS -> {
                if (officersSent == null || !(officersSent >= 1 && officersSent <= 1000)) {
                    throw new ScenarioException(at + "officersSent", change + "officers sent must be from 1 to "
                            + "1,000");
                }
            }
        }
    }

    /** Whether the change applies to work of this type and priority. */
    boolean matches(String itemWorkType, Integer itemPriority) {
        return workType.equals(itemWorkType) && (priority == null || priority.equals(itemPriority));
    }
}
