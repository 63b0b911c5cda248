package uk.beacon.platform;

import org.springframework.modulith.NamedInterface;

/** Thrown inside a job to stop it once cancellation has been requested. */
@NamedInterface("jobs")
public class JobCancelledException extends RuntimeException {

    public JobCancelledException() {
        super("Cancelled on request");
    }
}
