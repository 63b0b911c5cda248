package uk.beacon.governance.domain.dpia;

import java.time.LocalDate;
import uk.beacon.governance.domain.FieldErrors;

/**
 * One line of the action plan: a measure still to put in place, who will do it and by when.
 *
 * @param measure the measure
 * @param owner the person or team responsible
 * @param due the date it is due
 */
public record Action(String measure, String owner, LocalDate due) {

    public static Action blank() {
        return new Action(null, null, null);
    }

    void validate(String prefix, FieldErrors errors) {
        errors.length(prefix + ".measure", measure, FieldErrors.LONG_TEXT, "The measure");
        errors.length(prefix + ".owner", owner, FieldErrors.SHORT_TEXT, "The owner");
    }

    void missing(String prefix, FieldErrors errors) {
        errors.required(prefix + ".measure", measure, "Enter the measure of action " + number(prefix));
        errors.required(prefix + ".owner", owner, "Enter who owns action " + number(prefix));
        if (due == null) {
            errors.add(prefix + ".due", "Enter the date action " + number(prefix) + " is due");
        }
    }

    /** The action's number as people count, from its field prefix {@code actionPlan[0]}. */
    private static String number(String prefix) {
        String index = prefix.substring(prefix.indexOf('[') + 1, prefix.indexOf(']'));
        return String.valueOf(Integer.parseInt(index) + 1);
    }
}
