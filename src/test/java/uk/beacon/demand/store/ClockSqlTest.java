package uk.beacon.demand.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.beacon.demand.domain.ForceClock;

/** DuckDB works out a clock's month, week and hour of the week exactly as the clock does in Java. */
class ClockSqlTest {

    @Test
    void givesWhatTheClockGivesInJavaAroundEveryChangeAndEveryQuarterHourOfTwoYears() throws Exception {
        for (String zone : List.of("Europe/London", "America/Chicago", "Australia/Lord_Howe", "Asia/Kathmandu")) {
            ForceClock clock = ForceClock.in(ZoneId.of(zone));
            List<Instant> instants = new ArrayList<>(changes(ZoneId.of(zone)));
            for (long second = Instant.parse("2024-01-01T00:00:00Z").getEpochSecond();
                    second < Instant.parse("2026-01-01T00:00:00Z").getEpochSecond(); second += 900) {
                instants.add(Instant.ofEpochSecond(second));
            }
            assertAgree(clock, instants);
        }
    }

    @Test
    void givesNothingOutsideTheTablesYearsOrForNoTime() throws Exception {
        try (Connection connection = DemandDatabases.scratch(); Statement sql = connection.createStatement();
                ResultSet rs = sql.executeQuery("select " + ClockSql.hourOfWeek(ForceClock.UK, "t") + ", "
                        + ClockSql.month(ForceClock.UK, "t") + " from (values (timestamptz '2101-06-01 00:00:00+00'), "
                        + "(timestamptz '1969-06-01 00:00:00+00'), (cast(null as timestamptz))) v(t)")) {
            while (rs.next()) {
                assertThat(rs.getObject(1)).isNull();
                assertThat(rs.getObject(2)).isNull();
            }
        }
    }

    private static void assertAgree(ForceClock clock, List<Instant> instants) throws Exception {
        try (Connection connection = DemandDatabases.scratch()) {
            try (Statement sql = connection.createStatement()) {
                sql.execute("create table instants (s bigint)");
            }
            try (var appender = connection.unwrap(org.duckdb.DuckDBConnection.class)
                    .createAppender("main", "instants")) {
                for (Instant instant : instants) {
                    appender.beginRow().append(instant.getEpochSecond()).endRow();
                }
            }
            String t = "to_timestamp(s)";
            try (PreparedStatement query = connection.prepareStatement("select s, " + ClockSql.hourOfWeek(clock, t)
                    + ", cast(" + ClockSql.month(clock, t) + " as date), "
                    + ClockSql.weekStart(ClockSql.week(clock, t)) + ", " + ClockSql.localSeconds(clock, t)
                    + " from instants order by s"); ResultSet rs = query.executeQuery()) {
                int rows = 0;
                while (rs.next()) {
                    Instant instant = Instant.ofEpochSecond(rs.getLong(1));
                    String as = instant + " in " + clock;
                    assertThat(rs.getLong(5)).as(as).isEqualTo(clock.localSecond(instant.getEpochSecond()));
                    assertThat(rs.getInt(2)).as(as).isEqualTo(clock.hourOfWeek(instant));
                    assertThat(rs.getObject(3, LocalDate.class)).as(as).isEqualTo(clock.month(instant).atDay(1));
                    assertThat(rs.getString(4)).as(as).isEqualTo(clock.weekStart(instant).toString());
                    rows++;
                }
                assertThat(rows).isEqualTo(instants.size());
            }
        }
    }

    private static List<Instant> changes(ZoneId zone) {
        List<Instant> instants = new ArrayList<>();
        var change = zone.getRules().nextTransition(Instant.EPOCH);
        while (change != null && change.getInstant().isBefore(Instant.parse("2101-01-01T00:00:00Z"))) {
            instants.add(change.getInstant().minusSeconds(1));
            instants.add(change.getInstant());
            change = zone.getRules().nextTransition(change.getInstant());
        }
        return instants;
    }
}
