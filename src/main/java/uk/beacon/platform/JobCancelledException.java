package uk.beacon.platform;

/** Thrown inside a job to stop it once cancellation has been requested. */
public class JobCancelledException extends RuntimeException {

    public JobCancelledException() {
        super("Cancelled on request");
    }
}
