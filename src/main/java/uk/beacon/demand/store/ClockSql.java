package uk.beacon.demand.store;

import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import uk.beacon.demand.domain.ForceClock;

/**
 * SQL for what a force's clock derives from a {@code TIMESTAMPTZ} column, as plain arithmetic on
 * seconds since the epoch, many times faster over millions of rows than converting each through a
 * time-zone library.
 *
 * <p>The hour of the week is the one conversion: the instant plus its offset, looked up in the
 * clock's own table ({@link ForceClock#offsets()}) written into the SQL as lists, the same table and
 * the same steps as {@link ForceClock} takes in Java. It is stored with each incident. The local day,
 * month and week then follow from the UTC day and that hour of the week alone, with no second look-up:
 * a zone is less than a day from UTC, so the local day is the UTC day, the day before or the day
 * after, whichever has the local weekday. Each is null where the instant is null or outside the
 * table's years (1970 to 2100).
 */
final class ClockSql {

    private static final Map<ForceClock, String> HOUR_OF_WEEK = new ConcurrentHashMap<>();

    private ClockSql() {
    }

    /** The hour of the week (0 = Monday 00:00 to 167 = Sunday 23:00) on the clock, a SMALLINT. */
    static String hourOfWeek(ForceClock clock, String instant) {
        return HOUR_OF_WEEK.computeIfAbsent(clock, ClockSql::hourOfWeek).replace("$t", instant);
    }

    /** The local day, as days since 1 January 1970, of an instant and its hour of the week. */
    static String localDay(String instant, String hourOfWeek) {
        String utcDay = "(epoch_us(" + instant + ") // 86400000000)";
        // Weekdays count Monday as 0; 1 January 1970 was a Thursday (3). The local weekday less the UTC
        // one, plus 8, modulo 7, is 0 (the local day is the day before), 1 (the same day) or 2 (the day
        // after). The sum lies between 2 and 14, never below 0, where DuckDB's % rounds towards zero.
        String utcWeekday = "((" + utcDay + " + 3) % 7)";
        return "(" + utcDay + " + (" + hourOfWeek + " // 24 - " + utcWeekday + " + 8) % 7 - 1)";
    }

    /** The first day of the local month of an instant and its hour of the week, a DATE. */
    static String month(String instant, String hourOfWeek) {
        return "cast(date_trunc('month', date '1970-01-01' + cast(" + localDay(instant, hourOfWeek)
                + " as integer)) as date)";
    }

    /** The Monday that starts the local week of an instant and its hour of the week, as days since 1970. */
    static String weekStart(String instant, String hourOfWeek) {
        return "(" + localDay(instant, hourOfWeek) + " - " + hourOfWeek + " // 24)";
    }

    /** A day given as days since 1970, as YYYY-MM-DD text. */
    static String dayText(String day) {
        return "strftime(date '1970-01-01' + cast(" + day + " as integer), '%Y-%m-%d')";
    }

    private static String hourOfWeek(ForceClock clock) {
        ForceClock.Offsets table = clock.offsets();
        String seconds = "(epoch_us($t) // 1000000)";
        String row = "(" + seconds + " // " + ForceClock.SECONDS_PER_YEAR + " + 1)";
        String offset = "case when " + seconds + " >= " + list(table.secondChange(), row) + " then "
                + list(table.secondOffset(), row) + " when " + seconds + " >= " + list(table.firstChange(), row)
                + " then " + list(table.firstOffset(), row) + " else " + list(table.base(), row) + " end";
        // Hours since the epoch, local; hour 0 was Thursday 00:00, the 72nd hour of its week.
        return "cast(case when " + seconds + " between 0 and " + (ForceClock.YEARS * ForceClock.SECONDS_PER_YEAR - 1)
                + " then ((" + seconds + " + " + offset + ") // 3600 + 72) % 168 end as smallint)";
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
