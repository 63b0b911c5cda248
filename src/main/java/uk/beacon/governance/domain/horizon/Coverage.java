package uk.beacon.governance.domain.horizon;

import java.util.Locale;

/** How well a legal or regulatory framework covers a technology type it applies to. */
public enum Coverage {
    COVERED("Clearly covered"),
    PARTLY_COVERED("Partly covered"),
    GAP("Gap");

    private final String label;

    Coverage(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The coverage named by its code ({@code COVERED}, {@code PARTLY_COVERED} or {@code GAP}), in any case. */
    public static Coverage parse(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new HorizonRuleException(field, "'" + field + "' must be COVERED, PARTLY_COVERED or GAP");
        }
        try {
            return valueOf(value.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new HorizonRuleException(field, "'" + field + "' must be COVERED, PARTLY_COVERED or GAP");
        }
    }
}
