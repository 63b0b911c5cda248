package uk.beacon.portfolio.domain.initiatives;

/**
 * Text bound for a spreadsheet cell. Text beginning with {@code =}, {@code +}, {@code -}, {@code @}, a tab or
 * a carriage return could be taken as a formula when opened (OWASP "CSV injection"), so it gets a leading
 * apostrophe and stays plain text.
 */
public final class SpreadsheetCells {

    private SpreadsheetCells() {
    }

    public static String neutralise(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        char c = text.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' ? "'" + text : text;
    }
}
