package uk.beacon.platform.domain;

/**
 * Text made safe for one line of a log: control characters that could end a line or forge one, or move or
 * recolour a terminal's cursor, are written as escapes. Line feed, carriage return and tab become {@code \n},
 * {@code \r} and {@code \t}; the other C0 and C1 controls, DEL, the line and paragraph separators (U+2028, U+2029)
 * and the bidirectional overrides and isolates (which reorder what a reader sees) become {@code \}{@code uXXXX}.
 * Everything else, including other non-ASCII text, is kept as it is.
 */
public final class LogText {

    private LogText() {
    }

    public static String escape(String text) {
        if (text == null) {
            return null;
        }
        int first = firstToEscape(text);
        if (first < 0) {
            return text;
        }
        StringBuilder escaped = new StringBuilder(text.length() + 16).append(text, 0, first);
        for (int i = first; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!needsEscape(c)) {
                escaped.append(c);
            } else if (c == '\n') {
                escaped.append("\\n");
            } else if (c == '\r') {
                escaped.append("\\r");
            } else if (c == '\t') {
                escaped.append("\\t");
            } else {
                escaped.append(String.format("\\u%04x", (int) c));
            }
        }
        return escaped.toString();
    }

    private static int firstToEscape(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (needsEscape(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    private static boolean needsEscape(char c) {
        return c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == '\u2028' || c == '\u2029'
                || (c >= '\u202a' && c <= '\u202e') || (c >= '\u2066' && c <= '\u2069');
    }
}
