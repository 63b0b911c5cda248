package uk.beacon.demand.domain;

/**
 * A file cannot be imported. The message names the file and, where one is at fault, the line,
 * column and value, so that the person importing can find and fix it.
 */
public class ImportException extends RuntimeException {

    public ImportException(String message) {
        super(message);
    }

    public static ImportException at(String file, long line, String column, String value, String problem) {
        return new ImportException(file + " line " + line + ", column " + column + ": "
                + (value == null ? "" : "'" + shorten(value) + "' ") + problem);
    }

    private static String shorten(String value) {
        return value.length() > 80 ? value.substring(0, 77) + "..." : value;
    }
}
