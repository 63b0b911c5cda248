package uk.beacon.demand.store;

import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import uk.beacon.demand.domain.ForceClock;

/**
 * SQL for what a force's clock derives from a {@code TIMESTAMPTZ} column (its local seconds, month,
 * week and hour of the week), as plain arithmetic on seconds since the epoch with the clock's own
 * table of offsets ({@link ForceClock#offsets()}) written into the SQL as lists: the same table and
 * the same steps as {@link ForceClock} takes in Java, and many times faster over millions of rows
 * than converting each through a time-zone library. Each is null where the column is null or
 * outside the table's years (1970 to 2100).
 */
final class ClockSql {

    private static final Map<ForceClock, String> LOCAL_SECONDS = new ConcurrentHashMap<>();

    private ClockSql() {
    }

    /** The local date and time as seconds since the epoch (as if it were UTC), a BIGINT. */
    static String localSeconds(ForceClock clock, String column) {
        return LOCAL_SECONDS.computeIfAbsent(clock, ClockSql::build).replace("$t", column);
    }

    /** The local day, as days since 1 January 1970. */
    private static String localDay(ForceClock clock, String column) {
        return "(" + localSeconds(clock, column) + " // 86400)";
    }

    /** The hour of the week (0 = Monday 00:00 to 167 = Sunday 23:00), a SMALLINT. */
    static String hourOfWeek(ForceClock clock, String column) {
        String local = localSeconds(clock, column);
        // 1 January 1970 was a Thursday, day 3 counting Monday as 0.
        return "cast(((" + local + " // 86400 + 3) % 7) * 24 + (" + local + " % 86400) // 3600 as smallint)";
    }

    /** The first day of the local month, a DATE. */
    static String month(ForceClock clock, String column) {
        return "date_trunc('month', date '1970-01-01' + cast(" + localDay(clock, column) + " as integer))";
    }

    /** The local week, counted in weeks from Monday 29 December 1969 (see {@link #weekStart}). */
    static String week(ForceClock clock, String column) {
        return "((" + localDay(clock, column) + " + 3) // 7)";
    }

    /** The Monday that starts a week numbered by {@link #week}, as YYYY-MM-DD text. */
    static String weekStart(String week) {
        return "strftime(make_date(1969, 12, 29) + cast(" + week + " * 7 as integer), '%Y-%m-%d')";
    }

    private static String build(ForceClock clock) {
        ForceClock.Offsets table = clock.offsets();
        String seconds = "(epoch_us($t) // 1000000)";
        String row = "(" + seconds + " // " + ForceClock.SECONDS_PER_YEAR + " + 1)";
        String offset = "case when " + seconds + " >= " + list(table.secondChange(), row) + " then "
                + list(table.secondOffset(), row) + " when " + seconds + " >= " + list(table.firstChange(), row)
                + " then " + list(table.firstOffset(), row) + " else " + list(table.base(), row) + " end";
        return "(case when " + seconds + " >= 0 and " + seconds + " < "
                + ForceClock.YEARS * ForceClock.SECONDS_PER_YEAR + " then " + seconds + " + " + offset + " end)";
    }

    /** A list's value at the row (DuckDB counts from 1); a list of one value throughout is that value. */
    private static String list(long[] values, String row) {
        if (Arrays.stream(values).allMatch(value -> value == values[0])) {
            return Long.toString(values[0]);
        }
        return Arrays.stream(values).mapToObj(Long::toString).collect(Collectors.joining(", ", "[", "]"))
                + "[" + row + "]";
    }
}
