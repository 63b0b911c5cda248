package uk.beacon.platform.service;

import java.time.Clock;
import java.time.OffsetDateTime;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.beacon.platform.SignedInUser;
import uk.beacon.platform.domain.SignInThrottle;
import uk.beacon.platform.store.UserAccount;
import uk.beacon.platform.store.UserAccountStore;

/** Finds local accounts for sign-in (form and HTTP Basic), with the lock that throttling has set. */
@Service
class AccountDetailsService implements UserDetailsService {

    private final UserAccountStore accounts;
    private final SignInThrottle throttle;
    private final Clock clock;

    AccountDetailsService(UserAccountStore accounts, SignInThrottle throttle, Clock clock) {
        this.accounts = accounts;
        this.throttle = throttle;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        UserAccount account = accounts.findByUsername(username).filter(UserAccount::enabled)
                .orElseThrow(() -> new UsernameNotFoundException("No such account"));
        return new SignedInUser(account.username(), account.displayName(), account.organisationId(), account.roles(),
                account.passwordHash(), throttle.isLocked(account.lockedUntil(), OffsetDateTime.now(clock)));
    }
}
