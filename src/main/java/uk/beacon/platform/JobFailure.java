package uk.beacon.platform;

import org.springframework.modulith.NamedInterface;

/** A job failed for a reason its owner should read, for example "line 12, column Month: not a month". */
@NamedInterface("jobs")
public class JobFailure extends RuntimeException {

    public JobFailure(String message) {
        super(message);
    }

    public JobFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
