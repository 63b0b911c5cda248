package uk.beacon.demand.domain;

/**
 * Text bound for a spreadsheet. A cell that begins with {@code =}, {@code +}, {@code -} or
 * {@code @} would be run as a formula when opened (OWASP "CSV injection"), so such text gets a
 * leading apostrophe, which spreadsheets show as plain text.
 */
public final class SpreadsheetText {

    private SpreadsheetText() {
    }

    public static String neutralise(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + text : text;
    }
}
