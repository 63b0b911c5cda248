package uk.beacon.platform.format;

/**
 * What of a piece of input may be repeated in a message or a log line: a short excerpt with every
 * control character written out ({@code \n}, {@code \u0000}), so that a hostile value can neither
 * flood a message nor forge a line of the log.
 */
public final class Excerpt {

    /** The longest excerpt of a value quoted in a message, before its length is said instead. */
    public static final int SHORT = 40;

    private Excerpt() {
    }

    /** At most {@link #SHORT} characters of the text, escaped, saying how long the whole is when cut. */
    public static String of(String text) {
        return of(text, SHORT);
    }

    /** At most {@code max} characters of the text, escaped, saying how long the whole is when cut. */
    public static String of(String text, int max) {
        if (text == null) {
            return "";
        }
        int end = Math.min(text.length(), max);
        if (end < text.length() && Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        String escaped = escape(text.substring(0, end));
        return end == text.length() ? escaped
                : escaped + "… (" + Numbers.count(text.length()) + " characters in all)";
    }

    /** The text with control, line and paragraph separator characters written out. */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String replacement = switch (c) {
                case '\n' -> "\\n";
                case '\r' -> "\\r";
                case '\t' -> "\\t";
                default -> Character.isISOControl(c) || c == '\u2028' || c == '\u2029'
                        ? String.format("\\u%04x", (int) c) : null;
            };
            if (replacement != null && out == null) {
                out = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (out != null) {
                if (replacement != null) {
                    out.append(replacement);
                } else {
                    out.append(c);
                }
            }
        }
        return out == null ? text : out.toString();
    }

    /** The message cut to at most {@code max} characters, ending in an ellipsis where it was cut. */
    public static String fit(String message, int max) {
        if (message == null || message.length() <= max) {
            return message;
        }
        int end = max - 1;
        if (Character.isHighSurrogate(message.charAt(end - 1))) {
            end--;
        }
        return message.substring(0, end) + "…";
    }
}
