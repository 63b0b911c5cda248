package uk.beacon.platform;

import java.util.Set;

/** A person's entry in their organisation's list of members. */
public record Member(String username, String displayName, Set<Role> roles) {
}
