package uk.beacon.platform;

/** The request cannot be carried out as asked; the message says why, for the person who asked. Shown as 400. */
public class InvalidRequestException extends RuntimeException {

    public InvalidRequestException(String message) {
        super(message);
    }
}
