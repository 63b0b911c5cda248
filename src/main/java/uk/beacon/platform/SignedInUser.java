package uk.beacon.platform;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.modulith.NamedInterface;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The person behind a request: who they are, the one organisation they belong to and their roles.
 * Services take it as an argument and decide from it what the person may see.
 */
@NamedInterface("access")
public final class SignedInUser implements UserDetails, CredentialsContainer {

    private final String username;
    private final String displayName;
    private final String organisationId;
    private final Set<Role> roles;
    private final boolean locked;
    private String passwordHash;

    public SignedInUser(String username, String displayName, String organisationId, Set<Role> roles,
            String passwordHash, boolean locked) {
        this.username = username;
        this.displayName = displayName;
        this.organisationId = organisationId;
        this.roles = roles.isEmpty() ? Collections.emptySet() : Collections.unmodifiableSet(EnumSet.copyOf(roles));
        this.passwordHash = passwordHash;
        this.locked = locked;
    }

    /** A signed-in user for code and tests that act on someone's behalf without a password. */
    public static SignedInUser of(String username, String organisationId, Role... roles) {
        return new SignedInUser(username, username, organisationId,
                roles.length == 0 ? Set.of() : EnumSet.of(roles[0], roles), null, false);
    }

    public String displayName() {
        return displayName;
    }

    public String organisationId() {
        return organisationId;
    }

    public Set<Role> roles() {
        return roles;
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    public boolean belongsTo(String organisationId) {
        return this.organisationId.equals(organisationId);
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return roles.stream().map(role -> new SimpleGrantedAuthority(role.authority())).toList();
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SignedInUser that && username.equals(that.username);
    }

    @Override
    public int hashCode() {
        return username.hashCode();
    }

    @Override
    public String toString() {
        return "SignedInUser[" + username + " of " + organisationId + " " + roles + "]";
    }
}
