package uk.beacon.demand.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.time.zone.ZoneOffsetTransition;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A force's clock gives what java.time gives in its zone, for every instant Beacon may hold. */
class ForceClockTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Test
    void everyForceKeepsUkTime() {
        assertThat(ForceClock.of("metropolitan").zone()).isEqualTo(LONDON);
        assertThat(ForceClock.of("dyfed-powys")).isSameAs(ForceClock.UK);
        assertThat(ForceClock.in(LONDON)).isSameAs(ForceClock.UK);
        assertThat(ForceClock.UK.description()).isEqualTo("UK time (Europe/London)");
    }

    @Test
    void knowsTheUkClockChangesOnTheLastSundaysOfMarchAndOctober() {
        ForceClock uk = ForceClock.UK;
        // 31 March 2024: 00:59:59 GMT, then 02:00 BST.
        assertThat(uk.hourOfWeek(Instant.parse("2024-03-31T00:59:59Z"))).isEqualTo(6 * 24);
        assertThat(uk.hourOfWeek(Instant.parse("2024-03-31T01:00:00Z"))).isEqualTo(6 * 24 + 2);
        // 27 October 2024: 01:59:59 BST, then 01:00 GMT again.
        assertThat(uk.hourOfWeek(Instant.parse("2024-10-27T00:59:59Z"))).isEqualTo(6 * 24 + 1);
        assertThat(uk.hourOfWeek(Instant.parse("2024-10-27T01:00:00Z"))).isEqualTo(6 * 24 + 1);
        // 23:30 UTC on 30 April is 00:30 on 1 May in summer; on 31 January it is still January.
        assertThat(uk.month(Instant.parse("2024-04-30T23:30:00Z"))).isEqualTo(YearMonth.of(2024, 5));
        assertThat(uk.month(Instant.parse("2024-01-31T23:30:00Z"))).isEqualTo(YearMonth.of(2024, 1));
        // 23:30 UTC on Sunday 7 July is 00:30 on Monday 8 July: the next week.
        assertThat(uk.weekStart(Instant.parse("2024-07-07T23:30:00Z"))).isEqualTo(LocalDate.of(2024, 7, 8));
        assertThat(uk.weekStart(Instant.parse("2024-01-07T23:30:00Z"))).isEqualTo(LocalDate.of(2024, 1, 1));
        assertThat(uk.startOf(YearMonth.of(2024, 7))).isEqualTo(Instant.parse("2024-06-30T23:00:00Z"));
    }

    @Test
    void showsATimeWithItsZoneNamed() {
        assertThat(ForceClock.UK.shown(Instant.parse("2024-03-31T01:30:00Z")))
                .isEqualTo("2024-03-31 02:30:00 BST (Europe/London)");
        assertThat(ForceClock.UK.shown(Instant.parse("2018-01-09T15:26:00Z")))
                .isEqualTo("2018-01-09 15:26:00 GMT (Europe/London)");
    }

    @Test
    void agreesWithJavaTimeAtEveryClockChangeFrom1970To2100() {
        for (String zone : List.of("Europe/London", "America/Chicago", "Australia/Lord_Howe", "Asia/Kathmandu",
                "UTC")) {
            ForceClock clock = ForceClock.in(ZoneId.of(zone));
            for (Instant instant : aroundEveryChange(ZoneId.of(zone))) {
                assertSame(clock, instant);
            }
        }
    }

    @Test
    void agreesWithJavaTimeEveryQuarterHourOfTwoYears() {
        for (String zone : List.of("Europe/London", "America/Chicago")) {
            ForceClock clock = ForceClock.in(ZoneId.of(zone));
            for (Instant instant = Instant.parse("2024-01-01T00:00:00Z");
                    instant.isBefore(Instant.parse("2026-01-01T00:00:00Z")); instant = instant.plusSeconds(900)) {
                assertSame(clock, instant);
            }
        }
    }

    @Test
    void agreesWithJavaTimeOutsideItsTable() {
        for (String text : List.of("1969-07-20T20:17:40Z", "2101-06-01T12:00:00Z", "2150-07-01T23:30:00Z")) {
            assertSame(ForceClock.UK, Instant.parse(text));
        }
    }

    /** The independent computation: the instant in the zone, by java.time. */
    private static void assertSame(ForceClock clock, Instant instant) {
        ZonedDateTime local = instant.atZone(clock.zone());
        assertThat(clock.local(instant)).as("%s in %s", instant, clock).isEqualTo(local.toLocalDateTime());
        assertThat(clock.month(instant)).as("%s in %s", instant, clock).isEqualTo(YearMonth.from(local));
        assertThat(clock.hourOfWeek(instant)).as("%s in %s", instant, clock)
                .isEqualTo((local.getDayOfWeek().getValue() - 1) * 24 + local.getHour());
        assertThat(clock.weekStart(instant)).as("%s in %s", instant, clock)
                .isEqualTo(local.toLocalDate().with(TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY)));
    }

    /** Each change of the zone's offset from 1970 to 2100, a second before, at, and a second after. */
    static List<Instant> aroundEveryChange(ZoneId zone) {
        List<Instant> instants = new ArrayList<>();
        Instant end = Instant.parse("2101-01-01T00:00:00Z");
        ZoneOffsetTransition change = zone.getRules().nextTransition(Instant.EPOCH);
        while (change != null && change.getInstant().isBefore(end)) {
            instants.add(change.getInstant().minusSeconds(1));
            instants.add(change.getInstant());
            instants.add(change.getInstant().plusSeconds(1));
            change = zone.getRules().nextTransition(change.getInstant());
        }
        instants.add(Instant.EPOCH);
        instants.add(Instant.parse("2100-12-31T23:59:59Z"));
        return instants;
    }
}
