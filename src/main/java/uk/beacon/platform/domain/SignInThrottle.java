package uk.beacon.platform.domain;

import java.time.Duration;
import java.time.OffsetDateTime;

/**
 * Locks an account for a while after repeated failed sign-ins, which slows password guessing
 * (NCSC password guidance recommends throttling or lock-out over complexity rules).
 */
public record SignInThrottle(int allowedFailures, Duration lockDuration) {

    public SignInThrottle {
        if (allowedFailures < 1) {
            throw new IllegalArgumentException("allowedFailures must be at least 1");
        }
        if (lockDuration.isNegative() || lockDuration.isZero()) {
            throw new IllegalArgumentException("lockDuration must be positive");
        }
    }

    /** Whether an account with this lock is locked at {@code now}. */
    public boolean isLocked(OffsetDateTime lockedUntil, OffsetDateTime now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    /**
     * The state after one more failed sign-in: the count goes up, and when it reaches the allowed
     * number the account is locked until {@code now + lockDuration} and the count starts again.
     */
    public Outcome afterFailure(int failuresSoFar, OffsetDateTime now) {
        int failures = failuresSoFar + 1;
        if (failures >= allowedFailures) {
            return new Outcome(0, now.plus(lockDuration));
        }
        return new Outcome(failures, null);
    }

    /** Failed sign-ins counted so far and, when locked, the end of the lock. */
    public record Outcome(int failedSignIns, OffsetDateTime lockedUntil) {
    }
}
