package uk.beacon.platform;

import org.springframework.modulith.NamedInterface;

/** The thing asked for does not exist, or the person asking may not know that it does. Shown as 404. */
@NamedInterface("refusals")
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }
}
