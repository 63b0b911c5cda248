package uk.beacon.demand.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * Counts a force's incidents, officer hours and harm for a period, grouped one way. Harm is the sum
 * of the shipped harm weights of the data.police.uk crime categories (see
 * {@code demand/README.md}); other sources have no harm weight and add nothing to it.
 */
public class ProfileQuery {

    /**
     * The ways a profile can be grouped, with the SQL for each group's key, its sort order and the
     * incidents it counts (the hour of the week only counts incidents with a time).
     */
    public enum Grouping {
        WORK_TYPE("i.work_type", "incidents desc, key", ""),
        RAW_TYPE("i.raw_type", "incidents desc, key", ""),
        MONTH("strftime(i.month, '%Y-%m')", "key", ""),
        HOUR_OF_WEEK("strftime(timezone('Europe/London', timezone('UTC', i.created_at)), '%u %a %H:00')", "key",
                " and i.created_at is not null"),
        PRIORITY("coalesce(cast(i.priority as varchar), 'none')", "key", ""),
        AREA("coalesce(i.lsoa, i.beat, 'unknown')", "incidents desc, key", ""),
        /** The incidents that the hour of the week leaves out, by the source (import format) they came from. */
        UNTIMED_SOURCE("i.source", "incidents desc, key", " and i.created_at is null");

        private final String key;
        private final String order;
        private final String filter;

        Grouping(String key, String order, String filter) {
            this.key = key;
            this.order = order;
            this.filter = filter;
        }
    }

    public record Row(String key, long incidents, Double officerHours, Double harm) {
    }

    public record Result(List<Row> rows, Row totals) {
    }

    private final DemandDatabases databases;

    public ProfileQuery(DemandDatabases databases) {
        this.databases = databases;
    }

    /** The profile for the months from {@code from} to {@code to}, both included. */
    public Result profile(String forceId, YearMonth from, YearMonth to, Grouping grouping) throws SQLException {
        String select = """
                select %s as key, count(*) as incidents, sum(i.officer_minutes) / 60.0 as officer_hours,
                       sum(h.weight) as harm
                from incident i
                left join harm_weight h on i.source = 'police-uk-street' and h.raw_type_key = %s
                where i.month between ? and ?%s
                """.formatted("%s", DemandDatabases.RAW_TYPE_KEY.formatted("i.raw_type"), grouping.filter);
        try (Connection connection = databases.connect(forceId)) {
            List<Row> rows = run(connection, select.formatted(grouping.key) + " group by key order by "
                    + grouping.order, from, to);
            List<Row> totals = run(connection, select.formatted("'total'"), from, to);
            return new Result(rows, totals.isEmpty() ? new Row("total", 0, null, null) : totals.get(0));
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

    private static Double nullable(ResultSet rs, String column) throws SQLException {
        double value = rs.getDouble(column);
        return rs.wasNull() ? null : value;
    }
}
