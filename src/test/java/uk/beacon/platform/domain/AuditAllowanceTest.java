package uk.beacon.platform.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AuditAllowanceTest {

    private static final Instant T0 = Instant.parse("2026-12-07T09:00:00Z");

    @Test
    void pastTheAllowanceEntriesAreCountedAndTheNextAllowedOneSaysHowMany() {
        AuditAllowance allowance = new AuditAllowance(2, Duration.ofMinutes(1));
        assertThat(allowance.take(T0)).isZero();
        assertThat(allowance.take(T0.plusSeconds(1))).isZero();
        assertThat(allowance.take(T0.plusSeconds(2))).isEqualTo(-1);
        assertThat(allowance.take(T0.plusSeconds(59))).isEqualTo(-1);
        assertThat(allowance.take(T0.plusSeconds(60))).isEqualTo(2);
        assertThat(allowance.take(T0.plusSeconds(61))).isZero();
        assertThat(allowance.take(T0.plusSeconds(62))).isEqualTo(-1);
    }
}
