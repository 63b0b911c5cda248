package uk.beacon.demand.domain;

/** Finds where a line of CSV breaks the quoting rules of RFC 4180, to name the column in an error. */
final class CsvQuotes {

    private CsvQuotes() {
    }

    /**
     * The index (from 0) of the first field of the line whose quotes are wrong: text after a quoted
     * value's closing quote, or a quoted value still open at the line's end; -1 if every field is
     * quoted rightly.
     */
    static int badField(String line) {
        int field = 0;
        int i = 0;
        while (i <= line.length()) {
            if (i < line.length() && line.charAt(i) == '"') {
                i++;
                while (true) {
                    if (i >= line.length()) {
                        return field;
                    }
                    if (line.charAt(i) == '"') {
                        if (i + 1 < line.length() && line.charAt(i + 1) == '"') {
                            i += 2;
                            continue;
                        }
                        i++;
                        break;
                    }
                    i++;
                }
                if (i < line.length() && line.charAt(i) != ',' && line.charAt(i) != '\r') {
                    return field;
                }
            } else {
                while (i < line.length() && line.charAt(i) != ',') {
                    i++;
                }
            }
            if (i >= line.length()) {
                return -1;
            }
            i++;
            field++;
        }
        return -1;
    }
}
