package uk.beacon.governance.domain.dpia;

/** The three privacy risks CNIL's PIA method assesses, each a feared event for the people whose data it is. */
public enum RiskKind {
    ILLEGITIMATE_ACCESS("Illegitimate access to data", "A"),
    UNWANTED_MODIFICATION("Unwanted modification of data", "M"),
    DISAPPEARANCE("Disappearance of data", "D");

    private final String label;
    private final String code;

    RiskKind(String label, String code) {
        this.label = label;
        this.code = code;
    }

    public String label() {
        return label;
    }

    /** One letter that marks the risk on the risk map. */
    public String code() {
        return code;
    }
}
