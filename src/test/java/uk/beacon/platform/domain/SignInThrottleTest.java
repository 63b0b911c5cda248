package uk.beacon.platform.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class SignInThrottleTest {

    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 11, 27, 12, 0, 0, 0, ZoneOffset.UTC);
    private final SignInThrottle throttle = new SignInThrottle(5, Duration.ofMinutes(15));

    @Test
    void countsFailuresBelowTheLimitWithoutLocking() {
        SignInThrottle.Outcome outcome = throttle.afterFailure(3, NOW);

        assertThat(outcome.failedSignIns()).isEqualTo(4);
        assertThat(outcome.lockedUntil()).isNull();
    }

    @Test
    void locksForTheLockDurationAtTheFifthFailure() {
        SignInThrottle.Outcome outcome = throttle.afterFailure(4, NOW);

        assertThat(outcome.lockedUntil()).isEqualTo(NOW.plusMinutes(15));
        assertThat(outcome.failedSignIns()).isZero();
    }

    @Test
    void isLockedOnlyUntilTheLockEnds() {
        OffsetDateTime until = NOW.plusMinutes(15);

        assertThat(throttle.isLocked(until, NOW)).isTrue();
        assertThat(throttle.isLocked(until, until)).isFalse();
        assertThat(throttle.isLocked(null, NOW)).isFalse();
    }

    @Test
    void refusesSettingsThatWouldNeverOrAlwaysLock() {
        assertThatThrownBy(() -> new SignInThrottle(0, Duration.ofMinutes(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SignInThrottle(5, Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    }
}
