package uk.beacon.capacity.web;

import java.util.Locale;
import uk.beacon.platform.format.Numbers;

/** Numbers as the capacity pages write and read them. */
public final class Figures {

    private Figures() {
    }

    /** Up to two decimal places, without trailing zeros: 15, 12.5, 0.25. */
    public static String number(double value) {
        return Numbers.upTo(value, 2);
    }

    /** A finite number typed by a person (commas allowed), or null. */
    static Double parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            double value = Double.parseDouble(text.strip().replace(",", ""));
            return Double.isFinite(value) ? value : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** A share as a percentage with two decimals: 0.88835 is 88.84%. */
    public static String percent(double share) {
        return Numbers.percent(share, 2);
    }

    /** Seconds with three decimals, or "Not stable" where the wait has no finite mean. */
    public static String seconds(Double seconds) {
        return seconds == null ? "Not stable" : String.format(Locale.UK, "%.3f seconds", seconds);
    }
}
