package uk.beacon.platform;

import org.springframework.modulith.NamedInterface;

/** What a person may do in Beacon. A person can hold several roles within their one organisation. */
@NamedInterface("access")
public enum Role {
    ANALYST("Analyst"),
    PLANNER("Planner"),
    REVIEWER("Reviewer (privacy and ethics)"),
    APPROVER("Approver (chief officer or PCC)"),
    NATIONAL_COORDINATOR("National coordinator"),
    SUPPLIER_REPRESENTATIVE("Supplier representative"),
    ADMINISTRATOR("Administrator");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The Spring Security authority for this role, for example {@code ROLE_ANALYST}. */
    public String authority() {
        return "ROLE_" + name();
    }
}
