package uk.beacon.governance.domain.dpia;

/** How the controller signed off the DPIA. */
public enum SignOffDecision {
    VALIDATED("Validated"),
    VALIDATED_WITH_SIGNATURE("Validated, with signature attached"),
    REJECTED("Rejected");

    private final String label;

    SignOffDecision(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
