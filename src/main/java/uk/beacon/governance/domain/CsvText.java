package uk.beacon.governance.domain;

import java.util.List;

/**
 * Writes CSV (RFC 4180) that is safe to open in a spreadsheet. Every cell is quoted; a cell that begins
 * with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return would be run as a formula
 * (OWASP "CSV injection"), so it gets a leading apostrophe, which spreadsheets show as plain text.
 */
public final class CsvText {

    private CsvText() {
    }

    public static String neutralise(String text) {
        if (text == null || text.isEmpty()) {
            return text == null ? "" : text;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + text : text;
    }

    /** One line of CSV, ending with CRLF. */
    public static String line(List<String> cells) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                line.append(',');
            }
            line.append('"').append(neutralise(cells.get(i)).replace("\"", "\"\"")).append('"');
        }
        return line.append("\r\n").toString();
    }
}
