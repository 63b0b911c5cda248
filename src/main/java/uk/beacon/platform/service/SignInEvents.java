package uk.beacon.platform.service;

import java.time.Clock;
import java.time.OffsetDateTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.beacon.platform.AuditLog;
import uk.beacon.platform.SignedInUser;
import uk.beacon.platform.domain.SignInThrottle;
import uk.beacon.platform.store.UserAccountStore;

/** Counts failed sign-ins towards the lock, clears them on success, and audits sign-ins and outs. */
@Component
class SignInEvents {

    private static final Logger log = LoggerFactory.getLogger(SignInEvents.class);

    private final UserAccountStore accounts;
    private final SignInThrottle throttle;
    private final AuditLog audit;
    private final Clock clock;

    SignInEvents(UserAccountStore accounts, SignInThrottle throttle, AuditLog audit, Clock clock) {
        this.accounts = accounts;
        this.throttle = throttle;
        this.audit = audit;
        this.clock = clock;
    }

    @EventListener
    @Transactional
    public void succeeded(AuthenticationSuccessEvent event) {
        accounts.clearSignInFailures(event.getAuthentication().getName());
    }

    /** Only interactive (form) sign-ins are audited: an API client signs in on every request. */
    @EventListener
    public void signedIn(InteractiveAuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof SignedInUser user) {
            audit.record(user, "sign-in", "user/" + user.getUsername(), null);
        }
    }

    @EventListener
    @Transactional
    public void failed(AuthenticationFailureBadCredentialsEvent event) {
        String username = event.getAuthentication().getName();
        accounts.findByUsername(username).ifPresentOrElse(account -> {
            SignInThrottle.Outcome outcome = throttle.afterFailure(account.failedSignIns(), OffsetDateTime.now(clock));
            accounts.recordSignInFailures(username, outcome.failedSignIns(), outcome.lockedUntil());
            if (outcome.lockedUntil() != null) {
                log.warn("Account '{}' locked until {} after repeated failed sign-ins", username,
                        outcome.lockedUntil());
                audit.record(username, account.organisationId(), "sign-in.lock", "user/" + username,
                        "locked until " + outcome.lockedUntil());
            }
            audit.record(username, account.organisationId(), "sign-in.failed", "user/" + username, "wrong password");
        }, () -> audit.record(truncate(username), null, "sign-in.failed", null, "unknown username"));
    }

    @EventListener
    public void refused(AuthenticationFailureLockedEvent event) {
        audit.record(truncate(event.getAuthentication().getName()), null, "sign-in.refused", null, "account locked");
    }

    @EventListener
    public void otherFailure(AbstractAuthenticationFailureEvent event) {
        if (!(event instanceof AuthenticationFailureBadCredentialsEvent)
                && !(event instanceof AuthenticationFailureLockedEvent)) {
            audit.record(truncate(event.getAuthentication().getName()), null, "sign-in.failed", null,
                    event.getException().getClass().getSimpleName());
        }
    }

    @EventListener
    public void signedOut(LogoutSuccessEvent event) {
        if (event.getAuthentication() != null && event.getAuthentication().getPrincipal() instanceof SignedInUser user) {
            audit.record(user, "sign-out", "user/" + user.getUsername(), null);
        }
    }

    private static String truncate(String username) {
        String name = username == null ? "" : username;
        return name.length() > 100 ? name.substring(0, 100) : name;
    }
}
