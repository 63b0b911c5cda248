package uk.beacon.platform.service;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.beacon.platform.AuditLog;
import uk.beacon.platform.ForbiddenException;
import uk.beacon.platform.InvalidRequestException;
import uk.beacon.platform.NotFoundException;
import uk.beacon.platform.SignedInUser;
import uk.beacon.platform.domain.ApiTokenFormat;
import uk.beacon.platform.domain.AuditAllowance;
import uk.beacon.platform.domain.SignInThrottle;
import uk.beacon.platform.domain.TokenHash;
import uk.beacon.platform.store.ApiTokenStore;
import uk.beacon.platform.store.UserAccount;
import uk.beacon.platform.store.UserAccountStore;

/**
 * Personal API tokens: a person makes one for a program, which then signs in to the API as that person with
 * {@code Authorization: Bearer <token>}. Only a keyed hash of a token is stored ({@link TokenHash}); the token is
 * shown once. Each request reads the person's account afresh, so the token has their organisation and roles as they
 * are now, and stops at once when it is revoked or expires or the account is disabled or locked. A wrong secret
 * counts towards the account's lock like a wrong password ({@link SignInThrottle}); a good token does not clear the
 * count, so that a busy program cannot hide someone guessing the password. Every refusal is audited, within an
 * allowance so that a flood of bad tokens cannot flood the log.
 */
@Service
public class ApiTokenService {

    public static final int MAX_TOKENS = 20;
    public static final int MAX_NAME_LENGTH = 100;
    public static final int MAX_DAYS = 366;

    /** A token's last use is written at most this often, not on every request. */
    private static final Duration USE_RECORDED_EVERY = Duration.ofMinutes(1);

    private static final Logger log = LoggerFactory.getLogger(ApiTokenService.class);

    private final ApiTokenStore tokens;
    private final UserAccountStore accounts;
    private final TokenHash hash;
    private final SignInThrottle throttle;
    private final AuditLog audit;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final AuditAllowance refusals = new AuditAllowance(100, Duration.ofMinutes(1));

    ApiTokenService(ApiTokenStore tokens, UserAccountStore accounts, TokenHash hash, SignInThrottle throttle,
            AuditLog audit, Clock clock) {
        this.tokens = tokens;
        this.accounts = accounts;
        this.hash = hash;
        this.throttle = throttle;
        this.audit = audit;
        this.clock = clock;
    }

    /** The viewer's tokens that are not revoked, newest first. */
    @Transactional(readOnly = true)
    public List<ApiToken> tokens(SignedInUser viewer) {
        return tokens.unrevokedOf(account(viewer).id()).stream()
                .map(t -> new ApiToken(t.id(), t.name(), t.createdAt(), t.expiresAt(), t.lastUsedAt())).toList();
    }

    /** One of the viewer's tokens that is not revoked; 404 otherwise. */
    @Transactional(readOnly = true)
    public ApiToken token(SignedInUser viewer, String id) {
        return tokens(viewer).stream().filter(t -> t.id().equals(id)).findFirst()
                .orElseThrow(() -> new NotFoundException("You have no API token with the id '" + id + "'"));
    }

    /**
     * Makes a token for the viewer, named so they can tell it from their others, lasting {@code expiresInDays}
     * (1 to 366) or until revoked when null. 400 naming the field for a bad name or expiry, or when the viewer
     * already holds {@value #MAX_TOKENS}.
     */
    @Transactional
    public ApiToken.Created create(SignedInUser viewer, String name, Integer expiresInDays) {
        String tidy = checkedName(name);
        if (expiresInDays != null && (expiresInDays < 1 || expiresInDays > MAX_DAYS)) {
            throw new InvalidRequestException("'expiresInDays': give a number of days from 1 to " + MAX_DAYS
                    + ", or none for a token that lasts until it is revoked");
        }
        UserAccount account = account(viewer);
        if (tokens.countUnrevoked(account.id()) >= MAX_TOKENS) {
            throw new InvalidRequestException("A person can hold at most " + MAX_TOKENS
                    + " API tokens: revoke one before making another");
        }
        String token = ApiTokenFormat.newToken(random);
        String id = ApiTokenFormat.parse(token).orElseThrow().id();
        OffsetDateTime now = OffsetDateTime.now(clock);
        OffsetDateTime expires = expiresInDays == null ? null : now.plusDays(expiresInDays);
        tokens.insert(id, account.id(), tidy, hash.of(token), now, expires);
        audit.record(viewer, "api-token.create", target(viewer, id),
                "'" + tidy + "', " + (expires == null ? "no expiry" : "expires " + expires.toLocalDate()));
        return new ApiToken.Created(token, id, tidy, now, expires);
    }

    /** Revokes one of the viewer's tokens at once and returns its name; 404 if the viewer has no such token. */
    @Transactional
    public String revoke(SignedInUser viewer, String id) {
        UserAccount account = account(viewer);
        ApiTokenStore.Row token = tokens.find(id).filter(t -> t.userId() == account.id() && t.revokedAt() == null)
                .orElseThrow(() -> new NotFoundException("You have no API token with the id '" + id + "'"));
        tokens.revoke(id, account.id(), OffsetDateTime.now(clock));
        audit.record(viewer, "api-token.revoke", target(viewer, id), "'" + token.name() + "'");
        return token.name();
    }

    /**
     * The person a presented token signs in, or empty (audited) when it is refused. {@code from} is the caller's
     * address, for the audit log.
     */
    @Transactional
    public Optional<ApiTokenAuthentication> authenticate(String presented, String from) {
        Optional<ApiTokenFormat.Parts> parts = ApiTokenFormat.parse(presented);
        if (parts.isEmpty()) {
            return refuse(null, null, "not a Beacon token", from);
        }
        String id = parts.get().id();
        Optional<ApiTokenStore.Row> found = tokens.find(id);
        if (found.isEmpty()) {
            return refuse(null, null, "unknown token " + id, from);
        }
        ApiTokenStore.Row token = found.get();
        OffsetDateTime now = OffsetDateTime.now(clock);
        Optional<UserAccount> account = accounts.findByUsername(token.username());
        String organisation = account.map(UserAccount::organisationId).orElse(null);
        // A locked account is refused before the secret is looked at, as sign-in does: counting a failure now
        // would start the count again and end the lock early.
        if (account.isPresent() && throttle.isLocked(account.get().lockedUntil(), now)) {
            return refuse(token.username(), organisation, "token " + id + ": account locked", from);
        }
        if (!hash.matches(parts.get().token(), token.tokenHash())) {
            account.ifPresent(a -> countFailure(a, now));
            return refuse(token.username(), organisation, "token " + id + ": wrong secret", from);
        }
        if (token.revokedAt() != null) {
            return refuse(token.username(), organisation, "token " + id + ": revoked on " + token.revokedAt(), from);
        }
        if (token.expiresAt() != null && !token.expiresAt().isAfter(now)) {
            return refuse(token.username(), organisation, "token " + id + ": expired on " + token.expiresAt(), from);
        }
        if (account.isEmpty() || !account.get().enabled()) {
            return refuse(token.username(), organisation, "token " + id + ": account disabled", from);
        }
        if (token.lastUsedAt() == null || token.lastUsedAt().plus(USE_RECORDED_EVERY).isBefore(now)) {
            tokens.recordUse(id, now);
        }
        UserAccount user = account.get();
        return Optional.of(new ApiTokenAuthentication(new SignedInUser(user.username(), user.displayName(),
                user.organisationId(), user.roles(), null, false), id));
    }

    private void countFailure(UserAccount account, OffsetDateTime now) {
        SignInThrottle.Outcome outcome = throttle.afterFailure(account.failedSignIns(), now);
        accounts.recordSignInFailures(account.username(), outcome.failedSignIns(), outcome.lockedUntil());
        if (outcome.lockedUntil() != null) {
            log.warn("Account '{}' locked until {} after repeated failed sign-ins (API token)", account.username(),
                    outcome.lockedUntil());
            audit.record(account.username(), account.organisationId(), "sign-in.lock", "user/" + account.username(),
                    "locked until " + outcome.lockedUntil());
        }
    }

    private Optional<ApiTokenAuthentication> refuse(String username, String organisation, String why, String from) {
        long leftOut = refusals.take(clock.instant());
        if (leftOut >= 0) {
            audit.record(username == null ? "anonymous" : username, organisation, "api-token.failed",
                    username == null ? null : "user/" + username, why + ", from " + from
                            + (leftOut > 0 ? " (" + leftOut + " refused tokens before this were not recorded one by one)"
                            : ""));
        }
        return Optional.empty();
    }

    private UserAccount account(SignedInUser viewer) {
        if (viewer == null) {
            throw new ForbiddenException("Sign in to manage your API tokens");
        }
        return accounts.findByUsername(viewer.getUsername())
                .orElseThrow(() -> new ForbiddenException("Only people with a Beacon account can hold API tokens"));
    }

    private static String target(SignedInUser viewer, String id) {
        return "user/" + viewer.getUsername() + "/api-token/" + id;
    }

    private static String checkedName(String name) {
        String tidy = name == null ? "" : name.strip();
        if (tidy.isEmpty()) {
            throw new InvalidRequestException("'name': Enter a name for the token, such as what will use it");
        }
        if (tidy.length() > MAX_NAME_LENGTH) {
            throw new InvalidRequestException("'name': The name must be " + MAX_NAME_LENGTH + " characters or fewer");
        }
        if (tidy.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidRequestException("'name': The name must be on one line, without control characters");
        }
        return tidy;
    }
}
