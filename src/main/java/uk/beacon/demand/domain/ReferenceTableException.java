package uk.beacon.demand.domain;

/**
 * A shipped or force-edited reference table is malformed. The message names the file, line and
 * field so that whoever edited the table can find the mistake without reading code.
 */
public class ReferenceTableException extends RuntimeException {

    public ReferenceTableException(String fileName, int line, String field, String problem) {
        super(fileName + " line " + line + ", " + field + ": " + problem);
    }
}
