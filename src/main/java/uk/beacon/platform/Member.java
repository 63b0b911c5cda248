package uk.beacon.platform;

import java.util.Set;
import org.springframework.modulith.NamedInterface;

/** A person's entry in their organisation's list of members. */
@NamedInterface("access")
public record Member(String username, String displayName, Set<Role> roles) {
}
