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

    /** A file with a header but no rows: stored, it would look like an import of nothing. */
    public static ImportException noRows(String file) {
        return new ImportException(file + ": the file has a header but no rows, so there is nothing to import");
    }

    private static String shorten(String value) {
        return uk.beacon.platform.format.Excerpt.of(value, 80);
    }
}
