package uk.beacon.demand.web;

import java.text.NumberFormat;
import java.util.Locale;

/** Numbers as the demand pages write them: thousands separated, and "Not known" for a missing figure. */
final class Figures {

    static final String NOT_KNOWN = "Not known";

    private Figures() {
    }

    static String count(long value) {
        return NumberFormat.getIntegerInstance(Locale.UK).format(value);
    }

    static String decimal(Double value, int places) {
        if (value == null) {
            return NOT_KNOWN;
        }
        NumberFormat format = NumberFormat.getNumberInstance(Locale.UK);
        format.setMinimumFractionDigits(places);
        format.setMaximumFractionDigits(places);
        return format.format(value);
    }
}
