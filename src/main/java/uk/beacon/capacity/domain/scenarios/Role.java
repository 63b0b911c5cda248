package uk.beacon.capacity.domain.scenarios;

import java.util.Locale;
import java.util.Optional;

/** Who or what can do a piece of work: the roles and channels a scenario can move work between. */
public enum Role {
    POLICE_OFFICER("Police officer"),
    PCSO("Police community support officer (PCSO)"),
    POLICE_STAFF("Police staff"),
    ONLINE("Online or self-service"),
    PARTNER_AGENCY("Partner agency (health, social care)");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The role for a code such as {@code PARTNER_AGENCY} or {@code partner-agency}. */
    public static Optional<Role> fromCode(String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        String name = code.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        for (Role role : values()) {
            if (role.name().equals(name)) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }
}
