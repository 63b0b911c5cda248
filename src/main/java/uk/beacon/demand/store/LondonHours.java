package uk.beacon.demand.store;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.StringJoiner;

/**
 * SQL for the hour of the week (0 = Monday 00:00 to 167 = Sunday 23:00) in UK local time, as plain
 * arithmetic on seconds since the epoch. UK time is UTC, or UTC+1 between the spring and autumn
 * clock changes, so each year's two changes (from Java's time-zone rules) are looked up in a list
 * instead of converting every row through a time-zone library, which is many times slower over
 * millions of rows.
 */
final class LondonHours {

    private static final int FIRST_YEAR = 1970;
    private static final int LAST_YEAR = 2100;
    /** The average Gregorian year in seconds: close enough to find a year's clock changes, which fall in March and October. */
    private static final long SECONDS_PER_YEAR = 31_556_952L;

    private static final String SQL = build();

    private LondonHours() {
    }

    /** The hour of the week in UK time of a TIMESTAMPTZ column, or null where it is null. */
    static String hourOfWeek(String column) {
        return SQL.replace("$t", column);
    }

    private static String build() {
        ZoneRules rules = ZoneId.of("Europe/London").getRules();
        StringJoiner starts = new StringJoiner(", ", "[", "]");
        StringJoiner ends = new StringJoiner(", ", "[", "]");
        for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
            Instant newYear = LocalDate.of(year, 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC);
            ZoneOffsetTransition spring = rules.nextTransition(newYear);
            ZoneOffsetTransition autumn = spring == null ? null : rules.nextTransition(spring.getInstant());
            boolean summerTime = spring != null && autumn != null
                    && spring.getInstant().isBefore(LocalDate.of(year + 1, 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC))
                    && spring.getOffsetAfter().getTotalSeconds() == 3600;
            starts.add(summerTime ? Long.toString(spring.getInstant().getEpochSecond()) : "0");
            ends.add(summerTime ? Long.toString(autumn.getInstant().getEpochSecond()) : "0");
        }
        String seconds = "(epoch_us($t) // 1000000)";
        String year = "(" + seconds + " // " + SECONDS_PER_YEAR + " + 1)";
        String local = "(" + seconds + " + case when " + seconds + " >= " + starts + "[" + year + "] and " + seconds
                + " < " + ends + "[" + year + "] then 3600 else 0 end)";
        // 1 January 1970 was a Thursday, day 3 counting Monday as 0.
        return "cast(((" + local + " // 86400 + 3) % 7) * 24 + (" + local + " % 86400) // 3600 as smallint)";
    }
}
