package uk.beacon.governance.domain;

import java.util.Arrays;
import java.util.Optional;

/** Where a technology is in its life. */
public enum Phase {
    IDEA("idea", "Idea"),
    PRE_DEPLOYMENT("pre-deployment", "Pre-deployment"),
    PILOT("pilot", "Pilot"),
    PRODUCTION("production", "Production"),
    RETIRED("retired", "Retired");

    private final String code;
    private final String label;

    Phase(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public static Optional<Phase> of(String code) {
        return Arrays.stream(values()).filter(value -> value.code.equals(code)).findFirst();
    }

    public static String labelOf(String code) {
        return of(code).map(Phase::label).orElse(code);
    }
}
