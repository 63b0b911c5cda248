package uk.beacon.platform;

import org.springframework.modulith.NamedInterface;

/** What a running job can tell and ask of its record. */
@NamedInterface("jobs")
public interface JobContext {

    String jobId();

    /** Reports progress from 0 to 100 with a short message for the person waiting. */
    void progress(int percent, String message);

    /** Whether someone has asked to cancel; long work checks this between steps. */
    boolean isCancellationRequested();

    /** Ends the job as cancelled when cancellation has been requested. */
    default void stopIfCancelled() {
        if (isCancellationRequested()) {
            throw new JobCancelledException();
        }
    }
}
