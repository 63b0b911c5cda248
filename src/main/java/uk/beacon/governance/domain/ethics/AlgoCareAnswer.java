package uk.beacon.governance.domain.ethics;

import java.util.Locale;
import uk.beacon.governance.domain.FieldErrors;

/**
 * The force's answer to one ALGO-CARE question.
 *
 * @param question which question
 * @param answer the force's answer
 */
public record AlgoCareAnswer(AlgoCare question, String answer) {

    public static AlgoCareAnswer blank() {
        return new AlgoCareAnswer(null, null);
    }

    void validate(String prefix, FieldErrors errors) {
        if (question == null) {
            errors.add(prefix + ".question", "Select which question this answer is for");
        }
        errors.length(prefix + ".answer", answer, FieldErrors.LONG_TEXT, "The answer");
    }

    void missing(String prefix, FieldErrors errors) {
        String name = question == null ? "this question" : question.label().toLowerCase(Locale.UK);
        errors.required(prefix + ".answer", answer, "Enter the force's answer on " + name);
    }
}
