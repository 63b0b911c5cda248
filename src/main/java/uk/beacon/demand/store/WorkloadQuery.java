package uk.beacon.demand.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * A force's incidents counted by work type, priority and hour of the week, with the officer time
 * and units recorded, for capacity planning. Incidents without a time of day are counted by work
 * type and priority only.
 */
public class WorkloadQuery {

    /**
     * One group. {@code hourOfWeek} is null for the incidents without a time of day (0 is Monday
     * 00:00). Officer minutes and units are summed over the incidents that record them.
     */
    public record Row(String workType, Integer priority, Integer hourOfWeek, long incidents, long withOfficerMinutes,
            double officerMinutes, long withUnits, double units) {
    }

    /** The months with incidents, first and last; null when there are none. */
    public record Span(YearMonth first, YearMonth last) {
    }

    private final DemandDatabases databases;

    public WorkloadQuery(DemandDatabases databases) {
        this.databases = databases;
    }

    public List<Row> rows(String forceId, YearMonth from, YearMonth to) {
        return SqlFailures.unchecked("demand workload", () -> rowsSql(forceId, from, to));
    }

    private List<Row> rowsSql(String forceId, YearMonth from, YearMonth to) throws SQLException {
        try (Connection connection = databases.connect(forceId); PreparedStatement statement =
                connection.prepareStatement("""
                        select work_type, priority, hour_of_week, count(*),
                               count(officer_minutes), coalesce(sum(officer_minutes), 0),
                               count(*) filter (where units > 0), coalesce(sum(units) filter (where units > 0), 0)
                        from incident
                        where month between ? and ?
                        group by work_type, priority, hour_of_week
                        order by work_type, priority, hour_of_week""")) {
            statement.setObject(1, from.atDay(1));
            statement.setObject(2, to.atDay(1));
            List<Row> rows = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Row(rs.getString(1), (Integer) rs.getObject(2, Integer.class),
                            rs.getObject(3) == null ? null : rs.getInt(3), rs.getLong(4), rs.getLong(5),
                            rs.getDouble(6), rs.getLong(7), rs.getDouble(8)));
                }
            }
            return rows;
        }
    }

    public Span span(String forceId) {
        return SqlFailures.unchecked("demand span", () -> spanSql(forceId));
    }

    private Span spanSql(String forceId) throws SQLException {
        try (Connection connection = databases.connect(forceId); PreparedStatement statement =
                connection.prepareStatement("select min(month), max(month) from incident");
                ResultSet rs = statement.executeQuery()) {
            rs.next();
            java.sql.Date first = rs.getDate(1);
            java.sql.Date last = rs.getDate(2);
            return first == null ? null : new Span(YearMonth.from(first.toLocalDate()), YearMonth.from(last.toLocalDate()));
        }
    }
}
