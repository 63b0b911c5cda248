package uk.beacon.platform.service;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import uk.beacon.platform.SignedInUser;

/**
 * A request signed in with a personal API token: its user as they are now (organisation and roles read on each
 * request), and which token it was, so that what a token may not do (such as make more tokens) can be refused.
 */
public final class ApiTokenAuthentication extends AbstractAuthenticationToken {

    private final SignedInUser user;
    private final String tokenId;

    public ApiTokenAuthentication(SignedInUser user, String tokenId) {
        super(user.getAuthorities());
        this.user = user;
        this.tokenId = tokenId;
        setAuthenticated(true);
    }

    public String tokenId() {
        return tokenId;
    }

    @Override
    public Object getCredentials() {
        return null;
    }

    @Override
    public SignedInUser getPrincipal() {
        return user;
    }
}
