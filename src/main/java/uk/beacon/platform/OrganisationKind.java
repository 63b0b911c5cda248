package uk.beacon.platform;

import org.springframework.modulith.NamedInterface;

/** The kinds of organisation that use Beacon. */
@NamedInterface("access")
public enum OrganisationKind {
    POLICE_FORCE("Police force"),
    LOCAL_POLICING_BODY("Local policing body (PCC or mayor)"),
    NATIONAL_BODY("National body"),
    SUPPLIER("Supplier");

    private final String label;

    OrganisationKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
