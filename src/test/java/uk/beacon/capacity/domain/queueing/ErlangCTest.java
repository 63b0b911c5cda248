package uk.beacon.capacity.domain.queueing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ErlangCTest {

    private static final MathContext PRECISION = new MathContext(40);

    @Test
    void givesTheTextbookFiguresForTenErlangsOnFourteenAgents() {
        double traffic = ErlangC.traffic(100, 1800, 180);
        ErlangC.Result result = ErlangC.evaluate(14, traffic, 180, 20);

        assertThat(traffic).isEqualTo(10.0);
        assertThat(result.probabilityOfWaiting()).isCloseTo(0.1741319, within(5e-8));
        assertThat(result.serviceLevel()).isCloseTo(0.88835, within(5e-6));
        assertThat(result.averageSpeedOfAnswerSeconds()).isCloseTo(7.836, within(5e-4));
        assertThat(result.occupancy()).isCloseTo(10.0 / 14, within(1e-12));
    }

    @Test
    void returnsFewestAgentsMeetingTarget() {
        ErlangC.Result fewest = ErlangC.fewestServers(10, 180, 20, 0.8);

        assertThat(fewest.servers()).isEqualTo(14);
        assertThat(ErlangC.evaluate(13, 10, 180, 20).serviceLevel()).isCloseTo(0.7956, within(5e-5));
    }

    @Test
    void saysAQueueWithNoMoreAgentsThanTrafficIsUnstableWithoutNaN() {
        ErlangC.Result result = ErlangC.evaluate(10, 10, 180, 20);

        assertThat(result.stable()).isFalse();
        assertThat(result.probabilityOfWaiting()).isEqualTo(1.0);
        assertThat(result.serviceLevel()).isZero();
        assertThat(result.averageSpeedOfAnswerSeconds()).isNull();
        assertThat(result.occupancy()).isEqualTo(1.0);
    }

    @Test
    void agreesWithAnIndependentFactorialSumOverManyRandomCasesUpToHundredsOfErlangs() {
        SplittableRandom random = new SplittableRandom(20261127L);
        for (int i = 0; i < 150; i++) {
            double traffic = i < 50 ? random.nextDouble(0.05, 20) : random.nextDouble(20, 600);
            int servers = (int) Math.floor(traffic) + 1 + random.nextInt(0, 40);
            double expected = factorialSumProbabilityOfWaiting(servers, traffic);

            double actual = ErlangC.probabilityOfWaiting(servers, traffic);

            assertThat(actual).as("A=%s N=%s", traffic, servers).isCloseTo(expected, within(1e-10));
            double h = random.nextDouble(30, 900);
            double t = random.nextDouble(0, 120);
            double expectedLevel = 1 - expected * Math.exp(-(servers - traffic) * t / h);
            assertThat(ErlangC.evaluate(servers, traffic, h, t).serviceLevel()).isCloseTo(expectedLevel, within(1e-9));
        }
    }

    @Test
    void handlesThousandsOfServersWithoutOverflow() {
        ErlangC.Result result = ErlangC.fewestServers(2500, 300, 10, 0.9);

        assertThat(result.servers()).isBetween(2501, 2700);
        assertThat(result.serviceLevel()).isBetween(0.9, 1.0);
        assertThat(ErlangC.evaluate(result.servers() - 1, 2500, 300, 10).serviceLevel()).isLessThan(0.9);
    }

    @Test
    void fewestIsTheFirstNumberMeetingTheTargetInRandomCases() {
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 200; i++) {
            double traffic = random.nextDouble(0.1, 400);
            double h = random.nextDouble(60, 600);
            double t = random.nextDouble(1, 60);
            double share = random.nextDouble(0.5, 0.99);

            ErlangC.Result fewest = ErlangC.fewestServers(traffic, h, t, share);

            assertThat(fewest.serviceLevel()).isGreaterThanOrEqualTo(share);
            int below = fewest.servers() - 1;
            assertThat(below <= traffic || ErlangC.evaluate(below, traffic, h, t).serviceLevel() < share).isTrue();
        }
    }

    @Test
    void attendanceOfOneClassIsTheServiceLevelWithTheTravelTakenOffTheTarget() {
        ErlangC.Attendance attendance = ErlangC.attendance(14, 10, 10, 180, 25, 5);

        assertThat(attendance.shareWithinTarget()).isCloseTo(0.88835, within(5e-6));
    }

    @Test
    void urgentIncidentsServedFirstWaitLessThanEveryoneFirstComeFirstServed() {
        double everyone = ErlangC.attendance(12, 10, 10, 1800, 900, 480).shareWithinTarget();
        double urgentFirst = ErlangC.attendance(12, 10, 2, 1800, 900, 480).shareWithinTarget();

        assertThat(urgentFirst).isGreaterThan(everyone);
        double wait = ErlangC.probabilityOfWaiting(12, 10);
        assertThat(urgentFirst).isCloseTo(1 - wait * Math.exp(-(12 - 2) * 420.0 / 1800), within(1e-12));
    }

    @Test
    void aTargetShorterThanTheTravelIsNeverReached() {
        assertThat(ErlangC.attendance(50, 10, 10, 1800, 300, 480).shareWithinTarget()).isZero();
        assertThat(ErlangC.fewestServersForAttendance(10, 10, 1800, 300, 480, 0.9)).isNull();
    }

    @Test
    void noTrafficNeedsNoServer() {
        assertThat(ErlangC.fewestServers(0, 180, 20, 0.8).servers()).isZero();
    }

    /**
     * C(N, A) from the textbook sum {@code (A^N/N! · N/(N−A)) / (Σ_{k<N} A^k/k! + A^N/N! · N/(N−A))} in
     * 40-digit decimal arithmetic, written apart from the code under test. Each term A^k/k! is the one
     * before times A/k.
     */
    private static double factorialSumProbabilityOfWaiting(int servers, double trafficValue) {
        BigDecimal traffic = new BigDecimal(trafficValue);
        BigDecimal term = BigDecimal.ONE;
        BigDecimal sum = BigDecimal.ZERO;
        for (int k = 0; k < servers; k++) {
            sum = sum.add(term);
            term = term.multiply(traffic, PRECISION).divide(BigDecimal.valueOf(k + 1), PRECISION);
        }
        BigDecimal last = term.multiply(BigDecimal.valueOf(servers))
                .divide(BigDecimal.valueOf(servers).subtract(traffic), PRECISION);
        return last.divide(sum.add(last), PRECISION).doubleValue();
    }
}
