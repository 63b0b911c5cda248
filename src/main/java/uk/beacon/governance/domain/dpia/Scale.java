package uk.beacon.governance.domain.dpia;

/**
 * CNIL's four-level scale for the severity and the likelihood of a risk (CNIL, "Privacy Impact Assessment (PIA):
 * Knowledge bases", 2018 edition): 1 negligible, 2 limited, 3 significant, 4 maximum.
 */
public enum Scale {
    NEGLIGIBLE(1, "Negligible"),
    LIMITED(2, "Limited"),
    SIGNIFICANT(3, "Significant"),
    MAXIMUM(4, "Maximum");

    public static final int MIN = 1;
    public static final int MAX = 4;

    private final int value;
    private final String label;

    Scale(int value, String label) {
        this.value = value;
        this.label = label;
    }

    public int value() {
        return value;
    }

    public String label() {
        return label;
    }

    public static boolean valid(Integer value) {
        return value != null && value >= MIN && value <= MAX;
    }

    /** "3 Significant", or "Not assessed" for a missing or out-of-range value. */
    public static String text(Integer value) {
        return valid(value) ? value + " " + values()[value - 1].label : "Not assessed";
    }
}
