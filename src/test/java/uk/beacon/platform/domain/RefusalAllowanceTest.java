package uk.beacon.platform.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import uk.beacon.platform.domain.RefusalAllowance.Decision;

class RefusalAllowanceTest {

    private static final Instant T0 = Instant.parse("2026-12-08T09:00:00Z");

    @Test
    void pastACallersAllowanceRefusalsAreCountedAndTheirNextRecordedOneSaysHowMany() {
        RefusalAllowance allowance = new RefusalAllowance(2, 100, Duration.ofMinutes(1), 10);

        assertThat(allowance.take("mallory", T0)).isEqualTo(new Decision(true, 0, false));
        assertThat(allowance.take("mallory", T0.plusSeconds(1))).isEqualTo(new Decision(true, 0, false));
        assertThat(allowance.take("mallory", T0.plusSeconds(2))).isEqualTo(new Decision(false, 0, true));
        assertThat(allowance.take("mallory", T0.plusSeconds(59))).isEqualTo(new Decision(false, 0, false));
        assertThat(allowance.take("mallory", T0.plusSeconds(60))).isEqualTo(new Decision(true, 2, false));
        assertThat(allowance.take("mallory", T0.plusSeconds(61))).isEqualTo(new Decision(true, 0, false));
        assertThat(allowance.take("mallory", T0.plusSeconds(62))).isEqualTo(new Decision(false, 0, true));
    }

    @Test
    void oneCallersFloodLeavesOthersTheirOwnAllowance() {
        RefusalAllowance allowance = new RefusalAllowance(2, 100, Duration.ofMinutes(1), 10);
        for (int i = 0; i < 1000; i++) {
            allowance.take("mallory", T0);
        }

        assertThat(allowance.take("alice", T0).record()).isTrue();
    }

    @Test
    void everyoneTogetherHasAnAllowanceToo() {
        RefusalAllowance allowance = new RefusalAllowance(2, 5, Duration.ofMinutes(1), 1000);
        long recorded = 0;
        for (int i = 0; i < 100; i++) {
            recorded += allowance.take("address " + i, T0).record() ? 1 : 0;
        }

        assertThat(recorded).isEqualTo(5);
        assertThat(allowance.take("address 100", T0.plusSeconds(60)).record()).isTrue();
    }

    @Test
    void onlyTheMostRecentCallersAreRemembered() {
        RefusalAllowance allowance = new RefusalAllowance(1, 1000, Duration.ofMinutes(1), 3);
        allowance.take("a", T0);
        for (String other : new String[] {"b", "c", "d"}) {
            allowance.take(other, T0);
        }

        assertThat(allowance.take("a", T0).record()).as("a was forgotten, so starts again").isTrue();
        assertThat(allowance.take("d", T0).record()).isFalse();
    }
}
