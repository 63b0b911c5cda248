package uk.beacon.capacity.web;

import java.util.Locale;

/** Numbers as the capacity pages write and read them. */
final class Figures {

    private Figures() {
    }

    /** Up to two decimal places, without trailing zeros: 15, 12.5, 0.25. */
    static String number(double value) {
        String text = String.format(Locale.UK, "%.2f", value);
        return text.contains(".") ? text.replaceAll("0+$", "").replaceAll("\\.$", "") : text;
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
}
