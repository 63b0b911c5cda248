package uk.beacon.platform;

import org.springframework.modulith.NamedInterface;

/** The body of a long-running job. It reports progress and returns a result to store as JSON. */
@NamedInterface("jobs")
@FunctionalInterface
public interface JobWork {

    /**
     * @return the job's result, turned into JSON (a record, a map, a list, or null for none)
     * @throws JobFailure with a message for the person who started the job, or any other exception,
     *     which they see only as "failed unexpectedly"
     */
    Object run(JobContext context) throws Exception;
}
