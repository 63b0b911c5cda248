package uk.beacon.governance.domain.dpia;

import java.time.LocalDate;
import uk.beacon.governance.domain.FieldErrors;

/**
 * The controller's sign-off of the DPIA.
 *
 * @param decision validated, validated with a signature attached, or rejected
 * @param signedBy who signed off
 * @param date when
 * @param signatureFile the file name of the attached signature, for {@link SignOffDecision#VALIDATED_WITH_SIGNATURE}
 * @param rejectionReasons why, for {@link SignOffDecision#REJECTED}
 */
public record SignOff(SignOffDecision decision, String signedBy, LocalDate date, String signatureFile,
        String rejectionReasons) {

    public static SignOff blank() {
        return new SignOff(null, null, null, null, null);
    }

    void validate(FieldErrors errors) {
        errors.length("signOff.signedBy", signedBy, FieldErrors.SHORT_TEXT, "The name of who signed off");
        errors.length("signOff.signatureFile", signatureFile, FieldErrors.SHORT_TEXT, "The signature file name");
        errors.length("signOff.rejectionReasons", rejectionReasons, FieldErrors.LONG_TEXT, "The reasons");
        if (!FieldErrors.blank(signatureFile) && !plainFileName(signatureFile)) {
            errors.add("signOff.signatureFile", "Enter the signature file's name only, such as signed-dpia.pdf, "
                    + "without folders");
        }
        if (decision == SignOffDecision.VALIDATED_WITH_SIGNATURE) {
            errors.required("signOff.signatureFile", signatureFile, "Enter the name of the attached signature file");
        } else if (!FieldErrors.blank(signatureFile)) {
            errors.add("signOff.signatureFile", "Choose validated with signature attached, or remove the signature "
                    + "file");
        }
        if (decision == SignOffDecision.REJECTED) {
            errors.required("signOff.rejectionReasons", rejectionReasons, "Enter the reasons the DPIA was rejected");
        }
    }

    /** A name without folders or control characters, so that it cannot point anywhere but at an attachment. */
    private static boolean plainFileName(String name) {
        String stripped = name.strip();
        return !stripped.equals(".") && !stripped.equals("..")
                && stripped.chars().noneMatch(c -> c == '/' || c == '\\' || Character.isISOControl(c));
    }

    void missing(FieldErrors errors) {
        if (decision == null) {
            errors.add("signOff.decision", "Select the sign-off decision");
        }
        errors.required("signOff.signedBy", signedBy, "Enter who signed off the DPIA");
        if (date == null) {
            errors.add("signOff.date", "Enter the date of the sign-off");
        }
    }
}
