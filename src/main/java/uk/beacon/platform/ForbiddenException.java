package uk.beacon.platform;

import org.springframework.modulith.NamedInterface;

/** The person is signed in but may not see or do this. Shown as 403. */
@NamedInterface("refusals")
public class ForbiddenException extends RuntimeException {

    public ForbiddenException(String message) {
        super(message);
    }
}
