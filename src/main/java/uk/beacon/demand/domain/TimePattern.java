package uk.beacon.demand.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * How a file writes its dates and times: {@code ISO} for ISO 8601 (with or without an offset),
 * {@code EXCEL} for Excel's serial days, or a {@link DateTimeFormatter} pattern such as
 * {@code dd/MM/yyyy HH:mm}. Patterns are read in English (AM and PM, month names) whatever the
 * machine's language, and without regard to capitals.
 */
public final class TimePattern {

    public static final String ISO = "ISO";
    public static final String EXCEL = "EXCEL";

    /** Excel's day 0; its days count from here for every date after February 1900. */
    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);
    /** 31 December 9999, the last day Excel writes. */
    private static final long EXCEL_LAST_DAY = 2_958_465;
    private static final BigDecimal SECONDS_PER_DAY = BigDecimal.valueOf(86_400);
    /** Excel's days for 1 January 1970 and 1 January 2100: a number outside them is not a time of a call. */
    private static final BigDecimal EXCEL_PLAUSIBLE_FROM = BigDecimal.valueOf(25_569);
    private static final BigDecimal EXCEL_PLAUSIBLE_TO = BigDecimal.valueOf(73_051);

    /** The patterns the mapping builder offers, in the order a suggestion prefers them when several read a file. */
    private static final List<TimePattern> COMMON = List.of(
            new TimePattern(ISO, "ISO 8601, such as 2021-01-31T09:30:00, with or without an offset such as Z or "
                    + "+01:00"),
            new TimePattern("yyyy-MM-dd HH:mm:ss", "Year first with a space, 24-hour clock, with seconds"),
            new TimePattern("yyyy-MM-dd HH:mm", "Year first with a space, 24-hour clock"),
            new TimePattern("dd/MM/yyyy HH:mm:ss", "Day first (UK), 24-hour clock, with seconds"),
            new TimePattern("dd/MM/yyyy HH:mm", "Day first (UK), 24-hour clock"),
            new TimePattern("d/M/yyyy H:mm", "Day first (UK), 24-hour clock, without leading zeros"),
            new TimePattern("MM/dd/yyyy h:mm:ss a", "Month first (US), 12-hour clock with AM or PM, with seconds"),
            new TimePattern("MM/dd/yyyy h:mm a", "Month first (US), 12-hour clock with AM or PM"),
            new TimePattern("M/d/yyyy h:mm:ss a", "Month first (US), 12-hour clock with AM or PM, with seconds, "
                    + "without leading zeros"),
            new TimePattern("M/d/yyyy h:mm a", "Month first (US), 12-hour clock with AM or PM, without leading "
                    + "zeros"),
            new TimePattern("MM/dd/yyyy HH:mm", "Month first (US), 24-hour clock"),
            new TimePattern(EXCEL, "Excel serial days, such as 44227.39583 for 31 January 2021 09:30"));

    private final String pattern;
    private final String label;
    private final DateTimeFormatter formatter;

    private TimePattern(String pattern, String label) {
        this.pattern = pattern;
        this.label = label;
        this.formatter = switch (pattern) {
            case ISO -> DateTimeFormatter.ISO_DATE_TIME;
            case EXCEL -> null;
            default -> new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern)
                    .toFormatter(Locale.ENGLISH);
        };
    }

    /**
     * The pattern with this name; {@code null} or blank is ISO.
     *
     * @throws IllegalArgumentException when the text is neither ISO, EXCEL nor a valid pattern
     */
    public static TimePattern of(String pattern) {
        if (pattern == null || pattern.isBlank()) {
            return COMMON.get(0);
        }
        return COMMON.stream().filter(common -> common.pattern.equals(pattern)).findFirst()
                .orElseGet(() -> new TimePattern(pattern, pattern));
    }

    /** The common patterns, ISO first. */
    public static List<TimePattern> common() {
        return COMMON;
    }

    /** The first common pattern that reads the value as a plausible time of a call, if any does. */
    public static Optional<TimePattern> readerOf(String value) {
        return COMMON.stream().filter(pattern -> pattern.readsPlausibly(value)).findFirst();
    }

    /** As written in a mapping: ISO, EXCEL or the formatter pattern. */
    public String pattern() {
        return pattern;
    }

    /** In words, for people choosing among the common patterns; the pattern itself for any other. */
    public String label() {
        return label;
    }

    /**
     * The value as written: an {@link OffsetDateTime} when it carries its own offset, otherwise a
     * {@link LocalDateTime} in whatever zone the file was written in.
     *
     * @throws DateTimeParseException when the pattern does not read the value
     */
    public Temporal read(String value) {
        if (formatter == null) {
            return excel(value);
        }
        return (Temporal) formatter.parseBest(value, OffsetDateTime::from, LocalDateTime::from);
    }

    public boolean reads(String value) {
        try {
            read(value);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    /**
     * Whether the pattern reads the value as a time a call could have: for Excel's serial days, a
     * number of days from 1970 to 2100, since any number is a number of days.
     */
    boolean readsPlausibly(String value) {
        if (formatter == null) {
            try {
                BigDecimal days = new BigDecimal(value.strip());
                return days.compareTo(EXCEL_PLAUSIBLE_FROM) >= 0 && days.compareTo(EXCEL_PLAUSIBLE_TO) < 0;
            } catch (NumberFormatException e) {
                return false;
            }
        }
        return reads(value);
    }

    private static LocalDateTime excel(String value) {
        BigDecimal days;
        try {
            days = new BigDecimal(value.strip());
        } catch (NumberFormatException e) {
            throw new DateTimeParseException("not a number of days", value, 0);
        }
        if (days.signum() < 0 || days.compareTo(BigDecimal.valueOf(EXCEL_LAST_DAY + 1)) >= 0) {
            throw new DateTimeParseException("outside the days Excel writes", value, 0);
        }
        long seconds = days.multiply(SECONDS_PER_DAY).setScale(0, RoundingMode.HALF_UP).longValueExact();
        return EXCEL_EPOCH.atStartOfDay().plusSeconds(seconds);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TimePattern that && pattern.equals(that.pattern);
    }

    @Override
    public int hashCode() {
        return pattern.hashCode();
    }

    @Override
    public String toString() {
        return pattern;
    }
}
