package uk.beacon.platform;

/** The person is signed in but may not see or do this. Shown as 403. */
public class ForbiddenException extends RuntimeException {

    public ForbiddenException(String message) {
        super(message);
    }
}
