package uk.beacon.demand.domain;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How raw call, incident and crime type names are compared. Exports differ in case and spacing
 * ("Res Panic  Alarm", "ANTI-SOCIAL BEHAVIOUR"), and a force should not have to list every
 * spelling to get a match.
 */
public final class RawTypeNames {

    // Java's \s leaves out no-break spaces, which spreadsheets like to leave behind.
    private static final Pattern WHITESPACE = Pattern.compile("[\\s\\u00A0\\u2007\\u202F]+");

    private RawTypeNames() {
    }

    /** Trims, collapses runs of whitespace to one space and lower-cases; null becomes empty. */
    public static String normalise(String raw) {
        if (raw == null) {
            return "";
        }
        return WHITESPACE.matcher(raw).replaceAll(" ").trim().toLowerCase(Locale.ROOT);
    }
}
