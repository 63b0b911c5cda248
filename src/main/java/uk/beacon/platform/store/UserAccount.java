package uk.beacon.platform.store;

import java.time.OffsetDateTime;
import java.util.Set;
import uk.beacon.platform.Role;

/** A stored account. {@code demo} marks the accounts that only the demo profile may hold. */
public record UserAccount(
        long id,
        String username,
        String displayName,
        String passwordHash,
        String organisationId,
        boolean enabled,
        boolean demo,
        int failedSignIns,
        OffsetDateTime lockedUntil,
        Set<Role> roles) {
}
