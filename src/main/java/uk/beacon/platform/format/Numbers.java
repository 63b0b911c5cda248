package uk.beacon.platform.format;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Numbers as every Beacon page writes them (GOV.UK style): thousands separated by commas, a true minus sign (−) for
 * values below zero, never "−0", and "Not known" for a figure that is missing.
 */
public final class Numbers {

    /** What a page shows where a figure is missing. */
    public static final String NOT_KNOWN = "Not known";

    private static final String MINUS = "−";

    private Numbers() {
    }

    /** A whole count: 1,234,567; −12. */
    public static String count(long value) {
        return (value < 0 ? MINUS : "") + grouped(0).format(Math.abs(value));
    }

    /** A change in a count, signed either way: +1,234, −12, 0. */
    public static String signedCount(long value) {
        return (value > 0 ? "+" : "") + count(value);
    }

    /** A number to a fixed number of places, thousands separated: 1,234.5 at 1 place; "Not known" when null. */
    public static String decimal(Double value, int places) {
        if (value == null) {
            return NOT_KNOWN;
        }
        return signed(value, grouped(places));
    }

    /** A number to at most {@code places} places without trailing zeros, as people type them: 15, 12.5, 0.25. */
    public static String upTo(double value, int places) {
        DecimalFormat format = grouped(0);
        format.setGroupingUsed(false);
        format.setMaximumFractionDigits(places);
        return signed(value, format);
    }

    /** Pounds to the whole pound, half up: £1,235; −£40. */
    public static String pounds(double value) {
        long rounded = Math.round(value);
        return (rounded < 0 ? MINUS : "") + "£" + grouped(0).format(Math.abs(rounded));
    }

    /** Pounds to the penny, half up: £1,234.50; −£0.05. */
    public static String pence(BigDecimal value) {
        BigDecimal pennies = value.setScale(2, RoundingMode.HALF_UP);
        return (pennies.signum() < 0 ? MINUS : "") + "£" + grouped(2).format(pennies.abs());
    }

    /** A share (0.8884) as a percentage to a fixed number of places: 88.84%; "Not known" when null. */
    public static String percent(Double share, int places) {
        return share == null ? NOT_KNOWN : signed(BigDecimal.valueOf(share).movePointRight(2), grouped(places)) + "%";
    }

    private static String signed(double value, DecimalFormat format) {
        // Through the shortest decimal that is the double, as people read it: 2.675 rounds to 2.68, not 2.67.
        return Double.isFinite(value) ? signed(BigDecimal.valueOf(value), format) : NOT_KNOWN;
    }

    private static String signed(BigDecimal value, DecimalFormat format) {
        String magnitude = format.format(value.abs());
        boolean zero = magnitude.chars().noneMatch(c -> c >= '1' && c <= '9');
        return (value.signum() < 0 && !zero ? MINUS : "") + magnitude;
    }

    private static DecimalFormat grouped(int places) {
        DecimalFormat format = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.UK));
        format.setMinimumFractionDigits(places);
        format.setMaximumFractionDigits(places);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format;
    }
}
