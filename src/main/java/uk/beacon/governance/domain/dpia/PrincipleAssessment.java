package uk.beacon.governance.domain.dpia;

import uk.beacon.governance.domain.FieldErrors;

/**
 * The answer to one fundamental principle, and why the answer is enough.
 *
 * @param principle which principle
 * @param answer how the processing meets it
 * @param justification why that is adequate, or what will change
 */
public record PrincipleAssessment(Principle principle, String answer, String justification) {

    public static PrincipleAssessment blank() {
        return new PrincipleAssessment(null, null, null);
    }

    void validate(String prefix, FieldErrors errors) {
        if (principle == null) {
            errors.add(prefix + ".principle", "Select which principle this answer is for");
        }
        errors.length(prefix + ".answer", answer, FieldErrors.LONG_TEXT, "The answer");
        errors.length(prefix + ".justification", justification, FieldErrors.LONG_TEXT, "The justification");
    }

    void missing(String prefix, FieldErrors errors) {
        String name = principle == null ? "this principle" : principle.label().toLowerCase(java.util.Locale.UK);
        errors.required(prefix + ".answer", answer, "Enter the answer for " + name);
        errors.required(prefix + ".justification", justification, "Enter the justification for " + name);
    }
}
