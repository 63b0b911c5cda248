package uk.beacon.platform.domain;

/** A reference data file is malformed; the message names the file, line and field. */
public class ReferenceDataException extends RuntimeException {

    public ReferenceDataException(String fileName, int line, String field, String problem) {
        super(fileName + " line " + line + ", " + field + ": " + problem);
    }
}
