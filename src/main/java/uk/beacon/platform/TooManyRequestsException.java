package uk.beacon.platform;

import org.springframework.modulith.NamedInterface;

/** The caller has asked more often than a rate limit allows; the message says when they may ask again (429). */
@NamedInterface("refusals")
public class TooManyRequestsException extends RuntimeException {

    public TooManyRequestsException(String message) {
        super(message);
    }
}
