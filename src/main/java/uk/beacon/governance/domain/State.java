package uk.beacon.governance.domain;

import java.util.Arrays;

/** Where a record is in its review: draft → submitted → in review → approved or rejected → published → withdrawn. */
public enum State {
    DRAFT("draft", "Draft"),
    SUBMITTED("submitted", "Submitted"),
    IN_REVIEW("in-review", "In review"),
    CHANGES_REQUESTED("changes-requested", "Changes requested"),
    APPROVED("approved", "Approved"),
    REJECTED("rejected", "Rejected"),
    PUBLISHED("published", "Published"),
    WITHDRAWN("withdrawn", "Withdrawn");

    private final String code;
    private final String label;

    State(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public static State of(String code) {
        return Arrays.stream(values()).filter(value -> value.code.equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No state " + code));
    }
}
