package uk.beacon.governance.domain.dpia;

import java.time.LocalDate;
import uk.beacon.governance.domain.FieldErrors;

/**
 * The data protection officer's opinion on the DPIA.
 *
 * @param name the data protection officer
 * @param opinion their opinion
 * @param date the date they gave it
 */
public record DpoOpinion(String name, String opinion, LocalDate date) {

    public static DpoOpinion blank() {
        return new DpoOpinion(null, null, null);
    }

    void validate(FieldErrors errors) {
        errors.length("dpoOpinion.name", name, FieldErrors.SHORT_TEXT, "The data protection officer's name");
        errors.length("dpoOpinion.opinion", opinion, FieldErrors.LONG_TEXT, "The opinion");
    }

    void missing(FieldErrors errors) {
        errors.required("dpoOpinion.name", name, "Enter the data protection officer's name");
        errors.required("dpoOpinion.opinion", opinion, "Enter the data protection officer's opinion");
        if (date == null) {
            errors.add("dpoOpinion.date", "Enter the date of the data protection officer's opinion");
        }
    }
}
