package uk.beacon.governance.domain.dpia;

import uk.beacon.governance.domain.FieldErrors;

/**
 * The views of the people affected by the processing (or their representatives), or why they were not sought.
 *
 * @param sought whether their views were sought; null until answered
 * @param views the views gathered, and how, when {@code sought}
 * @param reasonNotSought why they were not sought, when not {@code sought}
 */
public record AffectedPeople(Boolean sought, String views, String reasonNotSought) {

    public static AffectedPeople blank() {
        return new AffectedPeople(null, null, null);
    }

    void validate(FieldErrors errors) {
        errors.length("affectedPeople.views", views, FieldErrors.LONG_TEXT, "The views");
        errors.length("affectedPeople.reasonNotSought", reasonNotSought, FieldErrors.LONG_TEXT,
                "The reason views were not sought");
    }

    void missing(FieldErrors errors) {
        if (sought == null) {
            errors.add("affectedPeople.sought", "Select whether the views of people affected were sought");
        } else if (sought) {
            errors.required("affectedPeople.views", views, "Enter the views of the people affected");
        } else {
            errors.required("affectedPeople.reasonNotSought", reasonNotSought,
                    "Enter why the views of people affected were not sought");
        }
    }
}
