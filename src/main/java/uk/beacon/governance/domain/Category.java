package uk.beacon.governance.domain;

import java.util.Arrays;
import java.util.Optional;

/** What kind of technology a record is about. */
public enum Category {
    ALGORITHMIC_DECISION_SUPPORT("algorithmic-decision-support", "Algorithmic decision support"),
    BIOMETRICS_SURVEILLANCE("biometrics-surveillance", "Biometrics and surveillance"),
    DATA_PLATFORM("data-platform", "Data platform"),
    AUTOMATION("automation", "Automation"),
    COMMUNICATIONS("communications", "Communications"),
    OTHER("other", "Other");

    private final String code;
    private final String label;

    Category(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public static Optional<Category> of(String code) {
        return Arrays.stream(values()).filter(value -> value.code.equals(code)).findFirst();
    }

    public static String labelOf(String code) {
        return of(code).map(Category::label).orElse(code);
    }
}
