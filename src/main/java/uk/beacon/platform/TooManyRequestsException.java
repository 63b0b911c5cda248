package uk.beacon.platform;

/** The caller has asked more often than a rate limit allows; the message says when they may ask again (429). */
public class TooManyRequestsException extends RuntimeException {

    public TooManyRequestsException(String message) {
        super(message);
    }
}
