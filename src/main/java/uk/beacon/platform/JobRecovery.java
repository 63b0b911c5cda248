package uk.beacon.platform;

import java.util.Optional;
import org.springframework.modulith.NamedInterface;

/**
 * For one kind of job, whether work cut off by a stop had in fact been done: a crash can come after
 * the work committed but before its job was recorded as finished. At start-up each unfinished job of
 * the kind is asked about; one whose work is done is recorded as succeeded with this result, the rest
 * as failed.
 */
@NamedInterface("jobs")
public interface JobRecovery {

    /** The kind of job this answers for, as given to {@link JobService#start}. */
    String kind();

    /** The job's result if its work was done and kept, else empty. */
    Optional<Object> resultOfFinishedWork(Job job);
}
