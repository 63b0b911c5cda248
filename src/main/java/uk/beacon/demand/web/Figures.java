package uk.beacon.demand.web;

import uk.beacon.platform.format.Numbers;

/** Numbers as the demand pages write them: thousands separated, and "Not known" for a missing figure. */
final class Figures {

    static final String NOT_KNOWN = Numbers.NOT_KNOWN;

    private Figures() {
    }

    static String count(long value) {
        return Numbers.count(value);
    }

    static String decimal(Double value, int places) {
        return Numbers.decimal(value, places);
    }
}
