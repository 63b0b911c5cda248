package uk.beacon.demand.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import uk.beacon.demand.domain.ForceClock;
import uk.beacon.demand.domain.profile.Profile.Area;
import uk.beacon.demand.domain.profile.Profile.ResponseTimes;
import uk.beacon.demand.domain.profile.Profile.Row;
import uk.beacon.demand.domain.profile.Profile.Totals;
import uk.beacon.demand.domain.profile.Profile;
import uk.beacon.demand.domain.profile.ProfileGrouping;

/**
 * Counts a force's incidents, officer hours and harm for a period, grouped one way. Harm is the sum
 * of each incident's harm weight, set at import from the shipped Cambridge Crime Harm Index weights
 * of the data.police.uk crime categories (see {@code demand/README.md}); other sources have none.
 */
public class ProfileQuery {

    /**
     * How each grouping is written in SQL: the value each incident is grouped by, how a group's value is written
     * as its key (done once per group, not per incident), the sort order, and the incidents counted (the hour of
     * the week only counts incidents with a time).
     */
    private record Sql(String value, String key, String order, String filter) {

        static Sql of(ProfileGrouping grouping, ForceClock clock) {
            return switch (grouping) {
                case WORK_TYPE -> new Sql("i.work_type", "g", "incidents desc, key", "");
                case RAW_TYPE -> new Sql("i.raw_type", "g", "incidents desc, key", "");
                case MONTH -> new Sql("i.month", "strftime(g, '%Y-%m')", "key", "");
                // Weeks from Monday on the force's clock; the hour of the week is there for just the same
                // incidents (those with a time in the clock's years).
                case WEEK -> new Sql(ClockSql.week(clock, "i.created_at"), ClockSql.weekStart("g"), "key",
                        " and i.hour_of_week is not null");
                case HOUR_OF_WEEK -> new Sql("i.hour_of_week", "cast(g // 24 + 1 as varchar) || ' ' || "
                        + "['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'][g // 24 + 1] || ' ' || "
                        + "lpad(cast(g % 24 as varchar), 2, '0') || ':00'", "key", " and i.hour_of_week is not null");
                case PRIORITY -> new Sql("i.priority", "coalesce(cast(g as varchar), 'none')", "key", "");
                case AREA -> new Sql("coalesce(i.lsoa, i.beat)", "coalesce(g, 'unknown')", "incidents desc, key", "");
                case UNTIMED_SOURCE -> new Sql("i.source", "g", "incidents desc, key", " and i.hour_of_week is null");
            };
        }
    }

    private final DemandDatabases databases;

    public ProfileQuery(DemandDatabases databases) {
        this.databases = databases;
    }

    /** The profile for the months from {@code from} to {@code to}, both included. */
    public Profile profile(String forceId, YearMonth from, YearMonth to, ProfileGrouping grouping) {
        return SqlFailures.unchecked("demand profile",
                () -> profileSql(forceId, from, to, Sql.of(grouping, ForceClock.of(forceId))));
    }

    private Profile profileSql(String forceId, YearMonth from, YearMonth to, Sql grouping) throws SQLException {
        String sql = """
                select %s as key, incidents, officer_hours, harm
                from (select %s as g, count(*) as incidents, sum(i.officer_minutes) / 60.0 as officer_hours,
                             sum(i.harm) as harm
                      from incident i
                      where i.month between ? and ?%s
                      group by g)
                order by %s""".formatted(grouping.key(), grouping.value(), grouping.filter(), grouping.order());
        try (Connection connection = databases.connect(forceId)) {
            return new Profile(run(connection, sql, from, to), totals(connection, from, to));
        }
    }

    private static Totals totals(Connection connection, YearMonth from, YearMonth to) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("""
                select count(*), sum(officer_minutes) / 60.0, sum(harm), count(*) filter (where crime),
                       count(*) filter (where hour_of_week is not null)
                from incident where month between ? and ?""")) {
            statement.setObject(1, from.atDay(1));
            statement.setObject(2, to.atDay(1));
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                long incidents = rs.getLong(1);
                long crimes = rs.getLong(4);
                return new Totals(incidents, nullable(rs, 2), nullable(rs, 3), crimes,
                        incidents == 0 ? null : (incidents - crimes) / (double) incidents, rs.getLong(5));
            }
        }
    }

    public List<Area> areas(String forceId, YearMonth from, YearMonth to) {
        return SqlFailures.unchecked("demand areas", () -> areasSql(forceId, from, to));
    }

    private List<Area> areasSql(String forceId, YearMonth from, YearMonth to) throws SQLException {
        try (Connection connection = databases.connect(forceId); PreparedStatement statement =
                connection.prepareStatement("""
                        select coalesce(lsoa, beat) as area, avg(latitude), avg(longitude), count(*),
                               sum(officer_minutes) / 60.0, sum(harm)
                        from incident
                        where month between ? and ? and coalesce(lsoa, beat) is not null
                          and latitude is not null and longitude is not null
                        group by area order by 4 desc, area""")) {
            statement.setObject(1, from.atDay(1));
            statement.setObject(2, to.atDay(1));
            List<Area> areas = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    areas.add(new Area(rs.getString(1), rs.getDouble(2), rs.getDouble(3), rs.getLong(4),
                            nullable(rs, 5), nullable(rs, 6)));
                }
            }
            return areas;
        }
    }

    /**
     * Median and 90th percentile minutes from creation to first arrival, by priority, and the share
     * attended within each priority's target where one is given.
     */
    public List<ResponseTimes> responseTimes(String forceId, YearMonth from, YearMonth to,
            Map<String, Double> targetMinutes) {
        return SqlFailures.unchecked("demand response times", () -> responseTimesSql(forceId, from, to, targetMinutes));
    }

    private List<ResponseTimes> responseTimesSql(String forceId, YearMonth from, YearMonth to,
            Map<String, Double> targetMinutes) throws SQLException {
        try (Connection connection = databases.connect(forceId); PreparedStatement statement =
                connection.prepareStatement("""
                        with timed as (
                            select coalesce(cast(priority as varchar), 'none') as priority,
                                   date_diff('second', created_at, first_arrival_at) / 60.0 as minutes
                            from incident where month between ? and ?)
                        select priority, count(*), count(minutes), median(minutes), quantile_cont(minutes, 0.9)
                        from timed group by priority order by priority""")) {
            statement.setObject(1, from.atDay(1));
            statement.setObject(2, to.atDay(1));
            List<ResponseTimes> rows = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    String priority = rs.getString(1);
                    long attended = rs.getLong(3);
                    Double target = targetMinutes.get(priority);
                    Double within = null;
                    if (target != null && attended > 0) {
                        within = shareWithin(connection, from, to, priority, target);
                    }
                    rows.add(new ResponseTimes(priority, rs.getLong(2), attended, nullable(rs, 4), nullable(rs, 5),
                            target, within));
                }
            }
            return rows;
        }
    }

    private static Double shareWithin(Connection connection, YearMonth from, YearMonth to, String priority,
            double target) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("""
                select avg(case when date_diff('second', created_at, first_arrival_at) <= ? * 60 then 1.0 else 0.0 end)
                from incident
                where month between ? and ? and first_arrival_at is not null and created_at is not null
                  and coalesce(cast(priority as varchar), 'none') = ?""")) {
            statement.setDouble(1, target);
            statement.setObject(2, from.atDay(1));
            statement.setObject(3, to.atDay(1));
            statement.setString(4, priority);
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return nullable(rs, 1);
            }
        }
    }

    private static List<Row> run(Connection connection, String sql, YearMonth from, YearMonth to)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, from.atDay(1));
            statement.setObject(2, to.atDay(1));
            try (ResultSet rs = statement.executeQuery()) {
                List<Row> rows = new ArrayList<>();
                while (rs.next()) {
                    rows.add(new Row(rs.getString("key"), rs.getLong("incidents"), nullable(rs, "officer_hours"),
                            nullable(rs, "harm")));
                }
                return rows;
            }
        }
    }

    private static Double nullable(ResultSet rs, int column) throws SQLException {
        double value = rs.getDouble(column);
        return rs.wasNull() ? null : value;
    }

    private static Double nullable(ResultSet rs, String column) throws SQLException {
        double value = rs.getDouble(column);
        return rs.wasNull() ? null : value;
    }
}
